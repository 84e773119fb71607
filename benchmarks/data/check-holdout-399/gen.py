#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

A spec is a header of `key: value` lines, a line `---`, then the article
paragraphs separated by blank lines. Header keys: lang, outlet, url,
published (ISO 8601 with UTC offset), title, author, section, sep (" - " or
" | "), chrome (1-4), related (titles separated by ";").
"""
import html
import json
import pathlib
import sys
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
           "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
           "August", "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
           "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}
UI = {
    "en": ("Home", "World", "Nature", "Travel", "Science", "Opinion", "Subscribe",
           "We use cookies to measure readership and personalise content.", "Accept", "Manage",
           "Related coverage", "All rights reserved.", "Privacy", "Contact", "By"),
    "fr": ("Accueil", "Monde", "Nature", "Régions", "Sciences", "Opinions", "S'abonner",
           "Nous utilisons des cookies pour mesurer l'audience.", "Accepter", "Paramétrer",
           "À lire aussi", "Tous droits réservés.", "Confidentialité", "Contact", "Par"),
    "de": ("Startseite", "Welt", "Natur", "Region", "Wissen", "Meinung", "Abo",
           "Wir verwenden Cookies, um die Reichweite zu messen.", "Akzeptieren", "Einstellungen",
           "Mehr zum Thema", "Alle Rechte vorbehalten.", "Datenschutz", "Impressum", "Von"),
    "es": ("Portada", "Mundo", "Naturaleza", "Regiones", "Ciencia", "Opinión", "Suscríbete",
           "Usamos cookies para medir la audiencia.", "Aceptar", "Configurar",
           "Te puede interesar", "Todos los derechos reservados.", "Privacidad", "Contacto", "Por"),
    "ja": ("トップ", "国際", "自然", "地域", "科学", "オピニオン", "購読",
           "当サイトは閲覧状況の測定にクッキーを使用します。", "同意する", "設定",
           "関連記事", "無断転載を禁じます。", "プライバシー", "お問い合わせ", ""),
}


def display_time(lang, dt):
    if lang == "en":
        h = dt.hour % 12 or 12
        ap = "a.m." if dt.hour < 12 else "p.m."
        return f"{MONTHS['en'][dt.month-1]} {dt.day}, {dt.year} {h}:{dt.minute:02d} {ap}"
    if lang == "fr":
        return f"Publié le {dt.day} {MONTHS['fr'][dt.month-1]} {dt.year} à {dt.hour}h{dt.minute:02d}"
    if lang == "de":
        return f"{dt.day}. {MONTHS['de'][dt.month-1]} {dt.year}, {dt.hour:02d}:{dt.minute:02d} Uhr"
    if lang == "es":
        return f"{dt.day} de {MONTHS['es'][dt.month-1]} de {dt.year} - {dt.hour:02d}:{dt.minute:02d}"
    return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}時{dt.minute:02d}分"


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    ui = UI[lang]
    dt = datetime.fromisoformat(meta["published"])
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    sep = meta.get("sep", " - ").replace("PIPE", "|")
    chrome = int(meta.get("chrome", "1"))
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    base = url.split("/", 3)
    root = base[0] + "//" + base[2]
    related = [r.strip() for r in meta.get("related", "").split(";") if r.strip()]
    nav = "\n".join(f'      <li><a href="/{slug}/">{e(lbl)}</a></li>'
                    for slug, lbl in zip(["", "world", "nature", "regions", "science", "opinion"], ui[:6]))
    rel = "\n".join(f'        <li><a href="/nature/{i+1:03d}-{name[:12]}">{e(r)}</a></li>'
                    for i, r in enumerate(related))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    byline = f"{ui[14]} {meta['author']}".strip()
    cookie = f'''  <div id="consent" class="cookie-banner" role="dialog">
    <p>{e(ui[7])}</p>
    <button class="accept">{e(ui[8])}</button> <button class="manage">{e(ui[9])}</button>
  </div>'''
    header = f'''  <header class="site-header">
    <a class="logo" href="{e(root)}/">{e(outlet)}</a>
    <nav aria-label="main"><ul>
{nav}
    </ul></nav>
    <a class="cta" href="/subscribe">{e(ui[6])}</a>
  </header>'''
    article = f'''  <main>
    <article class="story">
      <p class="section-label">{e(meta.get("section", ""))}</p>
      <h1>{e(title)}</h1>
      <p class="byline">{e(byline)} · <time datetime="{e(meta['published'])}">{e(display_time(lang, dt))}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(ui[10])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>'''
    footer = f'''  <footer>
    <p>© {dt.year} {e(outlet)}. {e(ui[11])}</p>
    <p><a href="/privacy">{e(ui[12])}</a> · <a href="/contact">{e(ui[13])}</a></p>
  </footer>'''
    parts = {1: [cookie, header, article, footer], 2: [header, article, footer, cookie],
             3: [header, cookie, article, footer], 4: [cookie, header, article, footer]}[chrome]
    if chrome == 4:
        parts.insert(2, '  <div class="ad-slot" data-slot="top">Advertisement</div>')
    return f'''<!DOCTYPE html>
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
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
{chr(10).join(parts)}
</body>
</html>
'''


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        out = HERE / "cases" / name / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(name), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
