"""Render specs/<case>.txt into cases/<case>/source.html.

Spec format: 'key: value' header lines (lang, outlet, domain, title, url,
published, author, section), a blank line, then body paragraphs separated by
blank lines. Everything is fictional; domains use the reserved .example TLD.
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Politics", "Business", "Opinion", "Sport"],
       "fr": ["Monde", "Politique", "Économie", "Opinions", "Sport"],
       "de": ["Welt", "Politik", "Wirtschaft", "Meinung", "Sport"],
       "es": ["Mundo", "Política", "Economía", "Opinión", "Deportes"],
       "ja": ["国際", "政治", "経済", "社説", "スポーツ"]}
COOKIE = {"en": "We use cookies to improve your experience. Accept all?",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience.",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.",
          "es": "Utilizamos cookies para mejorar su experiencia.",
          "ja": "当サイトではクッキーを使用しています。同意しますか。"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n\n", 1)
    meta = dict(l.split(": ", 1) for l in head.splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": meta["title"], "datePublished": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"]}
    nav = "\n".join(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[lang])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
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
  <div class="cookie-banner">{e(COOKIE[lang])} <button>OK</button></div>
  <header class="site-header">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <div class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></div>
{body}
    </article>
    <aside class="sidebar"><h2>Most read</h2><ul><li><a href="/latest/">Latest</a></li></ul></aside>
  </main>
  <footer>&copy; 2024 {e(meta['outlet'])} · <a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")


if __name__ == "__main__":
    main()
