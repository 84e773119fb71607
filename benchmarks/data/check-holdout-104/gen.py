"""Render specs/<case>.json into cases/<case>/source.html (news-like page)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Education", "Science", "Business", "Opinion"],
       "fr": ["Monde", "Éducation", "Sciences", "Économie", "Opinions"],
       "de": ["Welt", "Bildung", "Wissenschaft", "Wirtschaft", "Meinung"],
       "es": ["Mundo", "Educación", "Ciencia", "Economía", "Opinión"],
       "ja": ["国際", "教育", "科学", "経済", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and to analyse our traffic. Manage your choices in Privacy settings.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Gérez vos choix dans les paramètres.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Einstellungen jederzeit änderbar.",
          "es": "Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar su elección en Privacidad.",
          "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。"}
FOOT = {"en": ["About us", "Contact", "Terms", "Privacy"], "fr": ["À propos", "Contact", "Conditions", "Confidentialité"],
        "de": ["Über uns", "Kontakt", "AGB", "Datenschutz"], "es": ["Quiénes somos", "Contacto", "Términos", "Privacidad"],
        "ja": ["会社概要", "お問い合わせ", "利用規約", "プライバシー"]}


def render(s):
    e = lambda t: html.escape(t, quote=True)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"],
                     "datePublished": s["published"], "author": {"@type": "Person", "name": s["author"]},
                     "publisher": {"@type": "Organization", "name": s["outlet"]},
                     "mainEntityOfPage": s["url"]}, ensure_ascii=False)
    lang = s["lang"]
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in s["paragraphs"])
    foot = "\n".join(f'      <li><a href="/f{i}/">{e(n)}</a></li>' for i, n in enumerate(FOOT[lang]))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
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
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <header class="masthead"><a class="brand" href="/">{e(s['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <div id="cookie-banner" role="dialog"><p>{e(COOKIE[lang])}</p><button>OK</button></div>
  <main>
    <article>
      <h1>{e(s['title'])}</h1>
      <p class="byline">{e(s['author'])} · <time datetime="{s['published']}">{e(s['time_display'])}</time></p>
{body}
    </article>
  </main>
  <footer><ul>
{foot}
  </ul><p>&copy; {s['published'][:4]} {e(s['outlet'])}</p></footer>
</body>
</html>
"""


def main(names):
    for p in sorted((HERE / "specs").glob("*.json")):
        if names and p.stem not in names:
            continue
        s = json.loads(p.read_text(encoding="utf-8"))
        d = HERE / "cases" / p.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(s), encoding="utf-8")
        n = sum(len(x) for x in s["paragraphs"])
        print(p.stem, s["lang"], n, "chars")


if __name__ == "__main__":
    main(sys.argv[1:])
