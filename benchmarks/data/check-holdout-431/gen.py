#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic; chrome varies by case)."""
import datetime as dt
import html
import json
import pathlib
import sys
import zlib

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": ["News", "Business", "Cannabis", "Politics", "Health", "Opinion"],
    "fr": ["Actualités", "Économie", "Santé", "Politique", "Régions", "Opinions"],
    "de": ["Nachrichten", "Wirtschaft", "Gesundheit", "Politik", "Region", "Meinung"],
    "es": ["Noticias", "Economía", "Salud", "Política", "Regiones", "Opinión"],
    "ja": ["ニュース", "経済", "国際", "社会", "健康", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience.", "Accept all", "Manage settings"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Usamos cookies para mejorar su experiencia.", "Aceptar todo", "Configurar"),
    "ja": ("当サイトはクッキーを使用しています。", "同意する", "設定"),
}
RELATED = {
    "en": ("Related stories", ["Farm bill talks stall again", "City budget hearing set for next week", "Transit fares to rise in autumn"]),
    "fr": ("À lire aussi", ["Le budget municipal adopté de justesse", "Grève des transports annoncée", "Les loyers poursuivent leur hausse"]),
    "de": ("Mehr zum Thema", ["Haushaltsstreit im Landtag", "Bahnstrecke wird gesperrt", "Mieten steigen weiter"]),
    "es": ("Te puede interesar", ["El Congreso debate el presupuesto", "Suben las tarifas del transporte", "Nueva ola de calor en el norte"]),
    "ja": ("関連記事", ["県議会で補正予算が成立", "円相場が小幅に反発", "春の交通安全運動始まる"]),
}
FOOT = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def shown_time(lang, ts, zone):
    t = dt.datetime.fromisoformat(ts)
    if lang == "en":
        ampm = "a.m." if t.hour < 12 else "p.m."
        h = t.hour % 12 or 12
        return f"{MONTHS['en'][t.month-1]} {t.day}, {t.year} {h}:{t.minute:02d} {ampm} {zone}"
    if lang == "fr":
        return f"{t.day} {MONTHS['fr'][t.month-1]} {t.year} à {t.hour}h{t.minute:02d}"
    if lang == "de":
        return f"{t.day}. {MONTHS['de'][t.month-1]} {t.year}, {t.hour:02d}:{t.minute:02d} Uhr"
    if lang == "es":
        return f"{t.day} de {MONTHS['es'][t.month-1]} de {t.year}, {t.hour:02d}:{t.minute:02d} h"
    return f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"


def render(name, meta, paras):
    lang = meta["lang"]
    e = lambda s: html.escape(s, quote=True)
    v = zlib.crc32(name.encode()) % 3
    sep = " | " if v == 1 else " - "
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck = COOKIE[lang]
    rel_h, rel = RELATED[lang]
    rel_li = "\n".join(f'      <li><a href="/story/{zlib.crc32((name+r).encode()) % 90000 + 10000}">{e(r)}</a></li>' for r in rel)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    when = shown_time(lang, meta["published"], meta.get("zone", ""))
    wrapper = ["main", "div", "section"][v]
    cls = ["site-main", "page-wrap", "content-area"][v]
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
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/v{v+2}/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="story v{v}">
  <div id="cookie-consent" class="consent" role="dialog">
    <p>{e(ck[0])}</p>
    <button class="accept">{e(ck[1])}</button> <button class="settings">{e(ck[2])}</button>
  </div>
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav aria-label="primary">
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <{wrapper} class="{cls}">
    <article>
      <p class="section-label">{e(meta.get('section', ''))}</p>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{e(meta['published'])}">{e(when)}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(rel_h)}</h2>
      <ul>
{rel_li}
      </ul>
    </aside>
  </{wrapper}>
  <footer class="site-footer">
    <p>&copy; {meta['published'][:4]} {e(outlet)}. {e(FOOT[lang])}</p>
    <p><a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a> · <a href="/contact/">Contact</a></p>
  </footer>
</body>
</html>
"""


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        out = HERE / "cases" / n
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(n), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
