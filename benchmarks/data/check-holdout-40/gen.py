"""Build cases/<name>/source.html from specs/<name>.json (hand-written specs)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Markets", "Economy", "Opinion"],
       "fr": ["Monde", "Économie", "Marchés", "Opinions"],
       "de": ["Politik", "Wirtschaft", "Finanzen", "Meinung"],
       "es": ["Mundo", "Economía", "Mercados", "Opinión"],
       "ja": ["国際", "経済", "マーケット", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and analyse our traffic.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und unseren Datenverkehr zu analysieren.",
          "es": "Usamos cookies para personalizar el contenido y analizar nuestro tráfico.",
          "ja": "当サイトはコンテンツの最適化と利用状況の分析のためにクッキーを使用しています。"}

def build(spec):
    e = html.escape
    t, o, url, pub = spec["title"], spec["outlet"], spec["url"], spec["published"]
    desc = spec["paragraphs"][0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
                     "datePublished": pub, "author": {"@type": "Person", "name": spec["author"]},
                     "publisher": {"@type": "Organization", "name": o}, "mainEntityOfPage": url},
                    ensure_ascii=False)
    nav = "\n".join(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[spec["lang"]])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in spec["paragraphs"])
    return f"""<!DOCTYPE html>
<html lang="{spec['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(t)} - {e(o)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(o)}">
  <meta property="og:title" content="{e(t)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta name="author" content="{e(spec['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <nav class="top-bar"><a class="brand" href="/">{e(o)}</a>
    <ul>
{nav}
    </ul>
  </nav>
  <main>
    <article>
      <h1>{e(t)}</h1>
      <p class="byline">{e(spec['author'])} <time datetime="{pub}">{e(spec['dateline'])}</time></p>
{body}
    </article>
    <aside class="related"><h3>Related</h3><ul><li><a href="/newsletter/">Newsletter</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(COOKIE[spec['lang']])}</p><button>OK</button></div>
  <footer><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li></ul>
    <p>&copy; {pub[:4]} {e(o)}</p></footer>
</body>
</html>
"""

if __name__ == "__main__":
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.json"))]
    for n in names:
        spec = json.loads((HERE / "specs" / f"{n}.json").read_text(encoding="utf-8"))
        d = HERE / "cases" / n
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(spec), encoding="utf-8")
        print(n, sum(len(p) for p in spec["paragraphs"]))
