#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.
Spec: 'key: value' header lines (lang, outlet, url, time, timetext, author, section, title),
a blank line, then one article paragraph per line."""
import html, json, pathlib, sys
HERE = pathlib.Path(__file__).parent
UI = {"en": ("Cookies help us run this site. Accept all or manage your preferences.", "Related", "All rights reserved."),
      "fr": ("Nous utilisons des cookies pour mesurer l'audience. Accepter ou paramétrer.", "À lire aussi", "Tous droits réservés."),
      "de": ("Wir verwenden Cookies, um unsere Website zu verbessern. Alle akzeptieren oder Einstellungen.", "Mehr zum Thema", "Alle Rechte vorbehalten."),
      "es": ("Usamos cookies para mejorar la experiencia. Aceptar o configurar.", "Relacionadas", "Todos los derechos reservados."),
      "ja": ("当サイトはクッキーを使用しています。同意するか設定を変更してください。", "関連記事", "無断転載を禁じます。")}
def build(spec):
    head, body = spec.read_text(encoding="utf-8").split("\n\n", 1)
    m = dict(l.split(": ", 1) for l in head.splitlines())
    paras = [p for p in body.splitlines() if p.strip()]
    e = html.escape
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["time"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": m["url"]}
    cookie, rel, rights = UI[m["lang"]]
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(m['title'])} - {e(m['outlet'])}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{m['url']}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:url" content="{m['url']}">
  <meta property="article:published_time" content="{m['time']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <nav class="top"><a class="brand" href="/">{e(m['outlet'])}</a>
    <ul><li><a href="/news/">News</a></li><li><a href="/industry/">Industry</a></li><li><a href="/markets/">Markets</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav>
  <div id="cookie-banner" role="dialog"><p>{e(cookie)}</p><button>OK</button></div>
  <main>
    <article>
      <span class="kicker">{e(m['section'])}</span>
      <h1>{e(m['title'])}</h1>
      <div class="meta"><span class="author">{e(m['author'])}</span> <time datetime="{m['time']}">{e(m['timetext'])}</time></div>
{ps}
    </article>
    <aside class="related"><h3>{e(rel)}</h3><ul><li><a href="/industry/a">Newsletter</a></li><li><a href="/industry/b">Podcast</a></li></ul></aside>
  </main>
  <footer><p>&copy; {m['time'][:4]} {e(m['outlet'])}. {e(rights)}</p><a href="/privacy/">Privacy</a> <a href="/terms/">Terms</a></footer>
</body>
</html>
"""
for spec in sorted((HERE / "specs").glob("*.txt")):
    out = HERE / "cases" / spec.stem
    out.mkdir(parents=True, exist_ok=True)
    (out / "source.html").write_text(build(spec), encoding="utf-8")
    print("wrote", out / "source.html")
