#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

Spec format: 'key: value' header lines, a line '---', then the article
paragraphs separated by blank lines. Keys: lang, outlet, domain, path,
published (ISO 8601 with the outlet's UTC offset), tzname, author, section,
title, sep (title separator: pipe, dash, emdash or colon; default dash),
related (related headlines separated by '|').
"""
import html
import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHROME = {
    "en": dict(menu=["World", "Business", "Politics", "Money", "Local", "Opinion"],
               subscribe="Subscribe", share="Share this story:", email="Email", copy="Copy link",
               related="Related stories", most="Most read",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(menu=["International", "Économie", "Politique", "Régions", "Société", "Débats"],
               subscribe="S'abonner", share="Partager :", email="Courriel", copy="Copier le lien",
               related="Sur le même sujet", most="Les plus lus",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", manage="Paramétrer",
               foot=["Qui sommes-nous", "Contact", "Conditions générales", "Données personnelles"], rights="Tous droits réservés."),
    "de": dict(menu=["Politik", "Wirtschaft", "Regional", "Panorama", "Meinung", "Service"],
               subscribe="Abo", share="Artikel teilen:", email="E-Mail", copy="Link kopieren",
               related="Mehr zum Thema", most="Meistgelesen",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               foot=["Impressum", "Kontakt", "AGB", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(menu=["Internacional", "Economía", "Política", "Regiones", "Sociedad", "Opinión"],
               subscribe="Suscríbete", share="Compartir:", email="Correo", copy="Copiar enlace",
               related="Noticias relacionadas", most="Lo más leído",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar el tráfico. Puede cambiar su configuración en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "ja": dict(menu=["国内", "国際", "経済", "地域", "暮らし", "オピニオン"],
               subscribe="購読する", share="この記事をシェア:", email="メール", copy="リンクをコピー",
               related="関連記事", most="よく読まれている記事",
               cookie="当サイトでは、コンテンツや広告の表示、アクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必須のみ", manage="設定を管理",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}

WD = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "ja": ["月", "火", "水", "木", "金", "土", "日"],
}
MON = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}


def when(lang, dt, tzname):
    w = dt.weekday()
    if lang == "en":
        return f"{WD['en'][w]} {dt.day} {MON['en'][dt.month-1]} {dt.year} {dt:%H.%M} {tzname}"
    if lang == "fr":
        return f"Publié le {WD['fr'][w]} {dt.day} {MON['fr'][dt.month-1]} {dt.year} à {dt:%Hh%M}"
    if lang == "de":
        return f"{WD['de'][w]}, {dt.day}. {MON['de'][dt.month-1]} {dt.year}, {dt:%H:%M} Uhr"
    if lang == "es":
        return f"{WD['es'][w]}, {dt.day} de {MON['es'][dt.month-1]} de {dt.year} - {dt:%H:%M} {tzname}"
    return f"{dt.year}年{dt.month}月{dt.day}日({WD['ja'][w]}) {dt.hour}時{dt.minute:02d}分"


def parse_spec(text):
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    lang = meta["lang"]
    c = CHROME[lang]
    e = lambda s: html.escape(s, quote=True)
    outlet, title = meta["outlet"], meta["title"]
    url = f"https://{meta['domain']}{meta['path']}"
    pub = meta["published"]
    dt = datetime.fromisoformat(pub)
    sep = {"pipe": " | ", "dash": " - ", "emdash": " — ", "colon": " : "}[meta.get("sep", "dash")]
    desc = paras[0] if len(paras[0]) <= 150 else paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "dateModified": pub, "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(c["menu"]))
    body = "\n".join(f"        <p>{e(p)}</p>" for p in paras)
    rel = meta.get("related", "").split("|") if meta.get("related") else []
    related = "\n".join(f'        <li><a href="/story/{i}">{e(r.strip())}</a></li>' for i, r in enumerate(rel))
    foot = "\n".join(f'      <li><a href="/f/{i}/">{e(f)}</a></li>' for i, f in enumerate(c["foot"]))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{e(pub)}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav>
      <ul>
{menu}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(c['subscribe'])}</a>
  </header>
  <main>
    <article>
      <p class="kicker">{e(meta['section'])}</p>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{e(pub)}">{e(when(lang, dt, meta.get('tzname', '')))}</time></p>
      <div class="article-body">
{body}
      </div>
    </article>
    <div class="share">{e(c['share'])} <a href="/share/mail">{e(c['email'])}</a> <a href="/share/link">{e(c['copy'])}</a></div>
    <aside class="related">
      <h2>{e(c['related'])}</h2>
      <ul>
{related}
      </ul>
      <h2>{e(c['most'])}</h2>
    </aside>
  </main>
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>{e(c['cookie'])}</p>
    <button class="accept">{e(c['accept'])}</button> <button class="reject">{e(c['reject'])}</button> <a href="/privacy/">{e(c['manage'])}</a>
  </div>
  <footer>
    <ul>
{foot}
    </ul>
    <p>&copy; {dt.year} {e(outlet)}. {e(c['rights'])}</p>
  </footer>
</body>
</html>
"""


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        name = sp.stem
        if names and name not in names:
            continue
        meta, paras = parse_spec(sp.read_text(encoding="utf-8"))
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
