"""Generate cases/<name>/source.html from specs/<name>.json (hand-written specs)."""
import html, json, pathlib

HERE = pathlib.Path(__file__).parent

TPL = """<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title_e} - {outlet_e}</title>
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{outlet_e}">
  <meta property="og:title" content="{title_e}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{published}">
  <meta property="article:section" content="{section}">
  <meta name="author" content="{author}">
  <script type="application/ld+json">{ld}</script>
</head>
<body class="article-page">
  <nav class="top-bar"><a class="brand" href="/">{outlet_e}</a>
    <ul class="menu"><li><a href="/world/">{nav0}</a></li><li><a href="/politics/">{nav1}</a></li><li><a href="/economy/">{nav2}</a></li><li><a href="/sport/">{nav3}</a></li></ul>
  </nav>
  <main class="layout">
    <article>
      <span class="kicker">{section}</span>
      <h1 class="headline">{title_e}</h1>
      <div class="meta"><span class="author">{author}</span> <time datetime="{published}">{timestr}</time></div>
{paras}
    </article>
    <aside class="sidebar"><h3>{mostread}</h3><ol><li><a href="/more/0">Newsletter</a></li><li><a href="/more/1">Podcast</a></li></ol></aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog"><p>{cookie}</p><button class="accept">OK</button></div>
  <footer class="site-footer"><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li></ul><p>&copy; {year} {outlet_e}.</p></footer>
</body>
</html>
"""

CHROME = {
    "en": ("World", "Politics", "Economy", "Sport", "Most read", "We use cookies to personalise content and analyse our traffic."),
    "fr": ("Monde", "Politique", "Économie", "Sport", "Les plus lus", "Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic."),
    "de": ("Welt", "Politik", "Wirtschaft", "Sport", "Meistgelesen", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren."),
    "es": ("Mundo", "Política", "Economía", "Deportes", "Lo más leído", "Utilizamos cookies para personalizar el contenido y analizar el tráfico."),
    "pt": ("Mundo", "Política", "Economia", "Esporte", "Mais lidas", "Usamos cookies para personalizar o conteúdo e analisar o tráfego."),
    "ja": ("国際", "政治", "経済", "スポーツ", "よく読まれている記事", "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。"),
}


def build(spec):
    nav = CHROME[spec["lang"]]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": spec["title"], "datePublished": spec["published"],
                     "author": {"@type": "Person", "name": spec["author"]},
                     "publisher": {"@type": "Organization", "name": spec["outlet"]},
                     "mainEntityOfPage": spec["url"]}, ensure_ascii=False)
    paras = "\n".join(f"      <p>{html.escape(p)}</p>" for p in spec["body"])
    return TPL.format(lang=spec["lang"], title_e=html.escape(spec["title"]),
                      outlet_e=html.escape(spec["outlet"]), url=spec["url"],
                      published=spec["published"], section=spec["section"],
                      author=spec["author"], ld=ld, timestr=spec["timestr"],
                      paras=paras, nav0=nav[0], nav1=nav[1], nav2=nav[2], nav3=nav[3],
                      mostread=nav[4], cookie=nav[5], year=spec["published"][:4])


if __name__ == "__main__":
    for p in sorted((HERE / "specs").glob("*.json")):
        spec = json.loads(p.read_text(encoding="utf-8"))
        d = HERE / "cases" / p.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(spec), encoding="utf-8")
        print(p.stem, len("".join(spec["body"])))
