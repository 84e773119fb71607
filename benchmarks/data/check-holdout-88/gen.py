"""Build cases/<name>/source.html from the hand-written specs/<name>.json."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Politics", "Business", "Opinion", "Sport"],
       "fr": ["Monde", "Politique", "Économie", "Opinions", "Sport"],
       "de": ["Welt", "Politik", "Wirtschaft", "Meinung", "Sport"],
       "es": ["Mundo", "Política", "Economía", "Opinión", "Deportes"],
       "ja": ["国際", "政治", "経済", "オピニオン", "スポーツ"]}
COOKIE = {"en": ("We use cookies to personalise content and analyse traffic.", "Accept all", "Reject"),
          "fr": ("Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Refuser"),
          "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen"),
          "es": ("Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar"),
          "ja": ("当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。", "すべて許可", "拒否")}


def build(spec):
    e = html.escape
    lang = spec["lang"]
    url = spec["url"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": spec["title"],
          "datePublished": spec["published"], "author": {"@type": "Person", "name": spec["author"]},
          "publisher": {"@type": "Organization", "name": spec["outlet"]}, "mainEntityOfPage": url}
    nav = "\n".join(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[lang])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in spec["paragraphs"])
    c = COOKIE[lang]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(spec['title'])} - {e(spec['outlet'])}</title>
  <meta name="description" content="{e(spec['paragraphs'][0][:150])}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(spec['outlet'])}">
  <meta property="og:title" content="{e(spec['title'])}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{spec['published']}">
  <meta name="author" content="{e(spec['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <nav class="site-nav">
    <a class="brand" href="/">{e(spec['outlet'])}</a>
    <ul>
{nav}
    </ul>
  </nav>
  <div id="cookie-banner" role="dialog"><p>{e(c[0])}</p><button>{e(c[1])}</button> <button>{e(c[2])}</button></div>
  <main>
    <article>
      <h1>{e(spec['title'])}</h1>
      <p class="byline">{e(spec['author'])} · <time datetime="{spec['published']}">{e(spec['dateline'])}</time></p>
{body}
    </article>
  </main>
  <footer><p>&copy; {spec['published'][:4]} {e(spec['outlet'])}</p><a href="/privacy/">Privacy</a> <a href="/contact/">Contact</a></footer>
</body>
</html>
"""


def main():
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.json"))]
    for name in names:
        spec = json.loads((HERE / "specs" / f"{name}.json").read_text(encoding="utf-8"))
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(spec), encoding="utf-8")
        print(name, sum(len(p) for p in spec["paragraphs"]))


if __name__ == "__main__":
    main()
