#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

A spec is a header of `key: value` lines, a line `---`, then the article
text: paragraphs separated by blank lines; a line starting `## ` is a
sub-heading. A "~" is a no-break space (narrow between digits). Header keys: lang, site, url, published (ISO 8601 with the
outlet's own UTC offset), author, section, dateline (as the outlet prints
it), title, related (titles separated by ` | `).
"""
import html
import json
import pathlib
import re
import sys
import zlib

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(menu=["World", "Business", "Sport", "Football", "Tennis", "Culture", "Opinion"],
               subscribe="Subscribe", share="Share this story:", mail="Email", link="Copy link",
               related="Related stories", most="Most read",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(menu=["International", "Économie", "Sports", "Football", "Cyclisme", "Culture", "Idées"],
               subscribe="S'abonner", share="Partager cet article :", mail="E-mail", link="Copier le lien",
               related="À lire aussi", most="Les plus lus",
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour analyser notre audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", manage="Paramétrer les cookies",
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés."),
    "de": dict(menu=["Politik", "Wirtschaft", "Sport", "Fußball", "Laufen", "Kultur", "Meinung"],
               subscribe="Abo", share="Artikel teilen:", mail="E-Mail", link="Link kopieren",
               related="Mehr zum Thema", most="Meistgelesen",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit in den Datenschutzeinstellungen ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               foot=["Impressum", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(menu=["Mundo", "Economía", "Deportes", "Fútbol", "Ciclismo", "Cultura", "Opinión"],
               subscribe="Suscríbete", share="Compartir:", mail="Correo", link="Copiar enlace",
               related="Noticias relacionadas", most="Lo más leído",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar nuestro tráfico. Puede cambiar su configuración en cualquier momento.",
               accept="Aceptar todas", reject="Rechazar", manage="Configurar",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "ja": dict(menu=["国内", "国際", "経済", "スポーツ", "サッカー", "文化", "オピニオン"],
               subscribe="購読する", share="この記事を共有:", mail="メール", link="リンクをコピー",
               related="関連記事", most="よく読まれている記事",
               cookie="当サイトはコンテンツや広告の表示、アクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必要なもののみ", manage="設定を管理",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    blocks = [b.strip() for b in body.strip().split("\n\n") if b.strip()]
    return meta, blocks


def render(meta, blocks):
    ui = UI[meta["lang"]]
    e = html.escape
    site, title, url = meta["site"], meta["title"], meta["url"]
    paras = [b for b in blocks if not b.startswith("## ")]
    desc = re.sub(r"(?<=\d)~(?=\d)", "\u202f", re.sub(r"[ \t\n]+", " ", paras[0])).replace("~", "\u00a0")
    if len(desc) > 150:
        desc = desc[:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": site},
          "mainEntityOfPage": url, "inLanguage": meta["lang"], "articleSection": meta["section"]}
    origin = url.split("/", 3)[:3]
    origin = "/".join(origin)
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w(f'<html lang="{meta["lang"]}">')
    w("<head>")
    w('  <meta charset="utf-8">')
    w('  <meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"  <title>{e(title)} - {e(site)}</title>")
    w(f'  <meta name="description" content="{e(desc)}">')
    w(f'  <link rel="canonical" href="{e(url)}">')
    w('  <meta property="og:type" content="article">')
    w(f'  <meta property="og:site_name" content="{e(site)}">')
    w(f'  <meta property="og:title" content="{e(title)}">')
    w(f'  <meta property="og:description" content="{e(desc)}">')
    w(f'  <meta property="og:url" content="{e(url)}">')
    w(f'  <meta property="og:image" content="{e(origin)}/img/lead-{zlib.crc32(url.encode()) % 100000}.jpg">')
    w(f'  <meta property="article:published_time" content="{meta["published"]}">')
    w(f'  <meta property="article:section" content="{e(meta["section"])}">')
    w(f'  <meta name="author" content="{e(meta["author"])}">')
    w('  <link rel="stylesheet" href="/static/css/main.css">')
    w('  <script src="/static/js/consent.js" defer></script>')
    w(f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    w("</head>")
    w('<body class="article-page">')
    w('  <header class="masthead">')
    w(f'    <a class="brand" href="/">{e(site)}</a>')
    w('    <nav class="menu"><ul>')
    for i, m in enumerate(ui["menu"]):
        w(f'      <li><a href="/s{i}/">{e(m)}</a></li>')
    w("    </ul></nav>")
    w(f'    <a class="subscribe" href="/subscribe/">{e(ui["subscribe"])}</a>')
    w("  </header>")
    w('  <main class="layout">')
    w("    <article>")
    w('      <div class="story-header">')
    w(f'        <span class="kicker">{e(meta["section"])}</span>')
    w(f'        <h1 class="headline">{e(title)}</h1>')
    w(f'        <div class="meta"><span class="author">{e(meta["author"])}</span> '
      f'<time datetime="{meta["published"]}">{e(meta["dateline"])}</time></div>')
    w("      </div>")
    w('      <div class="story-body" itemprop="articleBody">')
    for b in blocks:
        b = re.sub(r"[ \t\n]+", " ", b)
        # "~" in a spec is a no-break space: narrow between digits
        # (French/German thousands), ordinary elsewhere ("12~%", "3~h").
        b = re.sub(r"(?<=\d)~(?=\d)", "\u202f", b).replace("~", "\u00a0")
        if b.startswith("## "):
            w(f"        <h2>{e(b[3:])}</h2>")
        else:
            w(f"        <p>{e(b)}</p>")
    w("      </div>")
    w(f'      <div class="share">{e(ui["share"])} <a href="/share/mail">{e(ui["mail"])}</a> '
      f'<a href="/share/link">{e(ui["link"])}</a></div>')
    w("    </article>")
    w('    <aside class="related">')
    w(f'      <h3>{e(ui["related"])}</h3>')
    w("      <ul>")
    for i, r in enumerate(meta.get("related", "").split(" | ")):
        if r:
            w(f'        <li><a href="/related/{i}">{e(r)}</a></li>')
    w("      </ul>")
    w(f'      <h3>{e(ui["most"])}</h3>')
    w('      <ol><li><a href="/newsletter/">Newsletter</a></li><li><a href="/podcast/">Podcast</a></li></ol>')
    w("    </aside>")
    w("  </main>")
    w('  <div id="cookie-banner" class="consent" role="dialog">')
    w(f'    <p>{e(ui["cookie"])}</p>')
    w(f'    <button class="accept">{e(ui["accept"])}</button> <button class="reject">{e(ui["reject"])}</button> '
      f'<a href="/privacy/">{e(ui["manage"])}</a>')
    w("  </div>")
    w('  <footer class="site-footer">')
    w("    <ul>")
    for i, f in enumerate(ui["foot"]):
        w(f'      <li><a href="/f{i}/">{e(f)}</a></li>')
    w("    </ul>")
    year = meta["published"][:4]
    w(f'    <p>&copy; {year} {e(site)}. {e(ui["rights"])}</p>')
    w("  </footer>")
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for p in specs:
        name = p.stem
        if names and name not in names:
            continue
        meta, blocks = parse_spec(p)
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, blocks), encoding="utf-8")
        print("wrote", d / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
