#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

A spec is a header of "key: value" lines (lang, outlet, url, published,
title, author, section, sep), a line "---", then paragraphs separated by
blank lines. digest.txt and expected.json are written by hand in cases/.
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent

NAV = {"en": ["Home", "Markets", "Banking", "Economy", "Opinion"],
       "fr": ["Accueil", "Marchés", "Banques", "Économie", "Opinions"],
       "de": ["Startseite", "Märkte", "Banken", "Konjunktur", "Meinung"],
       "es": ["Portada", "Mercados", "Banca", "Economía", "Opinión"],
       "ja": ["トップ", "マーケット", "金融", "経済", "オピニオン"]}
COOKIE = {"en": "We use cookies to improve your experience. Accept all?",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter ?",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren?",
          "es": "Usamos cookies para mejorar su experiencia. ¿Aceptar todas?",
          "ja": "当サイトはクッキーを使用しています。同意しますか?"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema",
           "es": "Relacionadas", "ja": "関連記事"}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    sep = meta.get("sep", "-")
    title = meta["title"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": title, "datePublished": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"]}
    base = meta["url"].split("/")[0] + "//" + meta["url"].split("/")[2]
    nav = "".join(f'<li><a href="{base}/{i}">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "".join(f'<li><a href="{base}/archive/{i}">{e(t)}</a></li>'
                  for i, t in enumerate(meta.get("related", "").split("|")) if t)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} {sep} {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', 'Banking'))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog">{e(COOKIE[lang])} <button>OK</button></div>
  <header class="site-header"><a class="logo" href="{base}/">{e(meta['outlet'])}</a>
    <nav><ul>{nav}</ul></nav></header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
    </article>
    <aside class="related"><h2>{RELATED[lang]}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>© 2026 {e(meta['outlet'])}</p></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
    print("generated", len(list((HERE / "specs").glob("*.txt"))), "sources")


if __name__ == "__main__":
    main()
