"""Build cases/<name>/source.html from specs/<name>.json (hand-written specs)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
TEMPLATE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title_e} - {outlet_e}</title>
  <meta name="description" content="{desc}">
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
<body>
  <header class="masthead">
    <a class="brand" href="/">{outlet_e}</a>
    <nav><ul>{nav}</ul></nav>
  </header>
  <main>
    <article>
      <h1>{title_e}</h1>
      <p class="byline">{author} &middot; <time datetime="{published}">{timetext}</time></p>
{body}
    </article>
    <aside class="related"><h3>{related}</h3><ul><li><a href="/newsletter/">Newsletter</a></li><li><a href="/podcast/">Podcast</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{cookie}</p><button>OK</button></div>
  <footer><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li></ul><p>&copy; {year} {outlet_e}</p></footer>
</body>
</html>
"""
L10N = {
    "en": (["World", "Business", "Climate", "Transport", "Opinion"], "Cookies help us run this site. Accept or manage your choices.", "Most read"),
    "fr": (["Monde", "Économie", "Climat", "Transports", "Opinions"], "Nous utilisons des cookies. Accepter ou paramétrer vos choix.", "Les plus lus"),
    "de": (["Welt", "Wirtschaft", "Klima", "Verkehr", "Meinung"], "Wir verwenden Cookies. Akzeptieren oder Einstellungen anpassen.", "Meistgelesen"),
    "es": (["Mundo", "Economía", "Clima", "Transporte", "Opinión"], "Usamos cookies. Acepta o configura tus preferencias.", "Lo más leído"),
    "ja": (["国際", "経済", "気候", "交通", "オピニオン"], "当サイトはクッキーを使用しています。同意または設定の変更を選んでください。", "よく読まれている記事"),
}

def build(spec_path):
    s = json.loads(spec_path.read_text())
    nav_items, cookie, related = L10N[s["lang"]]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"],
          "datePublished": s["published"], "author": {"@type": "Person", "name": s["author"]},
          "publisher": {"@type": "Organization", "name": s["outlet"]}, "mainEntityOfPage": s["url"]}
    body = "\n".join(f"      <p>{html.escape(p)}</p>" for p in s["paragraphs"])
    out = TEMPLATE.format(
        lang=s["lang"], title_e=html.escape(s["title"]), outlet_e=html.escape(s["outlet"]),
        desc=html.escape(s["paragraphs"][0][:150]), url=s["url"], published=s["published"],
        section=html.escape(s["section"]), author=html.escape(s["author"]),
        ld=json.dumps(ld, ensure_ascii=False), nav="".join(f'<li><a href="/{i}/">{html.escape(n)}</a></li>' for i, n in enumerate(nav_items)),
        timetext=html.escape(s["timetext"]), body=body, related=related, cookie=cookie,
        year=s["published"][:4])
    d = HERE / "cases" / spec_path.stem
    d.mkdir(parents=True, exist_ok=True)
    (d / "source.html").write_text(out)

if __name__ == "__main__":
    for p in sorted((HERE / "specs").glob("*.json")):
        if len(sys.argv) == 1 or p.stem in sys.argv[1:]:
            build(p)
