#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are written by hand in cases/)."""
import html, json, pathlib
HERE = pathlib.Path(__file__).parent
UI = {
 "en": ("Home", "Business", "Autos", "We use cookies to improve your experience.", "Accept", "Related", "All rights reserved."),
 "fr": ("Accueil", "Économie", "Automobile", "Nous utilisons des cookies pour améliorer votre expérience.", "Accepter", "À lire aussi", "Tous droits réservés."),
 "de": ("Startseite", "Wirtschaft", "Auto", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Zustimmen", "Mehr zum Thema", "Alle Rechte vorbehalten."),
 "es": ("Portada", "Economía", "Motor", "Usamos cookies para mejorar tu experiencia.", "Aceptar", "Relacionados", "Todos los derechos reservados."),
 "ja": ("トップ", "経済", "自動車", "当サイトはクッキーを使用しています。", "同意する", "関連記事", "無断転載を禁じます。"),
}
def parse(p):
    head, body = p.read_text(encoding="utf-8").split("\n\n", 1)
    meta = dict(l.split(": ", 1) for l in head.splitlines())
    paras = [x.strip().replace("\n", " ") for x in body.strip().split("\n\n")]
    return meta, paras
def page(meta, paras):
    e = html.escape
    lang = meta["lang"]; ui = UI[lang]; sep = meta.get("sep", " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"]}
    desc = paras[0][:150]
    rel = "".join(f'<li><a href="/{lang}/related/{i}">{e(t)}</a></li>' for i, t in enumerate(meta["related"].split(" | ")))
    body = "\n".join(f"    <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner">{ui[3]} <button>{ui[4]}</button></div>
  <nav><a href="/">{ui[0]}</a> <a href="/business">{ui[1]}</a> <a href="/autos">{ui[2]}</a></nav>
  <main>
  <article>
    <h1>{e(meta['title'])}</h1>
    <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
  </article>
  <aside><h2>{ui[5]}</h2><ul>{rel}</ul></aside>
  </main>
  <footer>© {meta['published'][:4]} {e(meta['outlet'])}. {ui[6]}</footer>
</body>
</html>
"""
if __name__ == "__main__":
    for p in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(p)
        d = HERE / "cases" / p.stem; d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
        print("wrote", d / "source.html")
