"""Generate cases/<name>/source.html from specs/<name>.txt.

Spec format: 'key: value' header lines (name, lang, outlet, domain, path, title,
author, section, published, timelabel), a blank line, then body paragraphs
separated by blank lines.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Markets", "Economy", "Opinion"],
       "fr": ["International", "Économie", "Marchés", "Entreprises", "Opinions"],
       "de": ["Politik", "Wirtschaft", "Märkte", "Unternehmen", "Meinung"],
       "es": ["Internacional", "Economía", "Mercados", "Empresas", "Opinión"],
       "ja": ["国際", "経済", "マーケット", "企業", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and analyse our traffic. You can change your choices at any time.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und unseren Datenverkehr zu analysieren.",
          "es": "Utilizamos cookies para personalizar el contenido y analizar nuestro tráfico.",
          "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。"}


def parse(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    meta = dict(line.split(": ", 1) for line in head.splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    url = f"https://{meta['domain']}{meta['path']}"
    lang = meta["lang"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": meta["title"], "datePublished": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": url}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(meta['title'])} | {e(meta['outlet'])}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timelabel'])}</time></div>
{body}
    </article>
    <aside class="related"><h3>More</h3><ul><li><a href="/newsletter/">Newsletter</a></li></ul></aside>
  </main>
  <div id="cookie-banner" class="consent"><p>{e(COOKIE[lang])}</p><button>OK</button></div>
  <footer><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li></ul>
  <p>&copy; {meta['published'][:4]} {e(meta['outlet'])}</p></footer>
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
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print(spec.stem, sum(len(p) for p in paras))


if __name__ == "__main__":
    main(sys.argv[1:])
