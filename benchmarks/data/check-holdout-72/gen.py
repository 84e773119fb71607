"""Render specs/<case>.txt into cases/<case>/source.html.

Spec: 'key: value' header lines (lang, outlet, domain, path, published, author,
section, title, dek), a blank line, then body paragraphs separated by blank lines.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Science", "Sport", "Culture", "Opinion"],
       "fr": ["Monde", "Économie", "Sciences", "Sport", "Culture", "Idées"],
       "de": ["Welt", "Wirtschaft", "Wissen", "Sport", "Kultur", "Meinung"],
       "es": ["Mundo", "Economía", "Ciencia", "Deportes", "Cultura", "Opinión"],
       "ja": ["国際", "経済", "科学", "スポーツ", "文化", "オピニオン"]}
COOKIE = {"en": "We use cookies to improve your experience. Accept all or manage preferences.",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter ou paramétrer.",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren oder Einstellungen.",
          "es": "Utilizamos cookies para mejorar su experiencia. Aceptar todas o configurar.",
          "ja": "当サイトではクッキーを使用しています。すべて許可するか、設定を変更してください。"}


def parse(p):
    head, _, body = p.read_text(encoding="utf-8").partition("\n\n")
    meta = dict(l.split(": ", 1) for l in head.splitlines())
    paras = [x.strip().replace("\n", " ") for x in body.strip().split("\n\n") if x.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    url = f"https://{meta['domain']}{meta['path']}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url}
    nav = "\n".join(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[meta["lang"]])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
  <meta name="description" content="{e(meta['dek'])}">
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
  <div id="cookie-banner" class="consent"><p>{e(COOKIE[meta['lang']])}</p><button>OK</button></div>
  <header class="site-header">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="dek">{e(meta['dek'])}</p>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
    </article>
    <aside class="related"><h2>Related</h2><ul><li><a href="/latest/">Latest</a></li></ul></aside>
  </main>
  <footer class="site-footer"><p>© {meta['published'][:4]} {e(meta['outlet'])}. All rights reserved.</p><a href="/privacy/">Privacy</a> <a href="/terms/">Terms</a></footer>
</body>
</html>
"""


def main(names):
    for p in sorted((HERE / "specs").glob("*.txt")):
        if names and p.stem not in names:
            continue
        meta, paras = parse(p)
        out = HERE / "cases" / p.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print(p.stem, meta["lang"], sum(len(x) for x in paras))


if __name__ == "__main__":
    main(sys.argv[1:])
