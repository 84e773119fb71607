"""Render specs/<case>.json into cases/<case>/source.html (fictional outlets, .example domains)."""
import html, json, pathlib

HERE = pathlib.Path(__file__).parent
COOKIE = {"en": "We use cookies to improve your experience. Accept all or manage preferences.",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter ou paramétrer.",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren oder anpassen.",
          "es": "Usamos cookies para mejorar su experiencia. Aceptar todas o configurar.",
          "ja": "当サイトはクッキーを使用しています。同意する／設定を変更する"}
NAV = {"en": ["World", "Science", "Technology", "Environment", "Sport"],
       "fr": ["Monde", "Sciences", "Tech", "Planète", "Sport"],
       "de": ["Welt", "Wissen", "Technik", "Umwelt", "Sport"],
       "es": ["Mundo", "Ciencia", "Tecnología", "Medio ambiente", "Deportes"],
       "ja": ["国際", "科学", "テクノロジー", "環境", "スポーツ"]}


def render(s):
    e = html.escape
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"],
          "datePublished": s["published"], "author": {"@type": "Person", "name": s["author"]},
          "publisher": {"@type": "Organization", "name": s["outlet"]}, "mainEntityOfPage": s["url"]}
    nav = "\n".join(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[s["lang"]])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in s["paragraphs"])
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(s['title'])} - {e(s['outlet'])}</title>
  <link rel="canonical" href="{e(s['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(s['outlet'])}">
  <meta property="og:title" content="{e(s['title'])}">
  <meta property="og:url" content="{e(s['url'])}">
  <meta property="article:published_time" content="{s['published']}">
  <meta name="author" content="{e(s['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent"><p>{e(COOKIE[s['lang']])}</p><button>OK</button></div>
  <header class="site-header">
    <a class="brand" href="/">{e(s['outlet'])}</a>
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
  <footer><p>© {s['published'][:4]} {e(s['outlet'])}. All rights reserved.</p></footer>
</body>
</html>
"""


def main():
    for p in sorted((HERE / "specs").glob("*.json")):
        s = json.loads(p.read_text(encoding="utf-8"))
        out = HERE / "cases" / p.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(s), encoding="utf-8")


if __name__ == "__main__":
    main()
