#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

A spec is a header of `key: value` lines (`sep`: `|` or `-`, the separator
between headline and outlet in <title>, default `-`), a line `---`, then the article's
paragraphs separated by blank lines. digest.txt and expected.json are written
by hand in cases/<name>/ and are not generated.
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent

NAV = {"en": ["Home", "Health", "Hospitals", "Science", "Business", "Opinion"],
       "fr": ["Accueil", "Santé", "Hôpitaux", "Société", "Économie", "Opinions"],
       "de": ["Startseite", "Gesundheit", "Kliniken", "Wissen", "Wirtschaft", "Meinung"],
       "es": ["Portada", "Salud", "Hospitales", "Sociedad", "Economía", "Opinión"],
       "ja": ["トップ", "医療", "病院", "社会", "経済", "オピニオン"]}
COOKIE = {"en": ("We use cookies to improve your experience and to measure traffic.", "Accept all", "Reject"),
          "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Refuser"),
          "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und Zugriffe zu messen.", "Alle akzeptieren", "Ablehnen"),
          "es": ("Utilizamos cookies para mejorar su experiencia y medir el tráfico.", "Aceptar todo", "Rechazar"),
          "ja": ("当サイトは利便性向上とアクセス解析のためにクッキーを使用しています。", "同意する", "拒否する")}
RELATED = {"en": "Related stories", "fr": "À lire aussi", "de": "Mehr zum Thema",
           "es": "Noticias relacionadas", "ja": "関連記事"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def read_spec(path):
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
    # header values are stripped, so `sep` is "|" or "-"; the title gets it with spaces
    sep = {"|": " | ", "-": " - "}[meta.get("sep", "-")]
    title = meta["title"]
    outlet = meta["outlet"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    rel_html = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(rel))
    c = COOKIE[lang]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta['dateline'])}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(RELATED[lang])}</h2>
      <ul>
{rel_html}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(c[0])}</p><button>{e(c[1])}</button> <button>{e(c[2])}</button></div>
  <footer><p>&copy; {meta['published'][:4]} {e(outlet)}. {e(FOOT[lang])}</p></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = read_spec(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
    print("generated", len(list((HERE / "specs").glob("*.txt"))), "sources")


if __name__ == "__main__":
    main()
