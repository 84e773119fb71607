#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: "key: value" header lines, a line "---", then the article
paragraphs separated by blank lines.  Keys: lang, outlet, url, published
(ISO 8601 with the outlet's UTC offset), display (the byline time as the outlet
prints it), section, author, title, description, related (" | "-separated).
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(menu=["World", "Weather", "Climate", "Business", "Sport", "Opinion"],
               subscribe="Subscribe", share="Share this story:", related="Related coverage",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               footer=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(menu=["International", "Météo", "Climat", "Économie", "Sport", "Opinions"],
               subscribe="S'abonner", share="Partager cet article :", related="À lire aussi",
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", manage="Paramétrer",
               footer=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés."),
    "de": dict(menu=["Politik", "Wetter", "Klima", "Wirtschaft", "Sport", "Meinung"],
               subscribe="Abonnieren", share="Artikel teilen:", related="Mehr zum Thema",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               footer=["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(menu=["Internacional", "Tiempo", "Clima", "Economía", "Deportes", "Opinión"],
               subscribe="Suscríbete", share="Compartir:", related="Más información",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar el tráfico. Puede cambiar su configuración en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               footer=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "ja": dict(menu=["国内", "天気", "災害", "経済", "スポーツ", "オピニオン"],
               subscribe="購読する", share="この記事を共有:", related="関連記事",
               cookie="当サイトでは、コンテンツや広告の表示と利用状況の分析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必須のみ", manage="設定を管理",
               footer=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}


def parse_spec(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    ui = UI[meta["lang"]]
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    desc = meta.get("description") or paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": meta["lang"]}
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    root = url.split("/", 3)[:3]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{meta["lang"]}">',
        "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(title)} - {e(outlet)}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(url)}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(outlet)}">',
        f'  <meta property="og:title" content="{e(title)}">',
        f'  <meta property="og:description" content="{e(desc)}">',
        f'  <meta property="og:url" content="{e(url)}">',
        f'  <meta property="article:published_time" content="{meta["published"]}">',
        f'  <meta property="article:section" content="{e(meta["section"])}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        '  <link rel="stylesheet" href="/static/css/site.css">',
        '  <script src="/static/js/consent.js" defer></script>',
        f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "</head>",
        '<body class="article-page">',
        '  <header class="top-bar">',
        f'    <a class="brand" href="/">{e(outlet)}</a>',
        '    <nav><ul class="menu">',
    ]
    for m in ui["menu"]:
        out.append(f'      <li><a href="/{e(m.lower())}/">{e(m)}</a></li>')
    out += [
        "    </ul></nav>",
        f'    <a class="subscribe" href="/subscribe/">{e(ui["subscribe"])}</a>',
        "  </header>",
        '  <main class="layout">',
        "    <article>",
        '      <div class="story-header">',
        f'        <span class="kicker">{e(meta["section"])}</span>',
        f'        <h1 class="headline">{e(title)}</h1>',
        f'        <div class="meta"><span class="author">{e(meta["author"])}</span> '
        f'<time datetime="{meta["published"]}">{e(meta["display"])}</time></div>',
        "      </div>",
        '      <div class="story-body" itemprop="articleBody">',
    ]
    for p in paras:
        out.append(f"        <p>{e(p)}</p>")
    out += [
        "      </div>",
        "    </article>",
        f'    <div class="share">{e(ui["share"])} <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>',
        '    <aside class="sidebar">',
        f'      <h3>{e(ui["related"])}</h3>',
        "      <ul>",
    ]
    for i, r in enumerate(related):
        out.append(f'        <li><a href="{root[0]}//{root[2]}/related/{i}">{e(r)}</a></li>')
    out += [
        "      </ul>",
        "    </aside>",
        "  </main>",
        '  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">',
        f'    <p>{e(ui["cookie"])}</p>',
        f'    <button class="accept">{e(ui["accept"])}</button> <button class="reject">{e(ui["reject"])}</button> '
        f'<a href="/privacy/">{e(ui["manage"])}</a>',
        "  </div>",
        '  <footer class="site-footer">',
        "    <ul>",
    ]
    for f in ui["footer"]:
        out.append(f'      <li><a href="/{e(f.lower().replace(" ", "-"))}/">{e(f)}</a></li>')
    out += [
        "    </ul>",
        f'    <p>&copy; {meta["published"][:4]} {e(outlet)}. {e(ui["rights"])}</p>',
        "  </footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out)


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for spec in specs:
        name = spec.stem
        if names and name not in names:
            continue
        meta, paras = parse_spec(spec)
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", d / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
