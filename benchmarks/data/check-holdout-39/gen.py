"""Render specs/<case>.json into cases/<case>/source.html (fictional outlets, .example domains)."""
import html, json, pathlib

HERE = pathlib.Path(__file__).parent
UI = {
    "en": ("Cookie consent", "We use cookies to personalise content and to analyse our traffic.", "Accept all", "Reject", ["Local", "Politics", "Business", "Sport", "Weather"], "All rights reserved."),
    "fr": ("Consentement", "Nous utilisons des cookies pour personnaliser le contenu et analyser notre audience.", "Tout accepter", "Refuser", ["Région", "Politique", "Économie", "Sports", "Météo"], "Tous droits réservés."),
    "de": ("Cookie-Einstellungen", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen", ["Region", "Politik", "Wirtschaft", "Sport", "Wetter"], "Alle Rechte vorbehalten."),
    "es": ("Consentimiento", "Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar", ["Local", "Política", "Economía", "Deportes", "Tiempo"], "Todos los derechos reservados."),
    "it": ("Consenso cookie", "Utilizziamo i cookie per personalizzare i contenuti e analizzare il traffico.", "Accetta tutto", "Rifiuta", ["Cronaca", "Politica", "Economia", "Sport", "Meteo"], "Tutti i diritti riservati."),
    "ja": ("クッキー設定", "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。", "すべて許可", "拒否", ["地域", "政治", "経済", "スポーツ", "天気"], "無断転載を禁じます。"),
}

def render(s):
    e = lambda t: html.escape(t, quote=True)
    cl, cb, acc, rej, menu, rights = UI[s["lang"]]
    url = f"https://{s['domain']}{s['path']}"
    body = "\n".join(f"      <p>{e(p)}</p>" for p in s["paragraphs"])
    desc = e(s["paragraphs"][0][:150])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"],
                     "datePublished": s["published"], "author": {"@type": "Person", "name": s["author"]},
                     "publisher": {"@type": "Organization", "name": s["outlet"]}, "mainEntityOfPage": url},
                    ensure_ascii=False)
    nav = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(menu))
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(s['title'])} | {e(s['outlet'])}</title>
  <meta name="description" content="{desc}">
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
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(s['title'])}</h1>
      <p class="byline">{e(s['author'])} · <time datetime="{s['published']}">{e(s['time_display'])}</time></p>
{body}
    </article>
    <aside class="related"><h3>Related</h3><ul><li><a href="/more/1">{e(menu[0])}</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog" aria-label="{e(cl)}"><p>{e(cb)}</p><button>{e(acc)}</button> <button>{e(rej)}</button></div>
  <footer><p>&copy; {s['published'][:4]} {e(s['outlet'])}. {e(rights)}</p></footer>
</body>
</html>
"""

if __name__ == "__main__":
    for f in sorted((HERE / "specs").glob("*.json")):
        s = json.loads(f.read_text())
        d = HERE / "cases" / f.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(s))
        print(f.stem, len("".join(s["paragraphs"])))
