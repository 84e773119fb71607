"""Build cases/<name>/source.html from specs/<name>.json (hand-written specs)."""
import html, json, pathlib
HERE = pathlib.Path(__file__).parent
NAV = ["Local", "Region", "Politics", "Business", "Weather", "Opinion"]
def page(s):
    e = html.escape
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in s["body"])
    desc = e(s["body"][0][:150])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"],
                     "datePublished": s["published"], "author": {"@type": "Person", "name": s["author"]},
                     "publisher": {"@type": "Organization", "name": s["outlet"]}, "mainEntityOfPage": s["url"]},
                    ensure_ascii=False)
    nav = "\n".join(f'        <li><a href="/{n.lower()}/">{n}</a></li>' for n in NAV)
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(s['title'])} - {e(s['outlet'])}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{s['url']}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(s['outlet'])}">
  <meta property="og:title" content="{e(s['title'])}">
  <meta property="og:url" content="{s['url']}">
  <meta property="article:published_time" content="{s['published']}">
  <meta name="author" content="{e(s['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(s['outlet'])}</a>
    <nav><ul class="menu">
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1 class="headline">{e(s['title'])}</h1>
      <div class="meta"><span class="author">{e(s['author'])}</span> <time datetime="{s['published']}">{e(s['dateline'])}</time></div>
{paras}
    </article>
  </main>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>We use cookies to analyse our traffic and personalise content. You can change your choices at any time.</p>
    <button class="accept">Accept all</button> <button class="reject">Reject non-essential</button>
  </div>
  <footer class="site-footer">
    <ul><li><a href="/about/">About us</a></li><li><a href="/privacy/">Privacy policy</a></li></ul>
    <p>&copy; {s['published'][:4]} {e(s['outlet'])}. All rights reserved.</p>
  </footer>
</body>
</html>
"""
for f in sorted((HERE / "specs").glob("*.json")):
    s = json.loads(f.read_text(encoding="utf-8"))
    d = HERE / "cases" / f.stem
    d.mkdir(parents=True, exist_ok=True)
    (d / "source.html").write_text(page(s), encoding="utf-8")
    print(f.stem, len("".join(s["body"])))
