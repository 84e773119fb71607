#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: 'key: value' header lines (lang, outlet, url, published, author,
section, dateline, title), a line '---', then article paragraphs separated by
blank lines. A paragraph starting with '## ' becomes a subheading.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

CHROME = {
    "en": dict(menu=["World", "Business", "Technology", "Telecoms", "Opinion"], subscribe="Subscribe",
               cookie="We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", related="Related stories",
               rel=["Regulator opens consultation on rural coverage obligations", "How to check whether your area has full-fibre", "Newsletter: the week in telecoms"],
               footer=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(menu=["International", "Économie", "Tech", "Télécoms", "Opinions"], subscribe="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", related="À lire aussi",
               rel=["Fibre : comment savoir si votre logement est éligible", "Le régulateur lance une consultation sur la couverture rurale", "Notre lettre d'information tech"],
               footer=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Données personnelles"], rights="Tous droits réservés."),
    "de": dict(menu=["Politik", "Wirtschaft", "Digital", "Telekommunikation", "Meinung"], subscribe="Abo",
               cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit in den Datenschutzeinstellungen ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", related="Mehr zum Thema",
               rel=["Glasfaser: So prüfen Sie die Verfügbarkeit", "Regulierer startet Anhörung zu Versorgungsauflagen", "Newsletter: Digitales am Morgen"],
               footer=["Impressum", "Kontakt", "AGB", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(menu=["Internacional", "Economía", "Tecnología", "Telecomunicaciones", "Opinión"], subscribe="Suscríbete",
               cookie="Utilizamos cookies para personalizar contenidos y anuncios y para analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", related="Noticias relacionadas",
               rel=["Cómo saber si su vivienda tiene fibra óptica", "El regulador abre consulta sobre cobertura rural", "Boletín: lo mejor de tecnología"],
               footer=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "ja": dict(menu=["国際", "経済", "テクノロジー", "通信", "オピニオン"], subscribe="会員登録",
               cookie="当サイトではコンテンツや広告の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必要なもののみ", related="関連記事",
               rel=["光回線の提供エリアを確認する方法", "総務局、地方の通信網整備で意見募集", "ニュースレター:今週の通信業界"],
               footer=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}


def parse_spec(text):
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    if meta["lang"] == "ja":
        paras = ["".join(p.split(" ")) if False else p.replace("\n", "") for p in paras]
    return meta, paras


def build(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    c = CHROME[meta["lang"]]
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": meta["lang"]}
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(c["menu"]))
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(c["rel"]))
    foot = "\n".join(f'      <li><a href="/f/{i}">{e(f)}</a></li>' for i, f in enumerate(c["footer"]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} - {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
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
    <a class="brand" href="/">{e(outlet)}</a>
    <nav><ul class="menu">
{menu}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(c['subscribe'])}</a>
  </header>
  <main class="layout">
    <article>
    <div class="story-header">
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(title)}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['dateline'])}</time></div>
    </div>
    <div class="story-body" itemprop="articleBody">
{chr(10).join(body)}
    </div>
    </article>
    <aside class="related">
      <h3>{e(c['related'])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(c['cookie'])}</p>
    <button class="accept">{e(c['accept'])}</button> <button class="reject">{e(c['reject'])}</button>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(outlet)}. {e(c['rights'])}</p>
  </footer>
</body>
</html>
"""


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for s in specs:
        if names and s.stem not in names:
            continue
        meta, paras = parse_spec(s.read_text(encoding="utf-8"))
        out = HERE / "cases" / s.stem / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(meta, paras), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
