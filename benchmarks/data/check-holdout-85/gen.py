"""Build cases/<name>/source.html from specs/<name>.json (hand-written, fictional)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Science", "Sport", "Opinion"],
       "fr": ["Monde", "Économie", "Sciences", "Sport", "Opinions"],
       "de": ["Politik", "Wirtschaft", "Wissen", "Sport", "Meinung"],
       "es": ["Mundo", "Economía", "Ciencia", "Deportes", "Opinión"],
       "ja": ["国際", "経済", "科学", "スポーツ", "社説"]}
COOKIE = {"en": "We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Wahl jederzeit ändern.",
          "es": "Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar sus preferencias en cualquier momento.",
          "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。"}


def build(spec):
    e = html.escape
    url = f"https://{spec['domain']}{spec['path']}"
    desc = spec["paras"][0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": spec["title"],
          "datePublished": spec["published"], "author": {"@type": "Person", "name": spec["author"]},
          "publisher": {"@type": "Organization", "name": spec["outlet"]}, "mainEntityOfPage": url}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[spec["lang"]]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in spec["paras"])
    return f"""<!DOCTYPE html>
<html lang="{spec['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(spec['title'])} | {e(spec['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(spec['outlet'])}">
  <meta property="og:title" content="{e(spec['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{spec['published']}">
  <meta property="article:section" content="{e(spec['section'])}">
  <meta name="author" content="{e(spec['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">{e(spec['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(spec['title'])}</h1>
      <p class="byline">{e(spec['author'])} <time datetime="{spec['published']}">{e(spec['published'])}</time></p>
{body}
    </article>
    <aside class="related"><h3>Related</h3><ul><li><a href="/newsletter/">Newsletter</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(COOKIE[spec['lang']])}</p><button>OK</button></div>
  <footer><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li></ul>
  <p>&copy; {spec['published'][:4]} {e(spec['outlet'])}</p></footer>
</body>
</html>
"""


def main(names):
    for f in sorted((HERE / "specs").glob("*.json")):
        if names and f.stem not in names:
            continue
        spec = json.loads(f.read_text(encoding="utf-8"))
        d = HERE / "cases" / f.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(spec), encoding="utf-8")
        print(f.stem, sum(len(p) for p in spec["paras"]))


if __name__ == "__main__":
    main(sys.argv[1:])
