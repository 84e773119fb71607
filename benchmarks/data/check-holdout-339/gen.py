#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are hand-written)."""
import html, json, pathlib, re

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": ("Home", "Markets", "Climate", "Insurance", "We use cookies to improve your experience.", "Accept", "Related", "All rights reserved."),
    "fr": ("Accueil", "Économie", "Climat", "Assurance", "Nous utilisons des cookies pour améliorer votre expérience.", "Accepter", "À lire aussi", "Tous droits réservés."),
    "de": ("Startseite", "Wirtschaft", "Klima", "Versicherungen", "Wir verwenden Cookies, um unser Angebot zu verbessern.", "Zustimmen", "Mehr zum Thema", "Alle Rechte vorbehalten."),
    "es": ("Portada", "Economía", "Clima", "Seguros", "Utilizamos cookies para mejorar su experiencia.", "Aceptar", "Relacionadas", "Todos los derechos reservados."),
    "ja": ("トップ", "経済", "気候", "保険", "当サイトはクッキーを使用しています。", "同意する", "関連記事", "無断転載を禁じます。"),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def page(meta, paras):
    e = html.escape
    ui = UI[meta["lang"]]
    sep = meta.get("sep", " - ")
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"]}
    base = re.match(r"https://[^/]+", meta["url"]).group(0)
    rel = meta.get("related", "").split(" | ") if meta.get("related") else []
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rl = "\n".join(f'        <li><a href="{base}/news/{i+1}">{e(r)}</a></li>' for i, r in enumerate(rel))
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{e(sep)}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ui[3]))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{e(ui[4])}</p><button>{e(ui[5])}</button></div>
  <header class="site-header"><a class="logo" href="{base}/">{e(meta['outlet'])}</a>
    <nav><ul><li><a href="{base}/">{e(ui[0])}</a></li><li><a href="{base}/economy">{e(ui[1])}</a></li><li><a href="{base}/climate">{e(ui[2])}</a></li><li><a href="{base}/insurance">{e(ui[3])}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta.get('dateline', meta['published'][:10]))}</time></p>
{ps}
    </article>
    <aside class="related"><h2>{e(ui[6])}</h2>
      <ul>
{rl}
      </ul>
    </aside>
  </main>
  <footer><p>© {meta['published'][:4]} {e(meta['outlet'])}. {e(ui[7])}</p></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")


if __name__ == "__main__":
    main()
