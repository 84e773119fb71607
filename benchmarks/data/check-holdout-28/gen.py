"""Build cases/<name>/source.html from specs/<name>.json (hand-written specs)."""
import html, json, pathlib

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Science", "Sport", "Culture"],
       "fr": ["Monde", "Économie", "Sciences", "Sport", "Culture"],
       "de": ["Welt", "Wirtschaft", "Wissen", "Sport", "Kultur"],
       "es": ["Mundo", "Economía", "Ciencia", "Deportes", "Cultura"],
       "pt": ["Mundo", "Economia", "Ciência", "Esportes", "Cultura"],
       "ja": ["国際", "経済", "科学", "スポーツ", "文化"]}
COOKIE = {"en": "We use cookies to personalise content and analyse our traffic. Accept all or manage your choices.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Tout accepter ou paramétrer.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Alle akzeptieren oder anpassen.",
          "es": "Usamos cookies para personalizar contenidos y analizar el tráfico. Aceptar todas o configurar.",
          "pt": "Usamos cookies para personalizar conteúdos e analisar o tráfego. Aceitar todos ou configurar.",
          "ja": "当サイトはクッキーを使用してコンテンツの最適化とアクセス解析を行っています。すべて許可、または設定を変更できます。"}

def build(spec):
    e = lambda s: html.escape(s, quote=True)
    url = spec["url"]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": spec["title"],
                     "datePublished": spec["published"], "author": {"@type": "Person", "name": spec["author"]},
                     "publisher": {"@type": "Organization", "name": spec["outlet"]}, "mainEntityOfPage": url},
                    ensure_ascii=False)
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[spec["lang"]]))
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in spec["paras"])
    desc = e(spec["paras"][0][:150])
    return f"""<!DOCTYPE html>
<html lang="{spec['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(spec['title'])} - {e(spec['outlet'])}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(spec['outlet'])}">
  <meta property="og:title" content="{e(spec['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{spec['published']}">
  <meta name="author" content="{e(spec['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <header class="masthead"><a class="brand" href="/">{e(spec['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(spec['title'])}</h1>
      <div class="byline">{e(spec['author'])} <time datetime="{spec['published']}">{e(spec['timelabel'])}</time></div>
{paras}
    </article>
    <aside class="related"><h3>Related</h3><ul><li><a href="/newsletter/">Newsletter</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(COOKIE[spec['lang']])}</p><button>OK</button></div>
  <footer><p>&copy; {spec['published'][:4]} {e(spec['outlet'])}</p><a href="/privacy/">Privacy</a> <a href="/contact/">Contact</a></footer>
</body>
</html>
"""

if __name__ == "__main__":
    for p in sorted((HERE / "specs").glob("*.json")):
        spec = json.loads(p.read_text(encoding="utf-8"))
        d = HERE / "cases" / p.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(spec), encoding="utf-8")
        print(p.stem, len("".join(spec["paras"])))
