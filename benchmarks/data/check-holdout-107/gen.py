#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

A spec is a header of `key: value` lines, a line `---`, then the article text,
one paragraph per block (blank line between blocks). Header keys: lang, outlet,
site (host), path, published (ISO 8601 with the outlet's UTC offset), tzname,
section, author, title, related (headlines separated by ` | `).
"""
import datetime as dt
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(menu=["World", "Business", "Courts", "Crime", "Politics", "Opinion"],
               sub="Subscribe", related="Related stories", most="Most read",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.",
               share="Share this story:"),
    "fr": dict(menu=["International", "Économie", "Justice", "Faits divers", "Politique", "Opinions"],
               sub="S'abonner", related="À lire aussi", most="Les plus lus",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", manage="Paramétrer les cookies",
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés.",
               share="Partager :"),
    "de": dict(menu=["Politik", "Wirtschaft", "Justiz", "Panorama", "Regional", "Meinung"],
               sub="Abonnieren", related="Mehr zum Thema", most="Meistgelesen",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und unsere Reichweite zu messen. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               foot=["Impressum", "Kontakt", "AGB", "Datenschutz"], rights="Alle Rechte vorbehalten.",
               share="Artikel teilen:"),
    "es": dict(menu=["Internacional", "Economía", "Tribunales", "Sucesos", "Política", "Opinión"],
               sub="Suscríbete", related="Te puede interesar", most="Lo más leído",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar nuestro tráfico. Puede cambiar su configuración en cualquier momento.",
               accept="Aceptar todas", reject="Rechazar", manage="Configurar",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados.",
               share="Compartir:"),
    "ja": dict(menu=["国際", "経済", "社会", "事件・司法", "政治", "オピニオン"],
               sub="購読する", related="関連記事", most="よく読まれている記事",
               cookie="当サイトではコンテンツと広告の最適化およびアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必要なもののみ", manage="設定を管理",
               foot=["会社案内", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。",
               share="この記事をシェア:"),
}

DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "ja": ["月", "火", "水", "木", "金", "土", "日"],
}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}


def stamp(lang, t, tzname):
    wd = t.weekday()
    if lang == "en":
        return f"{DAYS['en'][wd]} {t.day} {MONTHS['en'][t.month-1]} {t.year} {t:%H.%M} {tzname}"
    if lang == "fr":
        return f"Publié le {DAYS['fr'][wd]} {t.day} {MONTHS['fr'][t.month-1]} {t.year} à {t:%H}h{t:%M}"
    if lang == "de":
        return f"{DAYS['de'][wd]}, {t:%d.%m.%Y}, {t:%H:%M} Uhr"
    if lang == "es":
        return f"{DAYS['es'][wd]}, {t.day} de {MONTHS['es'][t.month-1]} de {t.year}, {t:%H:%M} {tzname}"
    return f"{t.year}年{t.month}月{t.day}日({DAYS['ja'][wd]}) {t:%H時%M分}"


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(b.split()) if meta["lang"] != "ja" else "".join(b.split())
             for b in body.strip().split("\n\n") if b.strip()]
    return meta, paras


def render(meta, paras):
    lang = meta["lang"]
    ui = UI[lang]
    e = lambda s: html.escape(s, quote=True)
    url = f"https://{meta['site']}{meta['path']}"
    pub = meta["published"]
    t = dt.datetime.fromisoformat(pub)
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": pub, "dateModified": pub, "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": url}
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(url)}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(meta["outlet"])}">',
        f'  <meta property="og:title" content="{e(meta["title"])}">',
        f'  <meta property="og:description" content="{e(desc)}">',
        f'  <meta property="og:url" content="{e(url)}">',
        f'  <meta property="article:published_time" content="{pub}">',
        f'  <meta property="article:section" content="{e(meta["section"])}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        '  <link rel="stylesheet" href="/static/css/site.css">',
        '  <script src="/static/js/consent.js" defer></script>',
        f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "</head>",
        '<body class="article-page">',
        '  <header class="top-bar">',
        f'    <a class="brand" href="/">{e(meta["outlet"])}</a>',
        '    <nav><ul class="menu">',
    ]
    for m in ui["menu"]:
        out.append(f'      <li><a href="/{e(m.lower().replace(" ", "-"))}/">{e(m)}</a></li>')
    out += [
        "    </ul></nav>",
        f'    <a class="subscribe" href="/subscribe/">{e(ui["sub"])}</a>',
        "  </header>",
        '  <main class="layout">',
        "    <article>",
        '      <div class="story-header">',
        f'        <span class="kicker">{e(meta["section"])}</span>',
        f'        <h1 class="headline">{e(meta["title"])}</h1>',
        f'        <div class="meta"><span class="author">{e(meta["author"])}</span> <time datetime="{pub}">{e(stamp(lang, t, meta.get("tzname", "")))}</time></div>',
        "      </div>",
        '      <div class="story-body" itemprop="articleBody">',
    ]
    for p in paras:
        out.append(f"        <p>{e(p)}</p>")
    out += [
        "      </div>",
        "    </article>",
        f'    <div class="share">{e(ui["share"])} <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>',
        '    <aside class="related">',
        f"      <h3>{e(ui['related'])}</h3>",
        "      <ul>",
    ]
    for i, r in enumerate(related):
        out.append(f'        <li><a href="/related/{i}">{e(r)}</a></li>')
    out += [
        "      </ul>",
        "    </aside>",
        "  </main>",
        '  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">',
        f"    <p>{e(ui['cookie'])}</p>",
        f'    <button class="accept">{e(ui["accept"])}</button> <button class="reject">{e(ui["reject"])}</button> <a href="/privacy/">{e(ui["manage"])}</a>',
        "  </div>",
        '  <footer class="site-footer">',
        "    <ul>",
    ]
    for f in ui["foot"]:
        out.append(f'      <li><a href="/info/">{e(f)}</a></li>')
    out += [
        "    </ul>",
        f"    <p>&copy; {t.year} {e(meta['outlet'])}. {e(ui['rights'])}</p>",
        "  </footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out)


def words(meta, paras):
    if meta["lang"] == "ja":
        return sum(len(p) for p in paras) // 2  # rough: 2 characters ~ 1 word
    return sum(len(p.split()) for p in paras)


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        name = sp.stem
        if names and name not in names:
            continue
        meta, paras = parse(sp)
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print(f"{name}: {words(meta, paras)} words, {meta['published']}")


if __name__ == "__main__":
    main(sys.argv[1:])
