#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are hand-written)."""
import html, json, pathlib, re
HERE = pathlib.Path(__file__).resolve().parent
LANGS = {"en": ("Home", "Markets", "Farming", "Fisheries", "Related coverage", "We use cookies to improve your experience.", "Accept"),
         "fr": ("Accueil", "Marchés", "Agriculture", "Pêche", "À lire aussi", "Nous utilisons des cookies pour améliorer votre expérience.", "Accepter"),
         "de": ("Startseite", "Märkte", "Landwirtschaft", "Fischerei", "Mehr zum Thema", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Akzeptieren"),
         "es": ("Portada", "Mercados", "Agricultura", "Pesca", "Te puede interesar", "Utilizamos cookies para mejorar su experiencia.", "Aceptar"),
         "ja": ("トップ", "経済", "農業", "水産", "関連記事", "当サイトはクッキーを使用しています。", "同意する")}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip().replace("\n", " ") if meta["lang"] != "ja" else p.strip().replace("\n", "") for p in body.strip().split("\n\n")]
    return meta, paras

def page(meta, paras):
    e = html.escape
    lab = LANGS[meta["lang"]]
    sep = " " + meta.get("sep", "-").strip() + " "
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"],
          "inLanguage": meta["lang"]}
    base = re.match(r"https://[^/]+", meta["url"]).group(0)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{meta['url']}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{meta['url']}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{lab[5]}</p><button>{lab[6]}</button></div>
  <header><a class="logo" href="{base}/">{e(meta['outlet'])}</a>
    <nav><a href="{base}/">{lab[0]}</a> <a href="{base}/markets">{lab[1]}</a> <a href="{base}/farming">{lab[2]}</a> <a href="{base}/fisheries">{lab[3]}</a></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
    </article>
    <aside class="related"><h2>{lab[4]}</h2><ul>
      <li><a href="{base}/archive/1">{e(meta.get('related1', meta['section']))}</a></li>
      <li><a href="{base}/archive/2">{e(meta.get('related2', lab[2]))}</a></li>
    </ul></aside>
  </main>
  <footer><p>© 2026 {e(meta['outlet'])}</p><a href="{base}/privacy">Privacy</a> <a href="{base}/contact">Contact</a></footer>
</body>
</html>
"""

def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")

if __name__ == "__main__":
    main()
