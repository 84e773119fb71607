#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are hand-written in cases/)."""
import html, json, pathlib
HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ("Home", "Markets", "Food", "Accept all cookies", "We use cookies to measure traffic.", "Related", "All rights reserved"),
       "fr": ("Accueil", "Marchés", "Agriculture", "Tout accepter", "Nous utilisons des cookies pour mesurer l'audience.", "À lire aussi", "Tous droits réservés"),
       "de": ("Startseite", "Märkte", "Agrar", "Alle akzeptieren", "Wir verwenden Cookies zur Reichweitenmessung.", "Mehr zum Thema", "Alle Rechte vorbehalten"),
       "es": ("Portada", "Mercados", "Campo", "Aceptar todas", "Usamos cookies para medir la audiencia.", "Relacionadas", "Todos los derechos reservados"),
       "ja": ("トップ", "マーケット", "食品", "すべて同意", "当サイトはアクセス解析のためにクッキーを使用します。", "関連記事", "無断転載を禁じます")}
def parse(p):
    head, body = p.read_text(encoding="utf-8").split("\n\n", 1)
    meta = dict(l.split(": ", 1) for l in head.splitlines())
    return meta, [x.strip() for x in body.split("\n\n") if x.strip()]
def page(meta, paras):
    e = html.escape; n = NAV[meta["lang"]]; sep = meta.get("sep", " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"], "datePublished": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]}, "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"]}
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner"><p>{n[4]}</p><button>{n[3]}</button></div>
  <header><a href="/">{e(meta['outlet'])}</a>
    <nav><a href="/">{n[0]}</a> <a href="/markets">{n[1]}</a> <a href="/food">{n[2]}</a></nav></header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
    </article>
    <aside><h2>{n[5]}</h2><ul><li><a href="/food/archive-1">{e(meta.get('rel1', '…'))}</a></li><li><a href="/food/archive-2">{e(meta.get('rel2', '…'))}</a></li></ul></aside>
  </main>
  <footer><p>© 2026 {e(meta['outlet'])}. {n[6]}.</p></footer>
</body>
</html>
"""
if __name__ == "__main__":
    for p in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(p)
        d = HERE / "cases" / p.stem; d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
