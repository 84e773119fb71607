#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (fictional news pages)."""
import html, json, pathlib, re, sys

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Tech", "AI", "Opinion"],
       "fr": ["International", "Économie", "Tech", "IA", "Opinions"],
       "de": ["Politik", "Wirtschaft", "Digital", "KI", "Meinung"],
       "es": ["Mundo", "Economía", "Tecnología", "IA", "Opinión"],
       "ja": ["国際", "経済", "テック", "AI", "オピニオン"]}
COOKIE = {"en": "We use cookies to improve your experience. Accept all?",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter ?",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren?",
          "es": "Usamos cookies para mejorar su experiencia. ¿Aceptar todas?",
          "ja": "当サイトはクッキーを使用しています。すべて許可しますか?"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionado", "ja": "関連記事"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n")]
    return meta, paras


def build(name):
    m, paras = parse(HERE / "specs" / f"{name}.txt")
    e = html.escape
    pub = m["published"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": pub, "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": m["url"]}
    lang = m["lang"]
    nav = "\n".join(f'        <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[lang])
    rel = "\n".join(f'        <li><a href="/{i}/">{e(t)}</a></li>' for i, t in enumerate(m["related"].split(" | ")))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    out = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])} - {e(m['outlet'])}</title>
  <meta name="description" content="{e(paras[0][:160])}">
  <link rel="canonical" href="{e(m['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:url" content="{e(m['url'])}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent"><p>{e(COOKIE[lang])}</p><button>OK</button></div>
  <header class="site-header">
    <a class="brand" href="/">{e(m['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(m['section'])}</span>
      <h1>{e(m['title'])}</h1>
      <div class="byline"><span class="author">{e(m['author'])}</span> <time datetime="{pub}">{e(m['dateline'])}</time></div>
{body}
    </article>
    <aside class="related"><h2>{RELATED[lang]}</h2><ul>
{rel}
    </ul></aside>
  </main>
  <footer class="site-footer"><p>© {pub[:4]} {e(m['outlet'])}. All rights reserved.</p>
    <ul><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li><li><a href="/contact/">Contact</a></li></ul></footer>
</body>
</html>
"""
    d = HERE / "cases" / name
    d.mkdir(parents=True, exist_ok=True)
    (d / "source.html").write_text(out, encoding="utf-8")
    words = sum(len(p.split()) for p in paras) if lang != "ja" else sum(len(p) for p in paras) // 2
    return words


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        print(n, build(n))
