"""Build cases/<name>/source.html from specs/*.json (hand-written specs).

Each spec: outlet, domain, path, lang, title, published (ISO, outlet offset),
tz_label, author, section, paragraphs, cases (list of case names using it).
"""
import html
import json
import pathlib

HERE = pathlib.Path(__file__).parent
NAV = ["World", "Business", "Energy", "Climate", "Markets", "Opinion"]


def page(s):
    e = html.escape
    url = f"https://{s['domain']}{s['path']}"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": s["title"], "datePublished": s["published"],
                     "author": {"@type": "Person", "name": s["author"]},
                     "publisher": {"@type": "Organization", "name": s["outlet"]},
                     "mainEntityOfPage": url}, ensure_ascii=False)
    desc = s["paragraphs"][0][:150]
    nav = "\n".join(f'      <li><a href="/{n.lower()}/">{n}</a></li>' for n in NAV)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in s["paragraphs"])
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(s['title'])} | {e(s['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(s['outlet'])}">
  <meta property="og:title" content="{e(s['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{s['published']}">
  <meta property="article:section" content="{e(s['section'])}">
  <meta name="author" content="{e(s['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <div id="cookie-banner" class="consent">We use cookies to measure audience and personalise content. <button>Accept</button> <button>Settings</button></div>
  <header class="site-header">
    <a class="brand" href="/">{e(s['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <p class="kicker">{e(s['section'])}</p>
      <h1>{e(s['title'])}</h1>
      <p class="byline">{e(s['author'])} · <time datetime="{s['published']}">{e(s['time_label'])}</time></p>
{body}
    </article>
    <aside class="related"><h2>Related</h2><ul><li><a href="/markets/">Markets live</a></li><li><a href="/newsletters/">Newsletters</a></li></ul></aside>
  </main>
  <footer class="site-footer">© 2026 {e(s['outlet'])} · <a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a> · <a href="/contact/">Contact</a></footer>
</body>
</html>
"""


def main():
    for f in sorted((HERE / "specs").glob("*.json")):
        s = json.loads(f.read_text(encoding="utf-8"))
        for name in s["cases"]:
            d = HERE / "cases" / name
            d.mkdir(parents=True, exist_ok=True)
            (d / "source.html").write_text(page(s), encoding="utf-8")


if __name__ == "__main__":
    main()
