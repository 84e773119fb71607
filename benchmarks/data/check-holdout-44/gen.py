"""Build cases/<name>/source.html from specs/<name>.json (hand-written specs)."""
import html, json, pathlib

HERE = pathlib.Path(__file__).parent

PAGE = """<!DOCTYPE html>
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
  <nav class="site-nav"><a href="/">{outlet}</a> <a href="/news/">News</a> <a href="/business/">Business</a> <a href="/sport/">Sport</a> <a href="/opinion/">Opinion</a></nav>
  <div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button> <button>Manage</button></div>
  <main>
  <article>
    <h1>{title}</h1>
    <p class="byline">{author} &middot; <time datetime="{published}">{published}</time></p>
{paras}
  </article>
  </main>
  <footer><p>&copy; {year} {outlet}. All rights reserved.</p><a href="/privacy/">Privacy</a> <a href="/contact/">Contact</a></footer>
</body>
</html>
"""


def build(spec):
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": spec["title"], "datePublished": spec["published"],
                     "author": {"@type": "Person", "name": spec["author"]},
                     "publisher": {"@type": "Organization", "name": spec["outlet"]},
                     "mainEntityOfPage": spec["url"]}, ensure_ascii=False)
    paras = "\n".join(f"    <p>{html.escape(p, quote=False)}</p>" for p in spec["body"])
    return PAGE.format(lang=spec["lang"], title=html.escape(spec["title"]),
                       outlet=html.escape(spec["outlet"]), url=spec["url"],
                       published=spec["published"], author=spec["author"], ld=ld,
                       paras=paras, year=spec["published"][:4])


def main():
    for f in sorted((HERE / "specs").glob("*.json")):
        spec = json.loads(f.read_text(encoding="utf-8"))
        out = HERE / "cases" / f.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(spec), encoding="utf-8")


if __name__ == "__main__":
    main()
