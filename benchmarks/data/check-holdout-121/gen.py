#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

Spec: 'key: value' header lines, a line '---', then one paragraph per line
(blank lines ignored). Keys: lang, outlet, domain, path, published (ISO with
the outlet's UTC offset), tz (label shown on the page), section, author, title,
description (optional).
"""
import datetime as dt
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(nav=["World", "Business", "Technology", "Science", "Opinion"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               acc="Accept all", rej="Reject non-essential", man="Manage preferences", rel="Related stories",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.",
               share="Share this story", days=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
               months=["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
    "fr": dict(nav=["International", "Économie", "Tech", "Sciences", "Débats"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
               acc="Tout accepter", rej="Continuer sans accepter", man="Paramétrer", rel="À lire aussi",
               foot=["Qui sommes-nous", "Contact", "Conditions générales", "Confidentialité"], rights="Tous droits réservés.",
               share="Partager", days=["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
               months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]),
    "de": dict(nav=["Politik", "Wirtschaft", "Digital", "Wissen", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und die Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               acc="Alle akzeptieren", rej="Nur notwendige", man="Einstellungen", rel="Mehr zum Thema",
               foot=["Über uns", "Kontakt", "AGB", "Datenschutz"], rights="Alle Rechte vorbehalten.",
               share="Artikel teilen", days=["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
               months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]),
    "es": dict(nav=["Internacional", "Economía", "Tecnología", "Ciencia", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar nuestro tráfico. Puede cambiar su configuración en cualquier momento.",
               acc="Aceptar todo", rej="Rechazar", man="Configurar", rel="Te puede interesar",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados.",
               share="Compartir", days=["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
               months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]),
    "ja": dict(nav=["国際", "経済", "テクノロジー", "科学", "オピニオン"], sub="購読する",
               cookie="当サイトはコンテンツや広告の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               acc="すべて許可", rej="必要なもののみ", man="設定", rel="関連記事",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。",
               share="この記事を共有", days=["月", "火", "水", "木", "金", "土", "日"], months=[]),
}


def shown(lang, ts, tz):
    u = UI[lang]
    d = ts.weekday()
    if lang == "en":
        return f"{u['days'][d]} {ts.day} {u['months'][ts.month-1]} {ts.year} {ts:%H.%M} {tz}"
    if lang == "fr":
        return f"Publié le {u['days'][d]} {ts.day} {u['months'][ts.month-1]} {ts.year} à {ts:%Hh%M} ({tz})"
    if lang == "de":
        return f"{u['days'][d]}, {ts.day:02d}.{ts.month:02d}.{ts.year}, {ts:%H.%M} Uhr ({tz})"
    if lang == "es":
        return f"{u['days'][d]}, {ts.day} de {u['months'][ts.month-1]} de {ts.year}, {ts:%H:%M} {tz}"
    return f"{ts.year}年{ts.month}月{ts.day}日（{u['days'][d]}）{ts:%H:%M}（{tz}）"


def read_spec(p):
    head, body = p.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [l.strip() for l in body.splitlines() if l.strip()]
    return meta, paras


def render(meta, paras):
    lang = meta["lang"]
    u = UI[lang]
    e = html.escape
    url = f"https://{meta['domain']}{meta['path']}"
    ts = dt.datetime.fromisoformat(meta["published"])
    desc = meta.get("description") or paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": lang}
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    nav = "\n".join(f'        <li><a href="/{e(n.lower())}/">{e(n)}</a></li>' for n in u["nav"])
    rel = "\n".join(f'        <li><a href="/more/{i}">{e(t)}</a></li>' for i, t in enumerate(meta.get("related", "").split(" | ")) if t)
    foot = "\n".join(f'      <li><a href="/p/{i}">{e(t)}</a></li>' for i, t in enumerate(u["foot"]))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
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
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <div class="top-bar">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <ul class="menu">
{nav}
    </ul>
    <a class="subscribe" href="/subscribe/">{e(u['sub'])}</a>
  </div>
  <div class="layout">
    <article>
    <div class="story-header">
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(meta['title'])}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{e(meta['published'])}">{e(shown(lang, ts, meta['tz']))}</time></div>
    </div>
    <div class="story-body" itemprop="articleBody">
{body}
    </div>
    </article>
    <div class="share">{e(u['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <div class="sidebar">
      <h3>{e(u['rel'])}</h3>
      <ol>
{rel}
      </ol>
    </div>
  </div>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{e(u['cookie'])}</p>
    <button class="accept">{e(u['acc'])}</button> <button class="reject">{e(u['rej'])}</button> <a href="/privacy/">{e(u['man'])}</a>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {ts.year} {e(meta['outlet'])}. {e(u['rights'])}</p>
  </footer>
</body>
</html>
"""


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for p in specs:
        if names and p.stem not in names:
            continue
        meta, paras = read_spec(p)
        out = HERE / "cases" / p.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
