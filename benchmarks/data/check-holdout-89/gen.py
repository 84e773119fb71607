"""Build cases/<name>/source.html from specs/<name>.txt (header lines, '---', paragraphs)."""
import html, json, pathlib

HERE = pathlib.Path(__file__).parent
MENU = {"en": ["World", "Business", "Energy", "Climate", "Markets", "Opinion"],
        "fr": ["Monde", "Économie", "Énergie", "Climat", "Marchés", "Opinions"],
        "de": ["Welt", "Wirtschaft", "Energie", "Klima", "Märkte", "Meinung"],
        "es": ["Mundo", "Economía", "Energía", "Clima", "Mercados", "Opinión"],
        "ja": ["国際", "経済", "エネルギー", "気候", "市場", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und unseren Datenverkehr zu analysieren.",
          "es": "Utilizamos cookies para personalizar el contenido y analizar nuestro tráfico.",
          "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。"}


def build(spec: pathlib.Path) -> None:
    head, body = spec.read_text(encoding="utf-8").split("\n---\n", 1)
    m = dict(line.split(": ", 1) for line in head.strip().splitlines())
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    e = html.escape
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": m["url"]}
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    menu = "\n".join(f'        <li><a href="/{i}/">{e(x)}</a></li>' for i, x in enumerate(MENU[m["lang"]]))
    page = f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(m['title'])} - {e(m['outlet'])}</title>
  <link rel="canonical" href="{e(m['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:url" content="{e(m['url'])}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <nav class="site-nav">
    <a class="brand" href="/">{e(m['outlet'])}</a>
    <ul>
{menu}
    </ul>
  </nav>
  <main>
    <article>
      <h1>{e(m['title'])}</h1>
      <div class="byline"><span class="author">{e(m['author'])}</span> <time datetime="{m['published']}">{e(m['display'])}</time></div>
{ps}
    </article>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(COOKIE[m['lang']])}</p><button>OK</button></div>
  <footer><p>&copy; {m['published'][:4]} {e(m['outlet'])}</p></footer>
</body>
</html>
"""
    out = HERE / "cases" / spec.stem
    out.mkdir(parents=True, exist_ok=True)
    (out / "source.html").write_text(page, encoding="utf-8")


if __name__ == "__main__":
    for s in sorted((HERE / "specs").glob("*.txt")):
        build(s)
