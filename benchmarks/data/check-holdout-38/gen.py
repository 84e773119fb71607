"""Build cases/<name>/source.html from specs/<name>.json (hand-written specs)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Science", "Sport", "Culture"],
       "fr": ["Monde", "Économie", "Sciences", "Sport", "Culture"],
       "de": ["Welt", "Wirtschaft", "Wissen", "Sport", "Kultur"],
       "es": ["Mundo", "Economía", "Ciencia", "Deportes", "Cultura"],
       "ja": ["国際", "経済", "科学", "スポーツ", "文化"]}
COOKIE = {"en": "We use cookies to improve your experience. Accept all?",
          "fr": "Nous utilisons des cookies. Tout accepter ?",
          "de": "Wir verwenden Cookies. Alle akzeptieren?",
          "es": "Usamos cookies. ¿Aceptar todas?",
          "ja": "当サイトはクッキーを使用しています。同意しますか?"}


def page(s):
    e = html.escape
    url = f"https://{s['domain']}{s['path']}"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": s["title"], "datePublished": s["published"],
                     "author": {"@type": "Person", "name": s["author"]},
                     "publisher": {"@type": "Organization", "name": s["outlet"]},
                     "mainEntityOfPage": url}, ensure_ascii=False)
    nav = "\n".join(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[s["lang"]])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in s["paras"])
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(s['title'])} - {e(s['outlet'])}</title>
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(s['outlet'])}">
  <meta property="og:title" content="{e(s['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{s['published']}">
  <meta name="author" content="{e(s['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <div class="cookie-banner">{e(COOKIE[s['lang']])} <button>OK</button></div>
  <nav class="site-nav">
    <a class="brand" href="/">{e(s['outlet'])}</a>
    <ul>
{nav}
    </ul>
  </nav>
  <main>
    <article>
      <h1>{e(s['title'])}</h1>
      <p class="byline">{e(s['author'])} · {s['published']}</p>
{body}
    </article>
    <aside class="related"><h2>More</h2><ul><li><a href="/latest/">Latest</a></li></ul></aside>
  </main>
  <footer>© {e(s['outlet'])} · <a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a></footer>
</body>
</html>
"""


def main():
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.json"))]
    for n in names:
        s = json.loads((HERE / "specs" / f"{n}.json").read_text(encoding="utf-8"))
        d = HERE / "cases" / n
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(s), encoding="utf-8")


if __name__ == "__main__":
    main()
