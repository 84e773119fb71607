"""Build cases/<name>/source.html from specs/<name>.json (hand-written specs)."""
import html, json, pathlib
HERE = pathlib.Path(__file__).parent
TPL = """<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{title} - {outlet}</title>
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{outlet}">
  <meta property="og:title" content="{title}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{published}">
  <meta name="author" content="{author}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button></div>
  <nav class="site-nav"><a href="/">{outlet}</a> <a href="/markets/">Markets</a> <a href="/economy/">Economy</a> <a href="/companies/">Companies</a> <a href="/opinion/">Opinion</a></nav>
  <main>
    <article>
      <h1>{title}</h1>
      <p class="byline">{author} &middot; <time datetime="{published}">{published}</time></p>
{paras}
    </article>
    <aside class="related"><h2>Most read</h2><ul><li><a href="/markets/">Markets live</a></li><li><a href="/newsletters/">Sign up for our briefing</a></li></ul></aside>
  </main>
  <footer>&copy; 2024 {outlet}. All rights reserved. <a href="/privacy/">Privacy</a> <a href="/terms/">Terms</a></footer>
</body>
</html>
"""
def build(spec):
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": spec["title"],
                     "datePublished": spec["published"], "author": {"@type": "Person", "name": spec["author"]},
                     "publisher": {"@type": "Organization", "name": spec["outlet"]}, "mainEntityOfPage": spec["url"]}, ensure_ascii=False)
    paras = "\n".join(f"      <p>{html.escape(p)}</p>" for p in spec["body"])
    return TPL.format(lang=spec["lang"], title=html.escape(spec["title"]), outlet=html.escape(spec["outlet"]), url=spec["url"],
                      published=spec["published"], author=html.escape(spec["author"]), ld=ld, paras=paras)
if __name__ == "__main__":
    for f in sorted((HERE / "specs").glob("*.json")):
        spec = json.loads(f.read_text())
        d = HERE / "cases" / f.stem; d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(spec))
        print(f.stem, len("".join(spec["body"])))
