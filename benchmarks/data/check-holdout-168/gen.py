#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: 'key: value' header lines (lang, outlet, domain, path, published,
author, section, title, dateline), a line '---', then paragraphs separated by
blank lines.
"""
import html, json, pathlib, sys
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": dict(menu=["World", "Business", "Retail", "Fashion", "Opinion"], sub="Subscribe",
               cookie="We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.",
               acc="Accept all", rej="Reject non-essential", rel="Related stories",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.",
               related=["Why mills are moving inland", "Five things to know about cotton prices", "Newsletter: the week in retail"]),
    "fr": dict(menu=["Monde", "Économie", "Commerce", "Mode", "Opinions"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
               acc="Tout accepter", rej="Refuser", rel="À lire aussi",
               foot=["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"], rights="Tous droits réservés.",
               related=["Le prix du coton au plus haut", "Les soldes d'hiver en demi-teinte", "Notre lettre économie"]),
    "de": dict(menu=["Politik", "Wirtschaft", "Handel", "Mode", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               acc="Alle akzeptieren", rej="Nur notwendige", rel="Mehr zum Thema",
               foot=["Impressum", "Kontakt", "AGB", "Datenschutz"], rights="Alle Rechte vorbehalten.",
               related=["Textilbranche unter Druck", "Was der Mindestlohn für Näherinnen bedeutet", "Newsletter Handel"]),
    "es": dict(menu=["Mundo", "Economía", "Comercio", "Moda", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar el contenido y analizar el tráfico. Puede cambiar su configuración en cualquier momento.",
               acc="Aceptar todo", rej="Rechazar", rel="Te puede interesar",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados.",
               related=["El algodón se encarece", "Las rebajas pierden fuelle", "Boletín de economía"]),
    "ja": dict(menu=["国際", "経済", "流通", "ファッション", "オピニオン"], sub="購読する",
               cookie="当サイトでは、コンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               acc="すべて許可", rej="必要なもののみ", rel="関連記事",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシー"], rights="無断転載を禁じます。",
               related=["綿花相場が高騰", "百貨店の衣料品売上", "ニュースレター登録"]),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    e = html.escape
    ui = UI[meta["lang"]]
    url = f"https://{meta['domain']}{meta['path']}"
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": meta["lang"]}
    menu = "\n".join(f'        <li><a href="/{m.lower()}/">{e(m)}</a></li>' for m in ui["menu"])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(ui["related"]))
    foot = "\n".join(f'      <li><a href="/{i}/">{e(f)}</a></li>' for i, f in enumerate(ui["foot"]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
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
  <header class="top-bar">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul class="menu">
{menu}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['acc'])}</button> <button class="reject">{e(ui['rej'])}</button>
  </div>
  <main class="layout">
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(meta['title'])}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['dateline'])}</time></div>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
    </article>
    <aside class="related">
      <h3>{e(ui['rel'])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(meta['outlet'])}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for s in specs:
        if names and s.stem not in names:
            continue
        meta, paras = parse(s)
        out = HERE / "cases" / s.stem / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(meta, paras), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
