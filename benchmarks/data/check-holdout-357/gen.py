#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

A spec is a header of "key: value" lines, a line "---", then paragraphs
separated by blank lines. digest.txt and expected.json are written by hand
in cases/<name>/ and are not generated.
"""
import html, json, pathlib, datetime

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["Film", "Theatre", "Festivals", "Business", "Opinion"],
       "fr": ["Cinéma", "Théâtre", "Festivals", "Économie", "Opinions"],
       "de": ["Kino", "Bühne", "Festivals", "Wirtschaft", "Meinung"],
       "es": ["Cine", "Teatro", "Festivales", "Economía", "Opinión"],
       "ja": ["映画", "演劇", "映画祭", "経済", "オピニオン"]}
COOKIE = {"en": "We use cookies to improve your experience. Accept all?",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter ?",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren?",
          "es": "Usamos cookies para mejorar su experiencia. ¿Aceptar todas?",
          "ja": "当サイトはクッキーを使用しています。同意しますか？"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema",
           "es": "Relacionadas", "ja": "関連記事"}
RIGHTS = {"en": "All rights reserved.", "fr": "Tous droits réservés.",
          "de": "Alle Rechte vorbehalten.", "es": "Todos los derechos reservados.",
          "ja": "無断転載を禁じます。"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras, variant):
    e = html.escape
    lang, outlet, title, url = meta["lang"], meta["outlet"], meta["title"], meta["url"]
    pub = meta["published"]
    sep = " | " if variant % 2 else " - "
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'      <li><a href="{e(h)}">{e(t)}</a></li>'
                    for t, h in (x.split(" => ") for x in meta.get("related", "").split(" ;; ") if x))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="{'story' if variant % 3 else 'article-page'}">
  <div id="cookie-consent" class="banner">{e(COOKIE[lang])} <button>OK</button></div>
  <header class="masthead">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta.get('section', ''))}</span>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{pub}">{e(meta['dateline'])}</time></p>
{body}
    </article>
    <aside class="related"><h2>{e(RELATED[lang])}</h2><ul>
{rel}
    </ul></aside>
  </main>
  <footer><p>&copy; {pub[:4]} {e(outlet)}. {e(RIGHTS[lang])}</p>
    <a href="/privacy/">Privacy</a> <a href="/contact/">Contact</a></footer>
</body>
</html>
"""


def main():
    for i, spec in enumerate(sorted((HERE / "specs").glob("*.txt"))):
        meta, paras = parse(spec)
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras, i), encoding="utf-8")
    print("rendered", i + 1)


if __name__ == "__main__":
    main()
