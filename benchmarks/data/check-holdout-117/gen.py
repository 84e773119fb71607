#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: `key: value` header lines (lang, outlet, url, published, author,
section, title, tz), a line `---`, then the article paragraphs separated by
blank lines.  Run: python3 gen.py
"""
import html
import json
import pathlib
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent

MENUS = {
    "en": ["World", "Politics", "Local", "Business", "Opinion", "Sport"],
    "fr": ["International", "Politique", "Régions", "Économie", "Débats", "Sports"],
    "de": ["Politik", "Region", "Wirtschaft", "Meinung", "Kultur", "Sport"],
    "es": ["Mundo", "Política", "Regiones", "Economía", "Opinión", "Deportes"],
    "ja": ["政治", "地域", "経済", "国際", "社説", "スポーツ"],
}
COOKIE = {
    "en": ("We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.", "Accept all", "Reject non-essential"),
    "fr": ("Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.", "Tout accepter", "Tout refuser"),
    "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und die Nutzung zu analysieren. Sie können Ihre Auswahl jederzeit ändern.", "Alle akzeptieren", "Nur notwendige"),
    "es": ("Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar su configuración en cualquier momento.", "Aceptar todo", "Rechazar"),
    "ja": ("当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。設定はいつでも変更できます。", "すべて許可", "必要なもののみ"),
}
RELATED = {
    "en": ["Newsletter: the day's main stories in your inbox", "Live: results from across the region", "Opinion: what the vote tells us"],
    "fr": ["Lettre d'information : l'essentiel du jour", "En direct : les résultats commune par commune", "Tribune : ce que dit ce scrutin"],
    "de": ["Newsletter: Das Wichtigste am Morgen", "Liveticker: Ergebnisse aus allen Kreisen", "Kommentar: Was die Wahl bedeutet"],
    "es": ["Boletín: las claves del día", "En directo: resultados municipio por municipio", "Opinión: lo que deja la jornada"],
    "ja": ["ニュースレター:朝の主要ニュース", "速報:各地の開票結果", "社説:投票結果が示すもの"],
}
FOOT = {
    "en": ["About us", "Contact", "Terms of use", "Privacy policy"],
    "fr": ["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"],
    "de": ["Über uns", "Kontakt", "Impressum", "Datenschutz"],
    "es": ["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"],
    "ja": ["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"],
}
EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MO = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MO = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
JA_WD = "月火水木金土日"


def display(lang, dt, tz):
    if lang == "en":
        return f"{EN_WD[dt.weekday()]} {dt.day} {EN_MO[dt.month-1]} {dt.year} {dt:%H.%M} {tz}"
    if lang == "fr":
        return f"Publié le {FR_WD[dt.weekday()]} {dt.day} {FR_MO[dt.month-1]} {dt.year} à {dt.hour}h{dt:%M}"
    if lang == "de":
        return f"{DE_WD[dt.weekday()]}, {dt:%d.%m.%Y}, {dt:%H:%M} Uhr"
    if lang == "es":
        return f"{ES_WD[dt.weekday()]} {dt.day} de {ES_MO[dt.month-1]} de {dt.year} - {dt:%H:%M} ({tz})"
    return f"{dt.year}年{dt.month}月{dt.day}日({JA_WD[dt.weekday()]}) {dt.hour}時{dt.minute:02d}分"


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
    lang = meta["lang"]
    e = lambda s: html.escape(s, quote=True)
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    pub = meta["published"]
    dt = datetime.fromisoformat(pub)
    desc = paras[0]
    if len(desc) > 150:
        desc = desc[:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    sep = " | " if lang != "ja" else "|"
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(MENUS[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    related = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(RELATED[lang]))
    foot = "\n".join(f'      <li><a href="/legal/{i}">{e(f)}</a></li>' for i, f in enumerate(FOOT[lang]))
    ck = COOKIE[lang]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="masthead">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav><ul class="menu">
{menu}
    </ul></nav>
  </header>
  <main class="layout">
    <article>
      <div class="story-header">
        <span class="kicker">{e(meta['section'])}</span>
        <h1 class="headline">{e(title)}</h1>
        <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{pub}">{e(display(lang, dt, meta.get('tz', '')))}</time></div>
      </div>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
    </article>
    <aside class="related">
      <h3>{'関連記事' if lang == 'ja' else 'Related'}</h3>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(ck[0])}</p>
    <button class="accept">{e(ck[1])}</button> <button class="reject">{e(ck[2])}</button>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {dt.year} {e(outlet)}</p>
  </footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(meta, paras), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main()
