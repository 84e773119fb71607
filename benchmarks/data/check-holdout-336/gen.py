#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are written by hand in cases/)."""
import html, json, pathlib
HERE = pathlib.Path(__file__).parent
LABELS = {
 "en": ("Home", "World", "Science", "Space", "Business", "Accept all cookies", "We use cookies to improve your experience.", "Related", "All rights reserved"),
 "fr": ("Accueil", "Monde", "Sciences", "Espace", "Économie", "Tout accepter", "Nous utilisons des cookies pour améliorer votre expérience.", "À lire aussi", "Tous droits réservés"),
 "de": ("Startseite", "Welt", "Wissen", "Raumfahrt", "Wirtschaft", "Alle akzeptieren", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Mehr zum Thema", "Alle Rechte vorbehalten"),
 "es": ("Portada", "Mundo", "Ciencia", "Espacio", "Economía", "Aceptar todas", "Utilizamos cookies para mejorar su experiencia.", "Relacionadas", "Todos los derechos reservados"),
 "ja": ("トップ", "国際", "科学", "宇宙", "経済", "すべて同意", "当サイトはクッキーを使用しています。", "関連記事", "無断転載を禁じます"),
}
def parse(p):
    head, body = p.read_text(encoding="utf-8").split("\n\n", 1)
    meta = dict(l.split(": ", 1) for l in head.splitlines())
    paras = [x.strip().replace("\n", " ") for x in body.split("\n\n") if x.strip()]
    return meta, paras
def render(meta, paras):
    e = html.escape
    L = LABELS[meta["lang"]]
    t = meta["title"]; o = meta["outlet"]; sep = meta.get("sep", " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": o}, "mainEntityOfPage": meta["url"]}
    rel = "".join(f'<li><a href="{e(u)}">{e(x)}</a></li>' for x, u in
                  (r.split(" => ") for r in meta["related"].split(" || ")))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(t)}{sep}{e(o)}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(o)}">
  <meta property="og:title" content="{e(t)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{L[6]}</p><button>{L[5]}</button></div>
  <header class="masthead"><a class="logo" href="/">{e(o)}</a>
    <nav><ul><li><a href="/">{L[0]}</a></li><li><a href="/world">{L[1]}</a></li><li><a href="/science">{L[2]}</a></li><li><a href="/space">{L[3]}</a></li><li><a href="/business">{L[4]}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(t)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta['dateline'])}</time></p>
{body}
    </article>
    <aside class="related"><h2>{L[7]}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>© {meta['published'][:4]} {e(o)}. {L[8]}.</p></footer>
</body>
</html>
"""
if __name__ == "__main__":
    for p in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(p)
        d = HERE / "cases" / p.stem; d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", d / "source.html")
