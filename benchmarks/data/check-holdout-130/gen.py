#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

A spec is `key: value` header lines, a blank line, then the article body:
paragraphs separated by blank lines; a line starting with `## ` is a subhead.
Header keys: lang, outlet, site (https://host), path, title, published
(ISO 8601 with the outlet's UTC offset), shown (the dateline as printed),
author, section, description.
"""
import html
import zlib
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(nav=["World", "Business", "Autos", "Technology", "Markets", "Opinion"],
               sub="Subscribe", share="Share this article", related="Related stories",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(nav=["International", "Économie", "Automobile", "Technologies", "Marchés", "Débats"],
               sub="S'abonner", share="Partager cet article", related="À lire aussi",
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour mesurer notre audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", manage="Paramétrer",
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Données personnelles"], rights="Tous droits réservés."),
    "de": dict(nav=["Politik", "Wirtschaft", "Auto", "Technik", "Finanzen", "Meinung"],
               sub="Abonnieren", share="Artikel teilen", related="Mehr zum Thema",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Nutzung unseres Angebots zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               foot=["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(nav=["Internacional", "Economía", "Motor", "Tecnología", "Mercados", "Opinión"],
               sub="Suscríbete", share="Compartir este artículo", related="Te puede interesar",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar nuestro tráfico. Puedes cambiar tus preferencias en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "ja": dict(nav=["国際", "経済", "自動車", "テクノロジー", "マーケット", "オピニオン"],
               sub="購読する", share="この記事を共有", related="関連記事",
               cookie="当サイトはコンテンツと広告の表示や利用状況の分析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必須のみ", manage="設定を管理",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}


def parse_spec(text):
    head, _, body = text.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    blocks = [b.strip() for b in body.strip().split("\n\n") if b.strip()]
    return meta, blocks


def build(meta, blocks):
    ui = UI[meta["lang"]]
    e = html.escape
    url = meta["site"] + meta["path"]
    outlet = meta["outlet"]
    host = meta["site"].split("//", 1)[1]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "dateModified": meta["published"],
          "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    body = []
    for b in blocks:
        if b.startswith("## "):
            body.append(f"      <h2>{e(b[3:])}</h2>")
        else:
            body.append(f"      <p>{e(' '.join(b.split(chr(10))))}</p>")
    nav = "\n".join(f'        <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in ui["nav"])
    foot = "\n".join(f'      <li><a href="/p/{i}">{e(n)}</a></li>' for i, n in enumerate(ui["foot"]))
    rel = meta.get("related", "").split(" | ") if meta.get("related") else []
    rel_html = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(rel))
    desc = meta.get("description", "")
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} - {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="og:image" content="{e(meta['site'])}/img/lead-{zlib.crc32(url.encode()) % 100000}.jpg">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="masthead">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav>
      <ul class="menu">
{nav}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main class="layout">
    <article>
      <div class="story-header">
        <span class="kicker">{e(meta['section'])}</span>
        <h1 class="headline">{e(meta['title'])}</h1>
        <p class="standfirst">{e(desc)}</p>
        <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['shown'])}</time></div>
      </div>
      <div class="story-body" itemprop="articleBody">
{chr(10).join(body)}
      </div>
    </article>
    <div class="share">{e(ui['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="sidebar">
      <h3>{e(ui['related'])}</h3>
      <ul>
{rel_html}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="reject">{e(ui['reject'])}</button> <a href="/privacy/">{e(ui['manage'])}</a>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(outlet)} ({e(host)}). {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, blocks = parse_spec(spec.read_text(encoding="utf-8"))
        out = HERE / "cases" / spec.stem / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(meta, blocks), encoding="utf-8")
        words = sum(len(b.split()) for b in blocks)
        print(f"{spec.stem}: {words} words")


if __name__ == "__main__":
    main()
