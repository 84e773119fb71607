"""Build cases/<name>/source.html from specs/<name>.json (hand-written specs)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["News", "Business", "Sport", "Opinion", "Culture"],
       "fr": ["Actualités", "Économie", "Sports", "Opinions", "Culture"],
       "de": ["Nachrichten", "Wirtschaft", "Sport", "Meinung", "Kultur"],
       "es": ["Noticias", "Economía", "Deportes", "Opinión", "Cultura"],
       "ja": ["ニュース", "経済", "スポーツ", "オピニオン", "文化"]}
COOKIE = {"en": "We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
          "es": "Utilizamos cookies para personalizar el contenido y analizar nuestro tráfico.",
          "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。"}
E = lambda s: html.escape(s, quote=True)

def build(spec):
    s = spec
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"],
                     "datePublished": s["published"], "author": {"@type": "Person", "name": s["author"]},
                     "publisher": {"@type": "Organization", "name": s["outlet"]},
                     "mainEntityOfPage": s["url"]}, ensure_ascii=False)
    nav = "\n".join(f'      <li><a href="/{i}/">{E(n)}</a></li>' for i, n in enumerate(NAV[s["lang"]]))
    body = "\n".join(f"      <p>{E(p)}</p>" for p in s["paras"])
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
  <meta charset="utf-8">
  <title>{E(s['title'])} | {E(s['outlet'])}</title>
  <link rel="canonical" href="{E(s['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{E(s['outlet'])}">
  <meta property="og:title" content="{E(s['title'])}">
  <meta property="og:url" content="{E(s['url'])}">
  <meta property="article:published_time" content="{s['published']}">
  <meta property="article:section" content="{E(s['section'])}">
  <meta name="author" content="{E(s['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <header class="masthead"><a class="brand" href="/">{E(s['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{E(s['section'])}</span>
      <h1>{E(s['title'])}</h1>
      <div class="byline"><span class="author">{E(s['author'])}</span> <time datetime="{s['published']}">{E(s['shown'])}</time></div>
{body}
    </article>
    <aside class="related"><h3>Related</h3><ul><li><a href="/newsletter/">Newsletter</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{E(COOKIE[s['lang']])}</p><button>OK</button></div>
  <footer><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li></ul>
    <p>&copy; {s['published'][:4]} {E(s['outlet'])}</p></footer>
</body>
</html>
"""

def body_len(spec):
    return sum(len(p) for p in spec["paras"])

if __name__ == "__main__":
    for f in sorted((HERE / "specs").glob("*.json")):
        spec = json.loads(f.read_text())
        d = HERE / "cases" / f.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(spec))
        print(f.stem, spec["lang"], body_len(spec))
