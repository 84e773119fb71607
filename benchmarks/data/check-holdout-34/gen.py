"""Build cases/<name>/source.html from specs/<name>.txt (hand-written, fictional).

Spec: 'key: value' header lines, a line '---', then body paragraphs separated
by blank lines. Keys: lang, outlet, domain, path, published, author, section,
title, stamp (the visible dateline).
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent

UI = {
    "en": ("World", "Business", "Travel", "Sport", "Subscribe", "Most read",
           "We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.",
           "Accept all", "Reject non-essential", "About us", "Contact", "Terms of use", "Privacy policy", "All rights reserved."),
    "fr": ("Monde", "Économie", "Voyage", "Sport", "S'abonner", "Les plus lus",
           "Nous utilisons des cookies pour personnaliser le contenu et les publicités et pour analyser notre trafic.",
           "Tout accepter", "Tout refuser", "Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité", "Tous droits réservés."),
    "de": ("Welt", "Wirtschaft", "Reise", "Sport", "Abonnieren", "Meistgelesen",
           "Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und unseren Datenverkehr zu analysieren.",
           "Alle akzeptieren", "Nur notwendige", "Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz", "Alle Rechte vorbehalten."),
    "es": ("Mundo", "Economía", "Viajes", "Deportes", "Suscríbete", "Lo más leído",
           "Utilizamos cookies para personalizar el contenido y los anuncios y para analizar nuestro tráfico.",
           "Aceptar todo", "Rechazar", "Quiénes somos", "Contacto", "Términos de uso", "Privacidad", "Todos los derechos reservados."),
    "ja": ("国際", "経済", "旅行", "スポーツ", "購読する", "よく読まれている記事",
           "当サイトはコンテンツと広告の最適化、アクセス解析のためにクッキーを使用しています。",
           "すべて許可", "必須のみ", "会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー", "無断転載を禁じます。"),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    return meta, paras


def build(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    ui = UI[meta["lang"]]
    url = f"https://{meta['domain']}{meta['path']}"
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": meta["lang"]}
    body = "\n".join(f"        <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} | {e(meta['outlet'])}</title>
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
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="story">
  <header class="masthead">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav class="primary-nav">
      <ul>
        <li><a href="/world/">{ui[0]}</a></li>
        <li><a href="/business/">{ui[1]}</a></li>
        <li><a href="/travel/">{ui[2]}</a></li>
        <li><a href="/sport/">{ui[3]}</a></li>
      </ul>
    </nav>
    <a class="cta" href="/subscribe/">{e(ui[4])}</a>
  </header>
  <main class="page">
    <article class="article">
      <header class="article-header">
        <span class="section-label">{e(meta['section'])}</span>
        <h1>{e(meta['title'])}</h1>
        <p class="byline"><span class="author">{e(meta['author'])}</span> · <time datetime="{meta['published']}">{e(meta['stamp'])}</time></p>
      </header>
      <div class="article-body">
{body}
      </div>
    </article>
    <aside class="rail">
      <h2>{e(ui[5])}</h2>
      <ol>
        <li><a href="/newsletter/">Newsletter</a></li>
        <li><a href="/podcasts/">Podcasts</a></li>
      </ol>
    </aside>
  </main>
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>{e(ui[6])}</p>
    <button class="accept">{e(ui[7])}</button> <button class="reject">{e(ui[8])}</button>
  </div>
  <footer class="site-footer">
    <ul>
      <li><a href="/about/">{e(ui[9])}</a></li>
      <li><a href="/contact/">{e(ui[10])}</a></li>
      <li><a href="/terms/">{e(ui[11])}</a></li>
      <li><a href="/privacy/">{e(ui[12])}</a></li>
    </ul>
    <p>&copy; {meta['published'][:4]} {e(meta['outlet'])}. {e(ui[13])}</p>
  </footer>
</body>
</html>
"""


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for spec in specs:
        if names and spec.stem not in names:
            continue
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print(spec.stem, sum(len(p) for p in paras), "body chars")


if __name__ == "__main__":
    main(sys.argv[1:])
