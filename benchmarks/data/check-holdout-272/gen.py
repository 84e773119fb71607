#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are written by hand in cases/)."""
import html, json, pathlib
HERE = pathlib.Path(__file__).resolve().parent
COOKIE = {"en": "We use cookies to improve your experience. Accept all / Manage choices",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter / Paramétrer",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren / Einstellungen",
          "es": "Utilizamos cookies para mejorar su experiencia. Aceptar todas / Configurar",
          "ja": "当サイトはクッキーを使用しています。同意する / 設定"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}

def parse(p):
    head, body = p.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [x.strip().replace("\n", " ") if meta["lang"] != "ja" else x.strip().replace("\n", "") for x in body.strip().split("\n\n")]
    return meta, paras

def page(m, paras):
    e = html.escape
    sep = m.get("sep", " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": m["url"]}
    desc = e(paras[0][:150])
    body = "\n".join(f"      <p>{e(x)}</p>" for x in paras)
    host = m["url"].split("/")[2]
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])}{sep}{e(m['outlet'])}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{e(m['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:url" content="{e(m['url'])}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog">{COOKIE[m['lang']]}</div>
  <header><a class="logo" href="https://{host}/">{e(m['outlet'])}</a>
    <nav><ul><li><a href="https://{host}/news">News</a></li><li><a href="https://{host}/business">Business</a></li><li><a href="https://{host}/{e(m['section'].lower())}">{e(m['section'])}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(m['title'])}</h1>
      <p class="byline">{e(m['author'])} · <time datetime="{m['published']}">{m['published'][:10]}</time></p>
{body}
    </article>
    <aside class="related"><h2>{RELATED[m['lang']]}</h2><ul>
      <li><a href="https://{host}/archive/1">{e(m.get('rel1', 'More from ' + m['section']))}</a></li>
      <li><a href="https://{host}/archive/2">{e(m.get('rel2', 'Newsletter'))}</a></li></ul></aside>
  </main>
  <footer><p>&copy; 2026 {e(m['outlet'])}. All rights reserved.</p><a href="https://{host}/privacy">Privacy</a> <a href="https://{host}/contact">Contact</a></footer>
</body>
</html>
"""

def main():
    for p in sorted((HERE / "specs").glob("*.txt")):
        m, paras = parse(p)
        d = HERE / "cases" / p.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(m, paras), encoding="utf-8")

if __name__ == "__main__":
    main()
