#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.json (hand-written specs)."""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
COOKIE = {"en": "We use cookies to improve your experience. Accept all / Manage settings",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter / Paramétrer",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren / Einstellungen",
          "es": "Utilizamos cookies para mejorar su experiencia. Aceptar todas / Configurar",
          "ja": "当サイトはクッキーを使用しています。すべて許可 / 設定"}
NAV = {"en": ["World", "Business", "Politics", "Science", "Sport", "Opinion"],
       "fr": ["Monde", "Économie", "Politique", "Sciences", "Sport", "Opinions"],
       "de": ["Welt", "Wirtschaft", "Politik", "Wissen", "Sport", "Meinung"],
       "es": ["Mundo", "Economía", "Política", "Ciencia", "Deportes", "Opinión"],
       "ja": ["国際", "経済", "政治", "科学", "スポーツ", "オピニオン"]}

def build(spec):
    e = html.escape
    url = f"https://{spec['domain']}{spec['path']}"
    title, outlet, pub = spec["title"], spec["outlet"], spec["published"]
    desc = spec["paragraphs"][0][:160]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": pub, "author": {"@type": "Person", "name": spec["author"]},
                     "publisher": {"@type": "Organization", "name": outlet},
                     "mainEntityOfPage": url}, ensure_ascii=False)
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[spec["lang"]]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in spec["paragraphs"])
    return f"""<!DOCTYPE html>
<html lang="{spec['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} - {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(spec['section'])}">
  <meta name="author" content="{e(spec['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <div id="cookie-banner" class="cookie">{e(COOKIE[spec['lang']])}</div>
  <header class="site-header">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <div class="byline"><span class="author">{e(spec['author'])}</span> <time datetime="{pub}">{e(spec['time_label'])}</time></div>
{body}
    </article>
    <aside class="related"><h2>Related</h2><ul><li><a href="/more/">More stories</a></li></ul></aside>
  </main>
  <footer class="site-footer">&copy; {pub[:4]} {e(outlet)}. <a href="/privacy/">Privacy</a> <a href="/terms/">Terms</a></footer>
</body>
</html>
"""

def main():
    for sp in sorted((HERE / "specs").glob("*.json")):
        spec = json.loads(sp.read_text(encoding="utf-8"))
        out = HERE / "cases" / sp.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(spec), encoding="utf-8")
        print(sp.stem, sum(len(p) for p in spec["paragraphs"]))

if __name__ == "__main__":
    main()
