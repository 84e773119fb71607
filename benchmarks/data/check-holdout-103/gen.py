"""Generate cases/<name>/source.html from specs/<name>.txt.

Spec format: 'key: value' header lines (name, lang, outlet, domain, path,
title, author, section, published (ISO with offset), display), a blank line,
then one paragraph per line of body text.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
COOKIE = {"en": "We use cookies to improve your experience. Accept all / Manage settings",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter / Paramétrer",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren / Einstellungen",
          "es": "Usamos cookies para mejorar su experiencia. Aceptar todo / Configurar",
          "ja": "当サイトはサービス向上のためクッキーを使用しています。同意する / 設定"}
NAV = {"en": ["World", "Business", "Science", "Sport", "Opinion"],
       "fr": ["Monde", "Économie", "Sciences", "Sport", "Opinions"],
       "de": ["Welt", "Wirtschaft", "Wissen", "Sport", "Meinung"],
       "es": ["Mundo", "Economía", "Ciencia", "Deportes", "Opinión"],
       "ja": ["国際", "経済", "科学", "スポーツ", "オピニオン"]}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n\n", 1)
    meta = dict(l.split(": ", 1) for l in head.splitlines())
    paras = [p.strip() for p in body.splitlines() if p.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    url = f"https://{meta['domain']}{meta['path']}"
    lang = meta["lang"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[lang])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} | {e(meta['outlet'])}</title>
  <meta name="description" content="{e(paras[0][:160])}">
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
  <div id="cookie-banner" class="consent">{e(COOKIE[lang])}</div>
  <header class="site-header">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(meta['title'])}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['display'])}</time></div>
{body}
    </article>
    <aside class="related"><h2>More</h2><ul><li><a href="/latest/">Latest</a></li></ul></aside>
  </main>
  <footer class="site-footer">&copy; {e(meta['outlet'])} &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/terms/">Terms</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print(spec.stem, sum(len(p) for p in paras))


if __name__ == "__main__":
    main()
