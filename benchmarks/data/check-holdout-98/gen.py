"""Generate cases/<name>/source.html from specs/<name>.json (hand-written specs)."""
import html, json, pathlib, datetime

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Crime", "Courts", "Weather", "Business", "Opinion"],
       "fr": ["Monde", "Faits divers", "Justice", "Météo", "Économie", "Opinions"],
       "de": ["Welt", "Kriminalität", "Justiz", "Wetter", "Wirtschaft", "Meinung"],
       "es": ["Mundo", "Sucesos", "Tribunales", "Tiempo", "Economía", "Opinión"],
       "ja": ["国際", "事件", "司法", "気象", "経済", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and analyse traffic. Manage your choices in Privacy settings.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Gérez vos choix dans les paramètres.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Einstellungen verwalten.",
          "es": "Usamos cookies para personalizar el contenido y analizar el tráfico. Gestione sus preferencias.",
          "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。設定はいつでも変更できます。"}
ACCEPT = {"en": "Accept all", "fr": "Tout accepter", "de": "Alle akzeptieren", "es": "Aceptar todo", "ja": "すべて同意"}


def page(s):
    e = html.escape
    t, site, url, pub = s["title"], s["outlet"], s["url"], s["published"]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
                     "datePublished": pub, "author": {"@type": "Person", "name": s["author"]},
                     "publisher": {"@type": "Organization", "name": site}, "mainEntityOfPage": url},
                    ensure_ascii=False)
    desc = e(s["paragraphs"][0][:150])
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[s["lang"]]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in s["paragraphs"])
    year = pub[:4]
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(t)} | {e(site)}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(site)}">
  <meta property="og:title" content="{e(t)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(s['section'])}">
  <meta name="author" content="{e(s['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">{e(site)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(s['section'])}</span>
      <h1>{e(t)}</h1>
      <p class="byline">{e(s['author'])} <time datetime="{pub}">{e(s['dateline'])}</time></p>
{body}
    </article>
    <aside class="related"><h3>More</h3><ul><li><a href="/newsletter/">Newsletter</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(COOKIE[s['lang']])}</p><button>{e(ACCEPT[s['lang']])}</button></div>
  <footer><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li></ul>
    <p>&copy; {year} {e(site)}</p></footer>
</body>
</html>
"""


def main():
    for f in sorted((HERE / "specs").glob("*.json")):
        s = json.loads(f.read_text(encoding="utf-8"))
        d = HERE / "cases" / f.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(s), encoding="utf-8")
        print(f.stem, sum(len(p) for p in s["paragraphs"]))


if __name__ == "__main__":
    main()
