#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (header lines 'key: value', '---', paragraphs)."""
import html, json, pathlib, sys
HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Health", "Science", "Opinion"],
       "fr": ["International", "Économie", "Santé", "Sciences", "Débats"],
       "de": ["Politik", "Wirtschaft", "Gesundheit", "Wissen", "Meinung"],
       "es": ["Internacional", "Economía", "Salud", "Ciencia", "Opinión"],
       "ja": ["国際", "経済", "医療", "科学", "オピニオン"]}
COOKIE = {"en": ("We use cookies to personalise content and to analyse our traffic.", "Accept all", "Reject"),
          "fr": ("Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Refuser"),
          "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen"),
          "es": ("Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar"),
          "ja": ("当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。", "すべて許可", "拒否")}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras

def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang, outlet, title = meta["lang"], meta["outlet"], meta["title"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": meta["url"]}
    desc = paras[0][:150]
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(t)}</a></li>' for i, t in enumerate(meta.get("related", "").split(" | ")) if t)
    c = COOKIE[lang]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(meta.get('titlesep', ' - '))}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="site-header">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(title)}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{e(meta['published'])}">{e(meta['timedisplay'])}</time></div>
{body}
    </article>
    <aside class="related">
      <h3>{e(RELATED[lang])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(c[0])}</p><button>{e(c[1])}</button> <button>{e(c[2])}</button></div>
  <footer class="site-footer"><p>&copy; {meta['published'][:4]} {e(outlet)}</p> <a href="/impressum/">Legal</a> <a href="/privacy/">Privacy</a></footer>
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
        print(spec.stem, len(" ".join(paras).split()), "words")

if __name__ == "__main__":
    main(sys.argv[1:])
