#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html. digest.txt and expected.json are hand-written in cases/."""
import html, json, pathlib, re
HERE = pathlib.Path(__file__).resolve().parent

def load(p):
    head, body = p.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [x.strip().replace("\n", " ") for x in body.strip().split("\n\n") if x.strip()]
    return meta, paras

def page(m, paras):
    e = html.escape
    lang = m["lang"]; sep = m.get("sep", " - ")
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": m["url"],
          "inLanguage": lang}
    host = re.match(r"https?://([^/]+)", m["url"]).group(1)
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])}{sep}{e(m['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(m['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:url" content="{e(m['url'])}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{e(m.get('cookie', 'We use cookies to improve your experience and to measure our audience.'))}</p><button>OK</button></div>
  <header class="site-header"><a class="logo" href="https://{host}/">{e(m['outlet'])}</a>
    <nav><ul><li><a href="https://{host}/news">{e(m.get('nav1', 'News'))}</a></li><li><a href="https://{host}/health">{e(m['section'])}</a></li><li><a href="https://{host}/economy">{e(m.get('nav2', 'Economy'))}</a></li><li><a href="https://{host}/opinion">{e(m.get('nav3', 'Opinion'))}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(m['title'])}</h1>
      <p class="byline">{e(m['author'])} · <time datetime="{m['published']}">{m['published'][:10]}</time></p>
{ps}
    </article>
    <aside class="related"><h2>{e(m.get('related', 'Related'))}</h2><ul>
      <li><a href="https://{host}/archive/1">{e(m.get('rel1', 'More from our health desk'))}</a></li>
      <li><a href="https://{host}/archive/2">{e(m.get('rel2', 'Budget coverage'))}</a></li></ul></aside>
  </main>
  <footer><p>&copy; {m['published'][:4]} {e(m['outlet'])}. {e(m.get('footer', 'All rights reserved.'))}</p><a href="https://{host}/privacy">Privacy</a></footer>
</body>
</html>
"""

def main():
    for p in sorted((HERE / "specs").glob("*.txt")):
        m, paras = load(p)
        d = HERE / "cases" / p.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(m, paras), encoding="utf-8")
        print("wrote", d.name)

if __name__ == "__main__":
    main()
