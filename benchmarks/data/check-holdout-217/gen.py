"""specs/<name>.txt -> cases/<name>/source.html.
Spec: header lines 'key: value' (lang, outlet, domain, url, title, published, author, section),
a blank line, then paragraphs separated by blank lines."""
import html, json, pathlib, sys
HERE = pathlib.Path(__file__).parent
def build(spec):
    head, body = spec.read_text(encoding="utf-8").split("\n\n", 1)
    m = dict(l.split(": ", 1) for l in head.splitlines())
    paras = [p.strip() for p in body.split("\n\n") if p.strip()]
    e = html.escape
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": m["url"]}
    desc = e(paras[0][:150])
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(m['title'])} - {e(m['outlet'])}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{m['url']}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:url" content="{m['url']}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button> <button>Settings</button></div>
  <header><nav><a href="/">{e(m['outlet'])}</a> <a href="/news">News</a> <a href="/transport">Transport</a> <a href="/local">Local</a> <a href="/opinion">Opinion</a></nav></header>
  <main>
    <article>
      <h1>{e(m['title'])}</h1>
      <p class="byline">{e(m['author'])} · <time datetime="{m['published']}">{m['published']}</time></p>
{ps}
    </article>
    <aside class="related"><h2>Related</h2><ul><li><a href="/transport/bus-fares">Bus fares frozen for another year</a></li><li><a href="/local/bridge-works">Bridge works enter final phase</a></li></ul></aside>
  </main>
  <footer><p>&copy; {e(m['outlet'])}. All rights reserved. <a href="/privacy">Privacy</a> <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""
for spec in sorted((HERE / "specs").glob("*.txt")):
    out = HERE / "cases" / spec.stem
    out.mkdir(parents=True, exist_ok=True)
    (out / "source.html").write_text(build(spec), encoding="utf-8")
    print("wrote", out / "source.html")
