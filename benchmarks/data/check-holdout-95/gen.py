"""Build cases/<name>/source.html from specs/<name>.txt (header lines, '---', paragraphs)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Markets", "Sport", "Science", "Opinion"],
       "fr": ["Monde", "Économie", "Marchés", "Sport", "Sciences", "Opinions"],
       "de": ["Welt", "Wirtschaft", "Märkte", "Sport", "Wissen", "Meinung"],
       "es": ["Mundo", "Economía", "Mercados", "Deportes", "Ciencia", "Opinión"],
       "ja": ["国際", "経済", "市場", "スポーツ", "科学", "オピニオン"]}
COOKIE = {"en": "We use cookies to improve your experience. Accept all or manage preferences.",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter ou paramétrer.",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren oder Einstellungen.",
          "es": "Usamos cookies para mejorar su experiencia. Aceptar todas o configurar.",
          "ja": "当サイトはクッキーを使用しています。すべて許可するか、設定を変更してください。"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(line.split(": ", 1) for line in head.strip().splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    e = html.escape
    lang, outlet = meta["lang"], meta["outlet"]
    url = f"https://{meta['domain']}{meta['path']}"
    desc = paras[0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": meta["title"], "datePublished": meta["published"],
                     "author": {"@type": "Person", "name": meta["author"]},
                     "publisher": {"@type": "Organization", "name": outlet},
                     "mainEntityOfPage": url}, ensure_ascii=False)
    nav = "\n".join(f'        <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[lang])
    body = "\n".join(f"        <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} | {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <div id="cookie-banner" class="consent"><p>{e(COOKIE[lang])}</p><button>OK</button></div>
  <header class="site-header">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{meta['published']}</time></div>
      <div class="article-body">
{body}
      </div>
    </article>
    <aside class="related"><h2>{e(NAV[lang][1])}</h2><ul><li><a href="/more/">…</a></li></ul></aside>
  </main>
  <footer class="site-footer"><p>© {meta['published'][:4]} {e(outlet)}. {e(FOOT[lang])}</p></footer>
</body>
</html>
"""


def main(names):
    for spec in sorted((HERE / "specs").glob("*.txt")):
        if names and spec.stem not in names:
            continue
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print(spec.stem, sum(len(p) for p in paras))


if __name__ == "__main__":
    main(sys.argv[1:])
