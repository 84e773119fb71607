#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are hand-written in cases/)."""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": ("Home", "Shipbuilding", "Defence", "Markets", "We use cookies to improve your experience.", "Accept", "Related", "All rights reserved."),
    "fr": ("Accueil", "Construction navale", "Défense", "Marchés", "Nous utilisons des cookies pour améliorer votre expérience.", "Accepter", "À lire aussi", "Tous droits réservés."),
    "de": ("Startseite", "Schiffbau", "Verteidigung", "Märkte", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Zustimmen", "Mehr zum Thema", "Alle Rechte vorbehalten."),
    "es": ("Portada", "Construcción naval", "Defensa", "Mercados", "Utilizamos cookies para mejorar su experiencia.", "Aceptar", "Relacionadas", "Todos los derechos reservados."),
    "ja": ("トップ", "造船", "防衛", "市場", "当サイトはクッキーを使用しています。", "同意する", "関連記事", "無断転載を禁じます。"),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def page(meta, paras):
    e = html.escape
    lang = meta["lang"]
    ui = UI[lang]
    sep = meta.get("sep", " - ")
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    host = meta["url"].split("/")[2]
    rel = "\n".join(f'        <li><a href="https://{host}/{s}">{e(t)}</a></li>' for s, t in
                    [(x.split("|")[0].strip(), x.split("|")[1].strip()) for x in meta.get("related", "").split(";;") if "|" in x])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ui[1]))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{e(ui[4])}</p><button>{e(ui[5])}</button></div>
  <header class="site-header">
    <a class="logo" href="https://{host}/">{e(meta['outlet'])}</a>
    <nav><ul><li><a href="/">{e(ui[0])}</a></li><li><a href="/shipbuilding">{e(ui[1])}</a></li><li><a href="/defence">{e(ui[2])}</a></li><li><a href="/markets">{e(ui[3])}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta.get('dateline', meta['published']))}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(ui[6])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer><p>© 2026 {e(meta['outlet'])}. {e(ui[7])}</p><a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")
    print("generated", len(list((HERE / "specs").glob("*.txt"))), "pages")


if __name__ == "__main__":
    main()
