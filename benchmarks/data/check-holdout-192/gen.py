#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (header lines 'key: value', '---', paragraphs separated by blank lines)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
UI = {
 "en": ("World", "Education", "Science", "Opinion", "Subscribe", "Share this story", "Most read",
        "We use cookies and similar technologies to personalise content and to analyse our traffic.", "Accept all", "Reject non-essential", "About us", "Contact", "Terms of use", "Privacy policy", "All rights reserved.", "Related"),
 "fr": ("Monde", "Éducation", "Sciences", "Opinions", "S'abonner", "Partager cet article", "Les plus lus",
        "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience.", "Tout accepter", "Tout refuser", "Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité", "Tous droits réservés.", "À lire aussi"),
 "de": ("Welt", "Bildung", "Wissen", "Meinung", "Abonnieren", "Artikel teilen", "Meistgelesen",
        "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen", "Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz", "Alle Rechte vorbehalten.", "Mehr zum Thema"),
 "es": ("Mundo", "Educación", "Ciencia", "Opinión", "Suscríbete", "Compartir", "Lo más leído",
        "Utilizamos cookies para personalizar contenidos y analizar el tráfico.", "Aceptar todo", "Rechazar", "Quiénes somos", "Contacto", "Aviso legal", "Privacidad", "Todos los derechos reservados.", "Relacionadas"),
 "ja": ("国際", "教育", "科学", "オピニオン", "購読", "この記事を共有", "よく読まれている記事",
        "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。", "すべて許可", "拒否", "会社概要", "お問い合わせ", "利用規約", "プライバシー", "無断転載を禁じます。", "関連記事"),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n")]
    return meta, paras

def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    ui = UI[meta["lang"]]
    t, o, url = meta["title"], meta["outlet"], meta["url"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
          "datePublished": meta["published"], "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": o}, "mainEntityOfPage": url}
    related = meta.get("related", "").split(" | ") if meta.get("related") else []
    out = f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(t)}{e(meta.get('sep', ' - '))}{e(o)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(o)}">
  <meta property="og:title" content="{e(t)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="masthead">
    <a class="brand" href="/">{e(o)}</a>
    <nav><ul class="menu">
      <li><a href="/world/">{ui[0]}</a></li>
      <li><a href="/education/">{ui[1]}</a></li>
      <li><a href="/science/">{ui[2]}</a></li>
      <li><a href="/opinion/">{ui[3]}</a></li>
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(ui[4])}</a>
  </header>
  <main class="layout">
    <article>
      <header class="story-header">
        <span class="kicker">{e(meta['section'])}</span>
        <h1 class="headline">{e(t)}</h1>
        <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timestr'])}</time></div>
      </header>
      <div class="story-body" itemprop="articleBody">
"""
    for p in paras:
        out += f"        <p>{e(p)}</p>\n"
    out += f"""      </div>
    </article>
    <div class="share">{e(ui[5])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="sidebar">
      <h3>{e(ui[15])}</h3>
      <ul>
"""
    for i, r in enumerate(related):
        out += f'        <li><a href="/related/{i}">{e(r)}</a></li>\n'
    out += f"""      </ul>
      <h3>{e(ui[6])}</h3>
      <ol><li><a href="/newsletter/">Newsletter</a></li><li><a href="/podcast/">Podcast</a></li></ol>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(ui[7])}</p>
    <button class="accept">{e(ui[8])}</button> <button class="reject">{e(ui[9])}</button>
  </div>
  <footer class="site-footer">
    <ul><li><a href="/about/">{e(ui[10])}</a></li><li><a href="/contact/">{e(ui[11])}</a></li><li><a href="/terms/">{e(ui[12])}</a></li><li><a href="/privacy/">{e(ui[13])}</a></li></ul>
    <p>&copy; {meta['published'][:4]} {e(o)}. {e(ui[14])}</p>
  </footer>
</body>
</html>
"""
    return out

def main():
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for n in names:
        meta, paras = parse(HERE / "specs" / f"{n}.txt")
        d = HERE / "cases" / n
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", d / "source.html")

if __name__ == "__main__":
    main()
