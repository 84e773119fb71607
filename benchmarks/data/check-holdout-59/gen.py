"""Generate source.html for every case from specs/<story>.txt.

Spec format: 'key: value' header lines, a line '---', then body paragraphs
separated by blank lines. Each story yields the cases named in its optional
'cases:' header (default: both clean-<story> and err-<story>, which then
share the same source page). Digests are hand-written, not generated.
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Sport", "Culture", "Travel", "Opinion"],
       "fr": ["Monde", "Sport", "Culture", "Voyage", "Opinions"],
       "de": ["Welt", "Sport", "Kultur", "Reise", "Meinung"],
       "es": ["Mundo", "Deportes", "Cultura", "Viajes", "Opinión"],
       "ja": ["国際", "スポーツ", "文化", "旅行", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und unseren Datenverkehr zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
          "es": "Utilizamos cookies para personalizar el contenido y analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
          "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    return meta, paras


def page(m, paras):
    e = lambda s: html.escape(s, quote=True)
    url = f"https://{m['domain']}{m['path']}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": url}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[m["lang"]]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(m['title'])} - {e(m['outlet'])}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">{e(m['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(m['section'])}</span>
      <h1>{e(m['title'])}</h1>
      <div class="byline"><span class="author">{e(m['author'])}</span> <time datetime="{m['published']}">{e(m['shown'])}</time></div>
{body}
    </article>
    <aside class="related"><h3>More</h3><ul><li><a href="/newsletter/">Newsletter</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(COOKIE[m['lang']])}</p><button>OK</button></div>
  <footer><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li></ul>
  <p>&copy; {m['published'][:4]} {e(m['outlet'])}</p></footer>
</body>
</html>
"""


if __name__ == "__main__":
    for spec in sorted((HERE / "specs").glob("*.txt")):
        m, paras = parse(spec)
        for kind in m.get("cases", "clean err").split():
            d = HERE / "cases" / f"{kind}-{spec.stem}"
            d.mkdir(parents=True, exist_ok=True)
            (d / "source.html").write_text(page(m, paras), encoding="utf-8")
        print(spec.stem, m["lang"], sum(len(p) for p in paras))
