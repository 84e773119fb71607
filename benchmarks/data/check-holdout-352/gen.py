#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

A spec is a header of `key: value` lines, a blank line, then paragraphs
separated by blank lines. digest.txt and expected.json are written by hand
in cases/<name>/."""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent

NAV = {"en": ("Home", "World", "Markets", "Shipping", "Opinion"),
       "fr": ("Accueil", "International", "Économie", "Maritime", "Débats"),
       "de": ("Startseite", "Politik", "Wirtschaft", "Schifffahrt", "Meinung"),
       "es": ("Portada", "Internacional", "Economía", "Puertos", "Opinión"),
       "ja": ("トップ", "国際", "経済", "物流", "社説")}
COOKIE = {"en": "We use cookies to improve your experience. Accept all?",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter ?",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren?",
          "es": "Usamos cookies para mejorar su experiencia. ¿Aceptar todas?",
          "ja": "当サイトはクッキーを使用しています。同意しますか?"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionados", "ja": "関連記事"}


def parse(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n\n", 1)
    meta = dict(line.split(": ", 1) for line in head.splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def page(meta, paras):
    e = html.escape
    lang, outlet, title, url = meta["lang"], meta["outlet"], meta["title"], meta["url"]
    sep = meta.get("sep", " - ")
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "".join(f'<li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "".join(f'<li><a href="{e(u)}">{e(t)}</a></li>'
                  for t, u in (x.split(" | ") for x in meta["related"].split(" || ")))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent"><p>{e(COOKIE[lang])}</p><button>OK</button></div>
  <header class="masthead"><a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>{nav}</ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta['dateline'])}</time></p>
{body}
    </article>
    <aside class="related"><h2>{e(RELATED[lang])}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>© {meta['published'][:4]} {e(outlet)}</p><a href="/privacy">Privacy</a> <a href="/imprint">Imprint</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")
        fj = HERE / "specs" / (spec.stem + ".tsv")
        if fj.exists() or spec.stem.startswith("clean-"):
            rows = [l.split("\t") for l in fj.read_text(encoding="utf-8").splitlines() if l.strip()] if fj.exists() else []
            exp = {"clean": not rows,
                   "findings": [{"kind": k, "severity": s, "span": sp} for k, s, sp in rows]}
            (out / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
