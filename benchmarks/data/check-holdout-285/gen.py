#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are hand-written)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": ("Home", "Markets", "Economy", "Currencies", "We use cookies to improve your experience.", "Accept", "Related", "All rights reserved."),
    "fr": ("Accueil", "Marchés", "Économie", "Devises", "Nous utilisons des cookies pour améliorer votre expérience.", "Accepter", "À lire aussi", "Tous droits réservés."),
    "de": ("Startseite", "Märkte", "Wirtschaft", "Devisen", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Akzeptieren", "Mehr zum Thema", "Alle Rechte vorbehalten."),
    "es": ("Inicio", "Mercados", "Economía", "Divisas", "Usamos cookies para mejorar su experiencia.", "Aceptar", "Relacionados", "Todos los derechos reservados."),
    "ja": ("トップ", "マーケット", "経済", "為替", "当サイトはクッキーを使用しています。", "同意する", "関連記事", "無断転載を禁じます。"),
}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") if meta["lang"] != "ja" else p.strip().replace("\n", "")
             for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    home, m1, m2, m3, cookie, accept, related, rights = UI[lang]
    sep = " | " if meta.get("title_sep") == "|" else " - "
    desc = paras[0][:150]
    base = meta["url"].split("/")[0] + "//" + meta["url"].split("/")[2]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
                     "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
                     "publisher": {"@type": "Organization", "name": meta["outlet"]},
                     "mainEntityOfPage": meta["url"]}, ensure_ascii=False)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="{base}/{s}">{e(t)}</a></li>' for s, t in
                    [(x.split("|")[0].strip(), x.split("|")[1].strip()) for x in meta.get("related", "").split(";") if "|" in x])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{e(sep)}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', m1))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{e(cookie)}</p><button>{e(accept)}</button></div>
  <header class="site-header">
    <a class="logo" href="{base}/">{e(meta['outlet'])}</a>
    <nav><ul><li><a href="{base}/">{e(home)}</a></li><li><a href="{base}/markets">{e(m1)}</a></li><li><a href="{base}/economy">{e(m2)}</a></li><li><a href="{base}/fx">{e(m3)}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta.get('dateline', meta['published']))}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(related)}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer><p>© {meta['published'][:4]} {e(meta['outlet'])}. {e(rights)}</p></footer>
</body>
</html>
"""


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
    print(f"generated {len(names)} source.html")


if __name__ == "__main__":
    main()
