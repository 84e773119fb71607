#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt (header lines, '---', paragraphs)."""
import html, json, pathlib, re, sys

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Cities", "Work", "Culture", "Opinion"],
       "fr": ["Monde", "Économie", "Villes", "Travail", "Culture", "Idées"],
       "de": ["Welt", "Wirtschaft", "Städte", "Arbeit", "Kultur", "Meinung"],
       "es": ["Mundo", "Economía", "Ciudades", "Trabajo", "Cultura", "Opinión"],
       "ja": ["国際", "経済", "都市", "労働", "文化", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
          "es": "Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar su elección en cualquier momento.",
          "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [re.sub(r"\s*\n\s*", " ", p.strip()) for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    url = "https://" + meta["domain"] + meta["path"]
    lang = meta["lang"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} | {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <p class="kicker">{e(meta['section'])}</p>
      <h1>{e(meta['title'])}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timelabel'])}</time></p>
{ps}
    </article>
    <aside class="related"><h3>Related</h3><ul><li><a href="/newsletter/">Newsletter</a></li><li><a href="/podcast/">Podcast</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog" aria-label="Cookies">
    <p>{e(COOKIE[lang])}</p>
    <button class="accept">OK</button> <a href="/privacy/">Privacy</a>
  </div>
  <footer>
    <ul><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li><li><a href="/terms/">Terms</a></li></ul>
    <p>&copy; {meta['published'][:4]} {e(meta['outlet'])}</p>
  </footer>
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
        print(spec.stem, sum(len(p) for p in paras), "body chars")


if __name__ == "__main__":
    main(sys.argv[1:])
