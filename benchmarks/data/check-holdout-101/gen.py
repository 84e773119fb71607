"""Build cases/<name>/source.html from specs/<name>.txt.

Spec layout: 'key: value' header lines (lang, outlet, domain, path, title,
published, section, author, display_time), a line '---', then one body
paragraph per non-empty line.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent

def parse(p):
    head, body = p.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [l.strip() for l in body.splitlines() if l.strip()]
    return meta, paras

COOKIE = {
    "en": ("We use cookies to personalise content and analyse our traffic. You can change your choices at any time.", "Accept all", "Reject"),
    "fr": ("Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic.", "Tout accepter", "Refuser"),
    "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen"),
    "es": ("Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar"),
    "ja": ("当サイトはサービス向上のためにクッキーを使用しています。", "同意する", "拒否する"),
}

def build(meta, paras):
    e = html.escape
    url = f"https://{meta['domain']}{meta['path']}"
    lang = meta["lang"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": meta["title"], "datePublished": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": url}
    ck = COOKIE[lang]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
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
  <header class="masthead"><a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul><li><a href="/news/">News</a></li><li><a href="/property/">Property</a></li><li><a href="/business/">Business</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['display_time'])}</time></div>
{body}
    </article>
    <aside class="related"><h3>Related</h3><ul><li><a href="/newsletter/">Newsletter</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(ck[0])}</p><button>{e(ck[1])}</button> <button>{e(ck[2])}</button></div>
  <footer><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li></ul><p>&copy; {meta['published'][:4]} {e(meta['outlet'])}</p></footer>
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
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")

if __name__ == "__main__":
    main(sys.argv[1:])
