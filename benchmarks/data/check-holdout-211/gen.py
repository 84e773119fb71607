#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (header lines 'key: value', then '---', then paragraphs)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Economy", "Work", "Opinion"], "fr": ["International", "Économie", "Emploi", "Société", "Débats"],
       "de": ["Politik", "Wirtschaft", "Arbeit", "Regional", "Meinung"], "es": ["Internacional", "Economía", "Empleo", "Sociedad", "Opinión"],
       "ja": ["国際", "経済", "雇用", "社会", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and ads and to analyse our traffic.", "fr": "Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "es": "Utilizamos cookies para personalizar el contenido y analizar nuestro tráfico.",
          "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionados", "ja": "関連記事"}

def build(spec):
    head, body = spec.read_text(encoding="utf-8").split("\n---\n", 1)
    m = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    e = html.escape
    url = "https://" + m["domain"] + m["path"]
    lang = m["lang"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"], "datePublished": m["published"],
          "author": {"@type": "Person", "name": m["author"]}, "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": url}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(t)}</a></li>' for i, t in enumerate(m.get("related", "").split(" | ")) if t)
    desc = e(paras[0][:150])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])} - {e(m['outlet'])}</title>
  <meta name="description" content="{desc}">
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
  <header class="masthead"><a class="brand" href="/">{e(m['outlet'])}</a>
    <ul class="menu">
{nav}
    </ul>
  </header>
  <main>
    <article>
      <span class="kicker">{e(m['section'])}</span>
      <h1>{e(m['title'])}</h1>
      <div class="byline"><span class="author">{e(m['author'])}</span> <time datetime="{m['published']}">{e(m['display'])}</time></div>
{ps}
    </article>
    <aside class="related"><h3>{RELATED[lang]}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog"><p>{COOKIE[lang]}</p><button>OK</button></div>
  <footer class="site-footer"><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li></ul>
    <p>&copy; {m['published'][:4]} {e(m['outlet'])}</p></footer>
</body>
</html>
"""

if __name__ == "__main__":
    for spec in sorted((HERE / "specs").glob("*.txt")):
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(spec), encoding="utf-8")
        print("wrote", out / "source.html")
