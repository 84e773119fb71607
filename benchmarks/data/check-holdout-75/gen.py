"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: header lines `key: value` (title, outlet, url, published, lang,
author, section), a blank line, then body paragraphs separated by blank lines.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent

def build(spec):
    head, body = spec.read_text(encoding="utf-8").split("\n\n", 1)
    m = dict(l.split(": ", 1) for l in head.splitlines())
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    e = html.escape
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": m["title"], "datePublished": m["published"],
                     "author": {"@type": "Person", "name": m["author"]},
                     "publisher": {"@type": "Organization", "name": m["outlet"]},
                     "mainEntityOfPage": m["url"]}, ensure_ascii=False)
    desc = e(paras[0][:150])
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])} | {e(m['outlet'])}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{m['url']}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:url" content="{m['url']}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <div id="cookie-banner" class="consent">We use cookies to improve your experience. <button>Accept</button> <button>Settings</button></div>
  <header class="site-header">
    <a class="brand" href="/">{e(m['outlet'])}</a>
    <nav><ul><li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li><li><a href="/tech/">Tech</a></li><li><a href="/markets/">Markets</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(m['title'])}</h1>
      <p class="byline">{e(m['author'])} · <time datetime="{m['published']}">{m['published'][:10]}</time></p>
{ps}
    </article>
    <aside class="sidebar"><h2>Most read</h2><ul><li><a href="/markets/">Markets live</a></li><li><a href="/newsletters/">Newsletters</a></li></ul></aside>
  </main>
  <footer class="site-footer">&copy; 2024 {e(m['outlet'])} · <a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a> · <a href="/contact/">Contact</a></footer>
</body>
</html>
"""

if __name__ == "__main__":
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for n in names:
        d = HERE / "cases" / n
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(HERE / "specs" / f"{n}.txt"), encoding="utf-8")
        print("built", n)
