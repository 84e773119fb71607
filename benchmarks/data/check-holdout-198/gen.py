#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (news-like page around an <article>)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": ("Home", "World", "Business", "Food", "Opinion", "We use cookies to improve your experience.", "Accept", "Related stories", "All rights reserved."),
    "fr": ("Accueil", "Monde", "Économie", "Consommation", "Opinions", "Nous utilisons des cookies pour améliorer votre expérience.", "Accepter", "À lire aussi", "Tous droits réservés."),
    "de": ("Startseite", "Welt", "Wirtschaft", "Verbraucher", "Meinung", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Akzeptieren", "Mehr zum Thema", "Alle Rechte vorbehalten."),
    "es": ("Inicio", "Mundo", "Economía", "Consumo", "Opinión", "Usamos cookies para mejorar su experiencia.", "Aceptar", "Relacionadas", "Todos los derechos reservados."),
    "ja": ("トップ", "国際", "経済", "くらし", "オピニオン", "当サイトはクッキーを使用しています。", "同意する", "関連記事", "無断転載を禁じます。"),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras

def render(meta, paras):
    e = html.escape
    lang = meta["lang"]; ui = UI[lang]
    pub = meta["published"] + meta["offset"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"]}
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related, 1))
    desc = e(paras[0][:150])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner">{ui[5]} <button>{ui[6]}</button></div>
  <header class="site-header">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul>
      <li><a href="/">{ui[0]}</a></li><li><a href="/world/">{ui[1]}</a></li>
      <li><a href="/business/">{ui[2]}</a></li><li><a href="/food/">{ui[3]}</a></li>
      <li><a href="/opinion/">{ui[4]}</a></li>
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{pub}">{e(meta['dateline'])}</time></div>
{body}
    </article>
    <aside class="related"><h2>{ui[7]}</h2><ul>
{rel}
    </ul></aside>
  </main>
  <footer><p>© 2026 {e(meta['outlet'])}. {ui[8]}</p></footer>
</body>
</html>
"""

def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for s in specs:
        if names and s.stem not in names:
            continue
        meta, paras = parse(s)
        out = HERE / "cases" / s.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{s.stem}: {words} {'words' if meta['lang'] != 'ja' else 'chars'}")

if __name__ == "__main__":
    main(sys.argv[1:])
