#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (header lines, '---', paragraphs)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
UI = {
    "en": ("Home", "World", "Crime", "Courts", "Opinion", "Subscribe", "Related", "We use cookies to personalise content and analyse our traffic.", "Accept all", "Reject", "About us", "Contact", "Privacy policy", "All rights reserved."),
    "fr": ("Accueil", "International", "Faits divers", "Justice", "Débats", "S'abonner", "À lire aussi", "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience.", "Tout accepter", "Refuser", "Qui sommes-nous", "Contact", "Confidentialité", "Tous droits réservés."),
    "de": ("Startseite", "Politik", "Panorama", "Justiz", "Meinung", "Abonnieren", "Mehr zum Thema", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen", "Impressum", "Kontakt", "Datenschutz", "Alle Rechte vorbehalten."),
    "es": ("Portada", "Internacional", "Sucesos", "Tribunales", "Opinión", "Suscríbete", "Más información", "Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar", "Quiénes somos", "Contacto", "Privacidad", "Todos los derechos reservados."),
    "ja": ("ホーム", "国際", "社会", "司法", "オピニオン", "購読", "関連記事", "当サイトはコンテンツの最適化とアクセス解析のためにCookieを使用します。", "すべて許可", "拒否", "会社概要", "お問い合わせ", "プライバシーポリシー", "無断転載を禁じます。"),
}

def build(spec: pathlib.Path) -> str:
    head, body = spec.read_text(encoding="utf-8").split("\n---\n", 1)
    m = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    related = [r.strip() for r in m.get("related", "").split("|") if r.strip()]
    ui = UI[m["lang"]]
    e = lambda s: html.escape(s, quote=True)
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": m["url"],
          "inLanguage": m["lang"]}
    out = f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])}{e(m.get('suffix', ' - ' + m['outlet']))}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(m['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(m['url'])}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(m['outlet'])}</a>
    <nav><ul>
      <li><a href="/">{ui[0]}</a></li><li><a href="/world/">{ui[1]}</a></li><li><a href="/crime/">{ui[2]}</a></li>
      <li><a href="/courts/">{ui[3]}</a></li><li><a href="/opinion/">{ui[4]}</a></li>
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{ui[5]}</a>
  </header>
  <main>
    <article>
      <p class="kicker">{e(m['section'])}</p>
      <h1>{e(m['title'])}</h1>
      <p class="byline"><span class="author">{e(m['author'])}</span> <time datetime="{m['published']}">{e(m['display_time'])}</time></p>
      <div class="article-body">
"""
    for p in paras:
        if p.startswith("## "):
            out += f"        <h2>{e(p[3:])}</h2>\n"
        else:
            out += f"        <p>{e(p)}</p>\n"
    out += f"""      </div>
    </article>
    <aside class="related">
      <h3>{ui[6]}</h3>
      <ul>
"""
    for i, r in enumerate(related):
        out += f'        <li><a href="/related/{i}">{e(r)}</a></li>\n'
    out += f"""      </ul>
    </aside>
  </main>
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>{ui[7]}</p>
    <button>{ui[8]}</button> <button>{ui[9]}</button>
  </div>
  <footer>
    <ul><li><a href="/about/">{ui[10]}</a></li><li><a href="/contact/">{ui[11]}</a></li><li><a href="/privacy/">{ui[12]}</a></li></ul>
    <p>&copy; {m['published'][:4]} {e(m['outlet'])}. {ui[13]}</p>
  </footer>
</body>
</html>
"""
    return out

if __name__ == "__main__":
    for spec in sorted((HERE / "specs").glob("*.txt")):
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(spec), encoding="utf-8")
        print("wrote", d / "source.html")
