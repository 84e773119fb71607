"""Generate source.html for each case from specs/<case>.json (hand-written specs)."""
import html
import json
import pathlib

HERE = pathlib.Path(__file__).parent
UI = {
    "en": ("Subscribe", "Most read", "We use cookies to personalise content and to analyse our traffic.", "Accept all", "Reject", "About us", "Privacy policy"),
    "fr": ("S'abonner", "Les plus lus", "Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic.", "Tout accepter", "Refuser", "Qui sommes-nous", "Confidentialité"),
    "de": ("Abonnieren", "Meistgelesen", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen", "Über uns", "Datenschutz"),
    "es": ("Suscribirse", "Lo más leído", "Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar", "Quiénes somos", "Privacidad"),
    "ja": ("購読する", "よく読まれている記事", "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。", "すべて許可", "拒否", "会社概要", "プライバシーポリシー"),
}


def page(s):
    e = html.escape
    sub, most, cookie, acc, rej, about, priv = UI[s["lang"]]
    url = f"https://{s['domain']}{s['path']}"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"],
                     "datePublished": s["published"], "author": {"@type": "Person", "name": s["author"]},
                     "publisher": {"@type": "Organization", "name": s["outlet"]}, "mainEntityOfPage": url},
                    ensure_ascii=False)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in s["paragraphs"])
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(s['title'])} - {e(s['outlet'])}</title>
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(s['outlet'])}">
  <meta property="og:title" content="{e(s['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{s['published']}">
  <meta property="article:section" content="{e(s['section'])}">
  <meta name="author" content="{e(s['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <header class="masthead"><a class="brand" href="/">{e(s['outlet'])}</a>
    <nav><ul><li><a href="/news/">News</a></li><li><a href="/climate/">Climate</a></li><li><a href="/economy/">Economy</a></li><li><a href="/cities/">Cities</a></li></ul></nav>
    <a class="subscribe" href="/subscribe/">{e(sub)}</a></header>
  <main>
    <article>
      <h1>{e(s['title'])}</h1>
      <p class="byline">{e(s['author'])} · <time datetime="{s['published']}">{s['published']}</time></p>
{body}
    </article>
    <aside><h3>{e(most)}</h3><ol><li><a href="/more/1">Newsletter</a></li><li><a href="/more/2">Podcast</a></li></ol></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(cookie)}</p><button>{e(acc)}</button> <button>{e(rej)}</button></div>
  <footer><ul><li><a href="/about/">{e(about)}</a></li><li><a href="/privacy/">{e(priv)}</a></li></ul>
    <p>&copy; {s['published'][:4]} {e(s['outlet'])}</p></footer>
</body>
</html>
"""


if __name__ == "__main__":
    for f in sorted((HERE / "specs").glob("*.json")):
        s = json.loads(f.read_text(encoding="utf-8"))
        d = HERE / "cases" / f.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(s), encoding="utf-8")
        print(f.stem, len("".join(s["paragraphs"])))
