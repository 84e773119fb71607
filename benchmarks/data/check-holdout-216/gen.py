#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.
Spec: 'key: value' header lines (lang, outlet, domain, url, title, published,
section, author, timestr), a blank line, then paragraphs separated by blank lines."""
import html, json, pathlib, sys
HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Media", "Business", "Culture", "Opinion"],
       "fr": ["Monde", "Médias", "Économie", "Culture", "Opinions"],
       "de": ["Welt", "Medien", "Wirtschaft", "Kultur", "Meinung"],
       "es": ["Mundo", "Medios", "Economía", "Cultura", "Opinión"],
       "ja": ["国際", "メディア", "経済", "文化", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and analyse our traffic.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
          "es": "Utilizamos cookies para personalizar el contenido y analizar el tráfico.",
          "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionados", "ja": "関連記事"}

def parse(p):
    head, body = p.read_text(encoding="utf-8").split("\n\n", 1)
    meta = dict(l.split(": ", 1) for l in head.splitlines())
    paras = [" ".join(x.split("\n")).strip() for x in body.strip().split("\n\n")]
    return meta, paras

def render(m, paras):
    e = html.escape
    lang = m["lang"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": m["url"]}
    nav = "\n".join(f'      <li><a href="/{x.lower()}/">{e(x)}</a></li>' for x in NAV[lang])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(m['title'])} - {e(m['outlet'])}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{e(m['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:url" content="{e(m['url'])}">
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
      <div class="byline"><span class="author">{e(m['author'])}</span> <time datetime="{m['published']}">{e(m['timestr'])}</time></div>
{body}
    </article>
    <aside class="related"><h3>{RELATED[lang]}</h3><ul>
      <li><a href="/more/1">{e(m['section'])}: newsletter</a></li><li><a href="/more/2">{e(m['section'])}: podcast</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{COOKIE[lang]}</p><button>OK</button></div>
  <footer><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li></ul>
    <p>&copy; {m['published'][:4]} {e(m['outlet'])}</p></footer>
</body>
</html>
"""

for p in sorted((HERE / "specs").glob("*.txt")):
    if len(sys.argv) > 1 and p.stem not in sys.argv[1:]:
        continue
    m, paras = parse(p)
    d = HERE / "cases" / p.stem
    d.mkdir(parents=True, exist_ok=True)
    (d / "source.html").write_text(render(m, paras), encoding="utf-8")
    print(p.stem, len(" ".join(paras).split()), "words")
