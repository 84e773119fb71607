"""Build cases/<name>/source.html from specs/<name>.json (hand-written specs).

Each spec: lang, outlet, title, url, published (ISO with the outlet's UTC
offset), author, section, time_label, paragraphs (list of str).
digest.txt and expected.json are hand-written under specs/<name>/ and copied.
"""
import html, json, pathlib, shutil, sys

HERE = pathlib.Path(__file__).parent
NAV = {
    "en": ["World", "Local", "Business", "Sport", "Culture", "Opinion"],
    "fr": ["Monde", "Régions", "Économie", "Sport", "Culture", "Opinions"],
    "de": ["Welt", "Region", "Wirtschaft", "Sport", "Kultur", "Meinung"],
    "es": ["Mundo", "Local", "Economía", "Deportes", "Cultura", "Opinión"],
    "it": ["Mondo", "Cronaca", "Economia", "Sport", "Cultura", "Opinioni"],
    "ja": ["国際", "地域", "経済", "スポーツ", "文化", "オピニオン"],
}
COOKIE = {
    "en": "We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.",
    "fr": "Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
    "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und unseren Datenverkehr zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
    "es": "Utilizamos cookies para personalizar el contenido y analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
    "it": "Utilizziamo i cookie per personalizzare i contenuti e analizzare il traffico. Puoi modificare le tue scelte in qualsiasi momento.",
    "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
}


def page(s):
    e = lambda t: html.escape(t, quote=True)
    desc = s["paragraphs"][0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": s["title"], "datePublished": s["published"],
                     "author": {"@type": "Person", "name": s["author"]},
                     "publisher": {"@type": "Organization", "name": s["outlet"]},
                     "mainEntityOfPage": s["url"]}, ensure_ascii=False)
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[s["lang"]]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in s["paragraphs"])
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(s['title'])} | {e(s['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(s['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(s['outlet'])}">
  <meta property="og:title" content="{e(s['title'])}">
  <meta property="og:url" content="{e(s['url'])}">
  <meta property="article:published_time" content="{s['published']}">
  <meta property="article:section" content="{e(s['section'])}">
  <meta name="author" content="{e(s['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">{e(s['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(s['section'])}</span>
      <h1>{e(s['title'])}</h1>
      <div class="byline"><span class="author">{e(s['author'])}</span> <time datetime="{s['published']}">{e(s['time_label'])}</time></div>
{body}
    </article>
    <aside class="related"><h3>Related</h3><ul><li><a href="/newsletter/">Newsletter</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(COOKIE[s['lang']])}</p><button>OK</button></div>
  <footer><p>&copy; {s['published'][:4]} {e(s['outlet'])}</p><a href="/privacy/">Privacy</a> <a href="/contact/">Contact</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.json")):
        s = json.loads(spec.read_text(encoding="utf-8"))
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(s), encoding="utf-8")
        for f in ("digest.txt", "expected.json"):
            src = HERE / "specs" / spec.stem / f
            if src.exists():
                shutil.copy(src, out / f)
        print("built", spec.stem, "body chars", sum(len(p) for p in s["paragraphs"]))


if __name__ == "__main__":
    main()
