#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are written by hand in cases/)."""
import html, json, pathlib
HERE = pathlib.Path(__file__).resolve().parent
LANGS = {"en": ("Accept cookies", "We use cookies to improve your experience.", "Related", "Home", "Education", "Family", "All rights reserved."),
         "fr": ("Accepter", "Nous utilisons des cookies pour améliorer votre expérience.", "À lire aussi", "Accueil", "Éducation", "Famille", "Tous droits réservés."),
         "de": ("Akzeptieren", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Mehr zum Thema", "Startseite", "Bildung", "Familie", "Alle Rechte vorbehalten."),
         "es": ("Aceptar", "Usamos cookies para mejorar su experiencia.", "Relacionados", "Portada", "Educación", "Familia", "Todos los derechos reservados."),
         "ja": ("同意する", "当サイトはクッキーを使用しています。", "関連記事", "トップ", "教育", "子育て", "無断転載を禁じます。")}

def parse(p):
    head, body = p.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [x.strip().replace("\n", " ") if meta["lang"] != "ja" else x.strip().replace("\n", "") for x in body.strip().split("\n\n")]
    return meta, paras

def page(meta, paras):
    e = html.escape
    lang = meta["lang"]; L = LANGS[lang]
    sep = meta.get("sep", " - ")
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    base = meta["url"].split("/")[0] + "//" + meta["url"].split("/")[2]
    rel = "\n".join(f'      <li><a href="{base}/{s}">{e(t)}</a></li>' for s, t in
                    (x.split("|", 1) for x in meta["related"].split(" ;; ")))
    body = "\n".join(f"    <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', L[4]))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{e(L[1])}</p><button>{e(L[0])}</button></div>
  <header class="site-header">
    <a class="logo" href="{base}/">{e(meta['outlet'])}</a>
    <nav><ul><li><a href="{base}/">{e(L[3])}</a></li><li><a href="{base}/education">{e(L[4])}</a></li><li><a href="{base}/family">{e(L[5])}</a></li></ul></nav>
  </header>
  <main>
  <article>
    <h1>{e(meta['title'])}</h1>
    <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
  </article>
  <aside class="related">
    <h2>{e(L[2])}</h2>
    <ul>
{rel}
    </ul>
  </aside>
  </main>
  <footer><p>© {meta['published'][:4]} {e(meta['outlet'])}. {e(L[6])}</p></footer>
</body>
</html>
"""

def main():
    for p in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(p)
        d = HERE / "cases" / p.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")

if __name__ == "__main__":
    main()
