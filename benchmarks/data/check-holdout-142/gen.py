#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (news-like page around an <article>)."""
import datetime as dt
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(nav=["World", "Business", "Shipping", "Ports", "Logistics", "Opinion"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               acc="Accept all", rej="Reject non-essential", man="Manage preferences", rel="Related stories",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.", share="Share this story"),
    "fr": dict(nav=["International", "Économie", "Maritime", "Ports", "Logistique", "Opinions"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
               acc="Tout accepter", rej="Tout refuser", man="Paramétrer", rel="À lire aussi",
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés.", share="Partager"),
    "de": dict(nav=["Politik", "Wirtschaft", "Schifffahrt", "Häfen", "Logistik", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und unseren Datenverkehr zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               acc="Alle akzeptieren", rej="Nur notwendige", man="Einstellungen", rel="Mehr zum Thema",
               foot=["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten.", share="Teilen"),
    "es": dict(nav=["Internacional", "Economía", "Marítimo", "Puertos", "Logística", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar nuestro tráfico. Puede cambiar su configuración en cualquier momento.",
               acc="Aceptar todo", rej="Rechazar", man="Configurar", rel="Noticias relacionadas",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados.", share="Compartir"),
    "ja": dict(nav=["国際", "経済", "海運", "港湾", "物流", "オピニオン"], sub="購読する",
               cookie="当サイトではコンテンツや広告の最適化およびアクセス解析のためにCookieを使用しています。設定はいつでも変更できます。",
               acc="すべて許可", rej="必須のみ", man="設定を管理", rel="関連記事",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。", share="この記事を共有"),
}
WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "ja": ["月", "火", "水", "木", "金", "土", "日"],
}
MON = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}


def stamp(lang, t, tz):
    w = t.weekday()
    if lang == "en":
        h = t.hour % 12 or 12
        ap = "a.m." if t.hour < 12 else "p.m."
        return f"{WD['en'][w]}, {MON['en'][t.month-1]} {t.day}, {t.year} {h}:{t.minute:02d} {ap} {tz}"
    if lang == "fr":
        return f"Publié le {WD['fr'][w]} {t.day} {MON['fr'][t.month-1]} {t.year} à {t.hour:02d}h{t.minute:02d}"
    if lang == "de":
        return f"{WD['de'][w]}, {t.day:02d}.{t.month:02d}.{t.year}, {t.hour:02d}:{t.minute:02d} Uhr"
    if lang == "es":
        return f"{WD['es'][w]}, {t.day} de {MON['es'][t.month-1]} de {t.year}, {t.hour:02d}:{t.minute:02d} {tz}"
    return f"{t.year}年{t.month}月{t.day}日（{WD['ja'][w]}） {t.hour}時{t.minute:02d}分"


def parse(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() if meta["lang"] != "ja" else "".join(p.split("\n")).strip()
             for p in body.split("\n\n") if p.strip()]
    return meta, paras


def build(name):
    meta, paras = parse(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]
    ui = UI[lang]
    e = html.escape
    url = f"https://{meta['domain']}{meta['path']}"
    pub = meta["published"]
    t = dt.datetime.fromisoformat(pub)
    desc = paras[0][:150]
    sep = " | " if lang in ("fr", "es", "ja") else " - "
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(x)}</a></li>' for i, x in enumerate(meta.get("related", "").split(" || ")) if x)
    foot = "\n".join(f'      <li><a href="/f{i}/">{e(x)}</a></li>' for i, x in enumerate(ui["foot"]))
    page = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
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
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main class="layout">
    <article>
    <div class="story-header">
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(meta['title'])}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{pub}">{e(stamp(lang, t, meta.get('tzname', '')))}</time></div>
    </div>
    <div class="story-body" itemprop="articleBody">
{body}
    </div>
    </article>
    <div class="share">{e(ui['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="sidebar">
      <h3>{e(ui['rel'])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['acc'])}</button> <button class="reject">{e(ui['rej'])}</button> <a href="/privacy/">{e(ui['man'])}</a>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {t.year} {e(meta['outlet'])}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""
    out = HERE / "cases" / name
    out.mkdir(parents=True, exist_ok=True)
    (out / "source.html").write_text(page, encoding="utf-8")
    return meta, paras


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        m, p = build(n)
        words = sum(len(x.split()) for x in p) if m["lang"] != "ja" else sum(len(x) for x in p)
        print(f"{n}: {m['lang']} {words} {'chars' if m['lang']=='ja' else 'words'}")
