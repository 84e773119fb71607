#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

A spec is a header of `key: value` lines (lang, outlet, url, published,
title, author, section), a line `---`, then the article's paragraphs
separated by blank lines.  digest.txt and expected.json are written by
hand and kept as they are.  `python3 gen.py --check` verifies that every
source.html is up to date instead of writing it.
"""
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

UI = {
    "en": {"nav": ["Home", "News", "Business", "Travel", "Opinion"],
           "cookie": "We use cookies to improve your experience and to show relevant advertising. You can change your settings at any time.",
           "accept": "Accept all", "settings": "Manage settings", "by": "By",
           "related": "Related stories", "rights": "All rights reserved.",
           "links": ["Airport queues: what to expect this season", "How airlines set fares", "Newsletter: the week in transport"],
           "footer": ["About us", "Contact", "Privacy policy", "Terms of use"]},
    "fr": {"nav": ["Accueil", "Actualité", "Économie", "Transports", "Opinions"],
           "cookie": "Ce site utilise des cookies pour améliorer votre expérience et vous proposer des publicités adaptées.",
           "accept": "Tout accepter", "settings": "Paramétrer", "by": "Par",
           "related": "À lire aussi", "rights": "Tous droits réservés.",
           "links": ["Vacances : les conseils pour éviter l'attente à l'aéroport", "Le prix des billets d'avion expliqué", "Notre lettre d'information transports"],
           "footer": ["Qui sommes-nous", "Contact", "Données personnelles", "Mentions légales"]},
    "de": {"nav": ["Startseite", "Nachrichten", "Wirtschaft", "Region", "Meinung"],
           "cookie": "Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis und passende Werbung zu bieten.",
           "accept": "Alle akzeptieren", "settings": "Einstellungen", "by": "Von",
           "related": "Mehr zum Thema", "rights": "Alle Rechte vorbehalten.",
           "links": ["Reisen im Herbst: Was Passagiere wissen müssen", "So entstehen Ticketpreise", "Newsletter: Mobilität am Morgen"],
           "footer": ["Impressum", "Kontakt", "Datenschutz", "AGB"]},
    "es": {"nav": ["Inicio", "Noticias", "Economía", "Negocios", "Opinión"],
           "cookie": "Utilizamos cookies propias y de terceros para mejorar su experiencia y mostrarle publicidad relacionada con sus preferencias.",
           "accept": "Aceptar todas", "settings": "Configurar", "by": "Por",
           "related": "Noticias relacionadas", "rights": "Todos los derechos reservados.",
           "links": ["Cómo evitar filas en el aeropuerto", "Qué determina el precio de un boleto de avión", "Suscríbase a nuestro boletín"],
           "footer": ["Quiénes somos", "Contacto", "Aviso de privacidad", "Términos de uso"]},
    "ja": {"nav": ["トップ", "ニュース", "経済", "地域", "オピニオン"],
           "cookie": "当サイトはサービス向上と広告配信のためにクッキーを使用しています。設定はいつでも変更できます。",
           "accept": "同意する", "settings": "設定を変更", "by": "",
           "related": "関連記事", "rights": "無断転載を禁じます。",
           "links": ["空港の混雑、この秋の見通しは", "運賃はどう決まるのか", "ニュースレター：交通の話題"],
           "footer": ["会社概要", "お問い合わせ", "プライバシーポリシー", "利用規約"]},
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    meta["paragraphs"] = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta


def render(meta):
    e = lambda s: html.escape(s, quote=True)
    lang, outlet, title = meta["lang"], meta["outlet"], meta["title"]
    ui = UI[lang]
    sep = " | " if lang in ("fr", "ja") else " - "
    desc = meta["paragraphs"][0][:160]
    site = meta["url"].split("/")[2]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": title, "datePublished": meta["published"],
          "dateModified": meta["published"], "inLanguage": lang,
          "mainEntityOfPage": meta["url"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "NewsMediaOrganization", "name": outlet,
                        "url": f"https://{site}/"},
          "articleSection": meta["section"]}
    nav = "\n".join(f'      <li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "\n".join(f'      <li><a href="/related/{i + 1}">{e(n)}</a></li>' for i, n in enumerate(ui["links"]))
    foot = "\n".join(f'      <a href="/page/{i + 1}">{e(n)}</a>' for i, n in enumerate(ui["footer"]))
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in meta["paragraphs"])
    byline = f'{ui["by"]} {meta["author"]}'.strip()
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="settings">{e(ui['settings'])}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav>
    <ul>
{nav}
    </ul>
    </nav>
  </header>
  <main>
    <article>
      <p class="kicker">{e(meta['section'])}</p>
      <h1>{e(title)}</h1>
      <p class="byline">{e(byline)} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{paras}
    </article>
    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer>
    <div class="links">
{foot}
    </div>
    <p>© {year} {e(outlet)}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""


def main():
    check = "--check" in sys.argv
    stale = []
    for spec in sorted((HERE / "specs").glob("*.txt")):
        out = HERE / "cases" / spec.stem / "source.html"
        page = render(parse_spec(spec))
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != page:
                stale.append(spec.stem)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(page, encoding="utf-8")
    if check and stale:
        print("stale source.html:", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
