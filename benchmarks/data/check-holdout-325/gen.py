#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are written by hand)."""
import html, json, pathlib, datetime

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["World", "Economy", "Money", "Politics", "Opinion"],
       "fr": ["International", "Économie", "Social", "Politique", "Idées"],
       "de": ["Politik", "Wirtschaft", "Finanzen", "Gesellschaft", "Meinung"],
       "es": ["Internacional", "Economía", "Sociedad", "Política", "Opinión"],
       "ja": ["国内", "経済", "暮らし", "政治", "社説"]}
COOKIE = {"en": "We use cookies to improve your experience. <button>Accept all</button>",
          "fr": "Nous utilisons des cookies pour mesurer l'audience. <button>Tout accepter</button>",
          "de": "Wir verwenden Cookies, um unser Angebot zu verbessern. <button>Alle akzeptieren</button>",
          "es": "Utilizamos cookies propias y de terceros. <button>Aceptar</button>",
          "ja": "当サイトはクッキーを使用しています。<button>同意する</button>"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionados", "ja": "関連記事"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n")]
    return meta, paras


def page(meta, paras):
    e = html.escape
    lang, title, outlet = meta["lang"], meta["title"], meta["outlet"]
    sep = meta.get("sep", " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="/{e(n.lower())}/">{e(n)}</a></li>' for n in NAV[lang])
    rel = "\n".join(f'      <li><a href="{e(u)}">{e(t)}</a></li>' for t, u in
                    (x.split(" | ") for x in meta["related"].split(" ;; ")))
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent">{COOKIE[lang]}</div>
  <header class="site-header"><a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <p class="kicker">{e(meta['section'])}</p>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['shown'])}</time></p>
{ps}
    </article>
    <aside class="related"><h2>{RELATED[lang]}</h2><ul>
{rel}
    </ul></aside>
  </main>
  <footer><p>&copy; {meta['published'][:4]} {e(outlet)}</p><a href="/privacy/">Privacy</a> <a href="/contact/">Contact</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")


if __name__ == "__main__":
    main()
