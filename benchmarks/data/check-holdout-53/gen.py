"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: 'key: value' header lines, a blank line, then body paragraphs
separated by blank lines. Keys: lang, outlet, domain, path, title, published
(ISO with the outlet's UTC offset), shown (human date line), author, section.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Science", "Sport", "Local", "Opinion"],
       "fr": ["Monde", "Économie", "Sciences", "Sport", "Régions", "Opinions"],
       "de": ["Welt", "Wirtschaft", "Wissen", "Sport", "Region", "Meinung"],
       "es": ["Mundo", "Economía", "Ciencia", "Deportes", "Local", "Opinión"],
       "ja": ["国際", "経済", "科学", "スポーツ", "地域", "オピニオン"]}
COOKIE = {"en": ("We use cookies to personalise content and ads and to analyse our traffic.", "Accept all", "Reject"),
          "fr": ("Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Refuser"),
          "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen"),
          "es": ("Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar"),
          "ja": ("当サイトはサービス向上のためにクッキーを使用しています。", "同意する", "拒否する")}

def parse(text):
    head, _, body = text.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    return meta, paras

def build(meta, paras):
    e = html.escape
    url = f"https://{meta['domain']}{meta['path']}"
    lang = meta["lang"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    c = COOKIE[lang]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(meta['title'])} | {e(meta['outlet'])}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead"><a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta['shown'])}</time></p>
{body}
    </article>
    <aside class="related"><h3>More</h3><ul><li><a href="/newsletter/">Newsletter</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(c[0])}</p><button>{e(c[1])}</button> <button>{e(c[2])}</button></div>
  <footer><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li></ul>
    <p>&copy; {meta['published'][:4]} {e(meta['outlet'])}</p></footer>
</body>
</html>
"""

def main(names):
    for spec in sorted((HERE / "specs").glob("*.txt")):
        if names and spec.stem not in names:
            continue
        meta, paras = parse(spec.read_text(encoding="utf-8"))
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print(spec.stem, sum(len(p) for p in paras))

if __name__ == "__main__":
    main(sys.argv[1:])
