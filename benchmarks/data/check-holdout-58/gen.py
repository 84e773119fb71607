"""Generate cases/<name>/source.html from specs/<name>.json (hand-written specs)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
UI = {
    "en": ("World", "Business", "Sport", "Weather", "Subscribe", "We use cookies to personalise content and to analyse our traffic.", "Accept all", "Reject", "About us", "Contact", "Privacy policy", "All rights reserved."),
    "fr": ("Monde", "Économie", "Sport", "Météo", "S'abonner", "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Refuser", "Qui sommes-nous", "Contact", "Confidentialité", "Tous droits réservés."),
    "de": ("Welt", "Wirtschaft", "Sport", "Wetter", "Abonnieren", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen", "Über uns", "Kontakt", "Datenschutz", "Alle Rechte vorbehalten."),
    "es": ("Mundo", "Economía", "Deportes", "Tiempo", "Suscríbete", "Usamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar", "Quiénes somos", "Contacto", "Privacidad", "Todos los derechos reservados."),
    "ja": ("国際", "経済", "スポーツ", "天気", "購読する", "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。", "すべて同意", "拒否", "会社概要", "お問い合わせ", "プライバシー", "無断転載を禁じます。"),
}

def render(spec):
    e = html.escape
    u = UI[spec["lang"]]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": spec["title"],
                     "datePublished": spec["published"], "author": {"@type": "Person", "name": spec["author"]},
                     "publisher": {"@type": "Organization", "name": spec["outlet"]},
                     "mainEntityOfPage": spec["url"]}, ensure_ascii=False)
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in spec["body"])
    return f"""<!DOCTYPE html>
<html lang="{spec['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(spec['title'])} | {e(spec['outlet'])}</title>
  <link rel="canonical" href="{e(spec['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(spec['outlet'])}">
  <meta property="og:title" content="{e(spec['title'])}">
  <meta property="og:url" content="{e(spec['url'])}">
  <meta property="article:published_time" content="{spec['published']}">
  <meta name="author" content="{e(spec['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <nav class="site-nav"><a class="brand" href="/">{e(spec['outlet'])}</a>
    <ul><li><a href="/world/">{u[0]}</a></li><li><a href="/business/">{u[1]}</a></li><li><a href="/sport/">{u[2]}</a></li><li><a href="/weather/">{u[3]}</a></li></ul>
    <a href="/subscribe/">{u[4]}</a></nav>
  <main>
    <article>
      <h1>{e(spec['title'])}</h1>
      <p class="byline">{e(spec['author'])} · <time datetime="{spec['published']}">{e(spec['dateline'])}</time></p>
{paras}
    </article>
  </main>
  <div id="cookie-banner" role="dialog"><p>{u[5]}</p><button>{u[6]}</button> <button>{u[7]}</button></div>
  <footer><ul><li><a href="/about/">{u[8]}</a></li><li><a href="/contact/">{u[9]}</a></li><li><a href="/privacy/">{u[10]}</a></li></ul>
    <p>&copy; {spec['published'][:4]} {e(spec['outlet'])}. {u[11]}</p></footer>
</body>
</html>
"""

if __name__ == "__main__":
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.json"))]
    for n in names:
        spec = json.loads((HERE / "specs" / f"{n}.json").read_text())
        d = HERE / "cases" / n
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(spec))
        print(n, sum(len(p) for p in spec["body"]), "body chars")
