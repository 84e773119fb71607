"""Generate cases/<name>/source.html from specs/<name>.json (hand-written specs)."""
import html, json, pathlib

HERE = pathlib.Path(__file__).parent

NAV = {"en": ["World", "Business", "Technology", "Science", "Markets", "Opinion"],
       "fr": ["Monde", "Économie", "Tech", "Sciences", "Marchés", "Opinions"],
       "de": ["Welt", "Wirtschaft", "Technik", "Wissenschaft", "Börse", "Meinung"],
       "es": ["Mundo", "Economía", "Tecnología", "Ciencia", "Mercados", "Opinión"],
       "it": ["Mondo", "Economia", "Tecnologia", "Scienza", "Mercati", "Opinioni"],
       "ja": ["国際", "経済", "テクノロジー", "科学", "マーケット", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und unseren Datenverkehr zu analysieren.",
          "es": "Utilizamos cookies para personalizar el contenido y analizar nuestro tráfico.",
          "it": "Utilizziamo i cookie per personalizzare i contenuti e analizzare il traffico.",
          "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。"}


def page(s):
    e = lambda t: html.escape(t, quote=True)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"],
                     "datePublished": s["published"], "author": {"@type": "Person", "name": s["author"]},
                     "publisher": {"@type": "Organization", "name": s["outlet"]},
                     "mainEntityOfPage": s["url"]}, ensure_ascii=False)
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[s["lang"]]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in s["body"])
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(s['title'])} | {e(s['outlet'])}</title>
  <meta name="description" content="{e(s['body'][0][:150])}">
  <link rel="canonical" href="{e(s['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(s['outlet'])}">
  <meta property="og:title" content="{e(s['title'])}">
  <meta property="og:url" content="{e(s['url'])}">
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
      <p class="byline">{e(s['author'])} · <time datetime="{s['published']}">{e(s['display_time'])}</time></p>
{body}
    </article>
    <aside class="related"><h3>Related</h3><ul><li><a href="/more/1">Newsletter</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(COOKIE[s['lang']])}</p><button>OK</button></div>
  <footer><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li></ul>
    <p>&copy; 2026 {e(s['outlet'])}</p></footer>
</body>
</html>
"""


if __name__ == "__main__":
    for spec in sorted((HERE / "specs").glob("*.json")):
        s = json.loads(spec.read_text(encoding="utf-8"))
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(s), encoding="utf-8")
        print(spec.stem, sum(len(p) for p in s["body"]))
