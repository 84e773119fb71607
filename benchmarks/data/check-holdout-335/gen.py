"""Build cases/<name>/source.html from specs/<name>.txt.

A spec is a header of `key: value` lines, a line `---`, then paragraphs
separated by blank lines. digest.txt and expected.json are written by hand
and kept in cases/<name>/ directly.
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Freight", "Rail", "Logistics", "Opinion"],
       "fr": ["Monde", "Économie", "Fret", "Rail", "Logistique", "Opinions"],
       "de": ["Politik", "Wirtschaft", "Schiene", "Straße", "Logistik", "Meinung"],
       "es": ["Mundo", "Economía", "Ferrocarril", "Transporte", "Logística", "Opinión"],
       "ja": ["国内", "経済", "物流", "鉄道", "運輸", "社説"]}
COOKIE = {"en": "We use cookies to improve your experience. Accept all?",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter ?",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren?",
          "es": "Utilizamos cookies para mejorar su experiencia. ¿Aceptar todas?",
          "ja": "当サイトではクッキーを使用しています。同意しますか?"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def page(meta, paras):
    e = html.escape
    lang = meta["lang"]
    sep = meta.get("sep", " - ")
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"]}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="{e(u)}">{e(t)}</a></li>' for t, u in
                    (x.split(" | ") for x in meta.get("related", "").split(" || ") if x))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent">{e(COOKIE[lang])} <button>OK</button></div>
  <header class="site-header">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['published'][:10])}</time></div>
{body}
    </article>
    <aside class="related"><h2>{e(RELATED[lang])}</h2><ul>
{rel}
    </ul></aside>
  </main>
  <footer><p>&copy; 2026 {e(meta['outlet'])}. {e(meta.get('footer', ''))}</p></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")


if __name__ == "__main__":
    main()
