#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (news-like page around an <article>)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
UI = {
    "en": ("Home", "World", "Business", "Shipping", "Markets", "Opinion",
           "We use cookies to personalise content and ads and to analyse our traffic.",
           "Accept all", "Reject non-essential", "Related", "About us", "Contact", "Privacy", "All rights reserved."),
    "fr": ("Accueil", "International", "Économie", "Mer", "Marchés", "Débats",
           "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience.",
           "Tout accepter", "Tout refuser", "À lire aussi", "Qui sommes-nous", "Contact", "Confidentialité", "Tous droits réservés."),
    "de": ("Startseite", "Ausland", "Wirtschaft", "Schifffahrt", "Börse", "Meinung",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
           "Alle akzeptieren", "Ablehnen", "Mehr zum Thema", "Impressum", "Kontakt", "Datenschutz", "Alle Rechte vorbehalten."),
    "es": ("Portada", "Internacional", "Economía", "Puertos", "Mercados", "Opinión",
           "Utilizamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico.",
           "Aceptar", "Rechazar", "Relacionadas", "Quiénes somos", "Contacto", "Privacidad", "Todos los derechos reservados."),
    "ja": ("トップ", "国際", "経済", "海運", "マーケット", "オピニオン",
           "当サイトでは利便性向上とアクセス解析のためにクッキーを使用しています。",
           "同意する", "拒否する", "関連記事", "会社概要", "お問い合わせ", "プライバシー", "無断転載を禁じます。"),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras

def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    ui = UI[meta["lang"]]
    url = meta["site"] + meta["path"]
    sep = " | " if meta["lang"] != "ja" else "：" 
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": url}
    related = "\n".join(f'        <li><a href="{meta["site"]}/r/{i}">{e(t)}</a></li>'
                        for i, t in enumerate(meta.get("related", "").split(" || ")) if t)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="{meta['site']}/">{e(meta['outlet'])}</a>
    <nav><ul>
      <li><a href="/">{ui[0]}</a></li><li><a href="/world/">{ui[1]}</a></li><li><a href="/economy/">{ui[2]}</a></li>
      <li><a href="/shipping/">{ui[3]}</a></li><li><a href="/markets/">{ui[4]}</a></li><li><a href="/opinion/">{ui[5]}</a></li>
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(meta['title'])}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['display'])}</time></p>
{body}
    </article>
    <aside class="related">
      <h3>{ui[9]}</h3>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(ui[6])}</p><button>{ui[7]}</button> <button>{ui[8]}</button></div>
  <footer><ul><li><a href="/about/">{ui[10]}</a></li><li><a href="/contact/">{ui[11]}</a></li><li><a href="/privacy/">{ui[12]}</a></li></ul>
    <p>&copy; {meta['published'][:4]} {e(meta['outlet'])}. {ui[13]}</p></footer>
</body>
</html>
"""

def main():
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for n in names:
        meta, paras = parse(HERE / "specs" / f"{n}.txt")
        out = HERE / "cases" / n
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")

if __name__ == "__main__":
    main()
