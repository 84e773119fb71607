"""Generate cases/<name>/source.html from specs/<name>.json (hand-written specs)."""
import html, json, pathlib

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Economy", "Data", "Opinion"],
       "fr": ["Monde", "Économie", "Données", "Opinions"],
       "de": ["Politik", "Wirtschaft", "Statistik", "Meinung"],
       "es": ["Mundo", "Economía", "Datos", "Opinión"],
       "ja": ["国内", "経済", "統計", "オピニオン"]}
COOKIE = {"en": "We use cookies to analyse traffic and personalise content. Manage your choices in Privacy settings.",
          "fr": "Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
          "es": "Utilizamos cookies para analizar el tráfico y personalizar el contenido.",
          "ja": "当サイトは閲覧状況の分析のためにクッキーを使用しています。"}

def page(s):
    e = html.escape
    url = f"https://{s['domain']}{s['path']}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"],
          "datePublished": s["published"], "author": {"@type": "Person", "name": s["author"]},
          "publisher": {"@type": "Organization", "name": s["outlet"]}, "mainEntityOfPage": url}
    nav = "\n".join(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[s["lang"]])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in s["body"])
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(s['title'])} | {e(s['outlet'])}</title>
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(s['outlet'])}">
  <meta property="og:title" content="{e(s['title'])}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{s['published']}">
  <meta name="author" content="{e(s['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header><a class="brand" href="/">{e(s['outlet'])}</a>
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
        d = HERE / "cases" / f.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(s))
        print(f.stem, sum(len(p) for p in s["body"]))
