"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: header lines `key: value` (title, outlet, domain, path, published,
author, section, lang, timestr), a blank line, then body paragraphs separated by
blank lines."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
COOKIE = {
    "en": ("We use cookies to personalise content and to analyse our traffic.", "Accept all", "Reject"),
    "fr": ("Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic.", "Tout accepter", "Refuser"),
    "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen"),
    "es": ("Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar"),
    "it": ("Utilizziamo cookie per personalizzare i contenuti e analizzare il traffico.", "Accetta tutto", "Rifiuta"),
    "ja": ("当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。", "すべて許可", "拒否"),
}


def parse(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n\n", 1)
    meta = dict(l.split(": ", 1) for l in head.splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    e = html.escape
    url = f"https://{meta['domain']}{meta['path']}"
    t, o = meta["title"], meta["outlet"]
    desc = paras[0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
                     "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
                     "publisher": {"@type": "Organization", "name": o}, "mainEntityOfPage": url}, ensure_ascii=False)
    c = COOKIE[meta["lang"]]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(t)} - {e(o)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(o)}">
  <meta property="og:title" content="{e(t)}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <nav class="site-nav"><a class="brand" href="/">{e(o)}</a>
    <ul><li><a href="/news/">News</a></li><li><a href="/economy/">Economy</a></li><li><a href="/markets/">Markets</a></li><li><a href="/opinion/">Opinion</a></li></ul>
  </nav>
  <div id="cookie-banner" role="dialog"><p>{e(c[0])}</p><button>{e(c[1])}</button> <button>{e(c[2])}</button></div>
  <main>
    <article>
      <h1>{e(t)}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timestr'])}</time></div>
{body}
    </article>
  </main>
  <footer><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li></ul><p>&copy; {meta['published'][:4]} {e(o)}</p></footer>
</body>
</html>
"""


def main():
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for n in names:
        meta, paras = parse(HERE / "specs" / f"{n}.txt")
        d = HERE / "cases" / n
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(meta, paras), encoding="utf-8")


if __name__ == "__main__":
    main()
