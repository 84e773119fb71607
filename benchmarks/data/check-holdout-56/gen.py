"""Generate cases/<name>/source.html from specs/<slug>.json (one spec may serve a clean and an err case)."""
import html, json, pathlib
HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Science", "Sport", "Culture"], "fr": ["Monde", "Économie", "Sciences", "Sport", "Culture"],
       "de": ["Politik", "Wirtschaft", "Wissen", "Sport", "Kultur"], "es": ["Mundo", "Economía", "Ciencia", "Deportes", "Cultura"],
       "ja": ["国際", "経済", "科学", "スポーツ", "文化"]}
COOKIE = {"en": "We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und unseren Datenverkehr zu analysieren.",
          "es": "Utilizamos cookies para personalizar el contenido y analizar nuestro tráfico.",
          "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。"}
def page(s):
    e = html.escape
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"], "datePublished": s["published"],
                     "author": {"@type": "Person", "name": s["author"]}, "publisher": {"@type": "Organization", "name": s["outlet"]},
                     "mainEntityOfPage": s["url"]}, ensure_ascii=False)
    nav = "\n".join(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[s["lang"]])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in s["body"])
    desc = e(s["body"][0][:150])
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
  <meta charset="utf-8">
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
<body>
  <header class="masthead"><a class="brand" href="/">{e(s['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(s['title'])}</h1>
      <p class="byline">{e(s['author'])} · <time datetime="{s['published']}">{s['published']}</time></p>
{body}
    </article>
    <aside class="related"><h3>Related</h3><ul><li><a href="/newsletter/">Newsletter</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(COOKIE[s['lang']])}</p><button>OK</button></div>
  <footer><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li></ul>
    <p>&copy; {s['published'][:4]} {e(s['outlet'])}</p></footer>
</body>
</html>
"""
if __name__ == "__main__":
    for f in sorted((HERE / "specs").glob("*.json")):
        s = json.loads(f.read_text())
        for case in s["cases"]:
            d = HERE / "cases" / case
            d.mkdir(parents=True, exist_ok=True)
            (d / "source.html").write_text(page(s))
            print(case, sum(len(p) for p in s["body"]))
