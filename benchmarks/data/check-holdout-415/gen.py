#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic).

Spec: "key: value" header lines, a line "---", then paragraphs separated by blank lines.
Header keys: lang, outlet, url, published (ISO 8601 with UTC offset), title, author,
section, tzname, chrome (0-3), sep ("dash" = " - ", "pipe" = " | "), description (optional).
"""
import datetime as dt
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}

UI = {
    "en": dict(nav=["World", "Business", "Politics", "Technology", "Regions", "Opinion"],
               cookie="We use cookies to measure traffic and personalise content.",
               accept="Accept all", reject="Reject", related="Related stories",
               rel=["Parcel lockers spread to suburban car parks", "Why greeting cards still sell",
                    "Union ballots members over weekend rounds"],
               footer="All rights reserved.", by="By", sub="Subscribe", share="Share"),
    "fr": dict(nav=["Monde", "Économie", "Politique", "Régions", "Culture", "Débats"],
               cookie="Nous utilisons des cookies pour mesurer l'audience.",
               accept="Tout accepter", reject="Refuser", related="À lire aussi",
               rel=["Les casiers à colis gagnent les gares", "Le timbre de collection fait de la résistance",
                    "Les facteurs inquiets pour leurs tournées"],
               footer="Tous droits réservés.", by="Par", sub="S'abonner", share="Partager"),
    "de": dict(nav=["Politik", "Wirtschaft", "Region", "Kultur", "Sport", "Meinung"],
               cookie="Wir verwenden Cookies, um unser Angebot zu verbessern.",
               accept="Alle akzeptieren", reject="Ablehnen", related="Mehr zum Thema",
               rel=["Paketstationen erobern die Dörfer", "Die Briefmarke als Sammlerstück",
                    "Zusteller klagen über längere Touren"],
               footer="Alle Rechte vorbehalten.", by="Von", sub="Abo", share="Teilen"),
    "es": dict(nav=["Mundo", "Economía", "Política", "Regiones", "Cultura", "Opinión"],
               cookie="Usamos cookies para analizar el tráfico del sitio.",
               accept="Aceptar", reject="Rechazar", related="Te puede interesar",
               rel=["Los casilleros de paquetes llegan a las estaciones", "El sello, objeto de colección",
                    "Carteros denuncian rutas más largas"],
               footer="Todos los derechos reservados.", by="Por", sub="Suscríbete", share="Compartir"),
    "ja": dict(nav=["国内", "経済", "地域", "国際", "くらし", "オピニオン"],
               cookie="当サイトはアクセス解析のためにクッキーを使用しています。",
               accept="同意する", reject="拒否する", related="関連記事",
               rel=["宅配ロッカー、駅前に拡大", "記念切手、収集家に根強い人気", "配達員不足、地方で深刻に"],
               footer="無断転載を禁じます。", by="", sub="購読", share="共有"),
}


def read_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def human_time(meta):
    t = dt.datetime.fromisoformat(meta["published"])
    lang, tz = meta["lang"], meta.get("tzname", "")
    if lang == "en":
        h = t.hour % 12 or 12
        ampm = "a.m." if t.hour < 12 else "p.m."
        return f"{MONTHS['en'][t.month-1]} {t.day}, {t.year} {h}:{t.minute:02d} {ampm} {tz}".strip()
    if lang == "fr":
        return f"Publié le {t.day} {MONTHS['fr'][t.month-1]} {t.year} à {t.hour:02d}h{t.minute:02d}"
    if lang == "de":
        return f"{t.day}. {MONTHS['de'][t.month-1]} {t.year}, {t.hour:02d}:{t.minute:02d} Uhr"
    if lang == "es":
        return f"{t.day} de {MONTHS['es'][t.month-1]} de {t.year} - {t.hour:02d}:{t.minute:02d} h"
    if lang == "ja":
        return f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"
    raise ValueError(lang)


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang, outlet, title, url = meta["lang"], meta["outlet"], meta["title"], meta["url"]
    ui = UI[lang]
    chrome = int(meta.get("chrome", "0")) % 4
    sep = {"dash": " - ", "pipe": " | "}[meta.get("sep", "dash")]
    desc = meta.get("description") or paras[0][:150]
    pub = meta["published"]
    site = url.split("/")[2]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "dateModified": pub, "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    navs = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "\n".join(f'        <li><a href="/related/{name}-{i}">{e(r)}</a></li>' for i, r in enumerate(ui["rel"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    by = f'{ui["by"]} {meta["author"]}'.strip()
    when = human_time(meta)
    cookie = (f'  <div class="cookie-banner" role="dialog"><p>{e(ui["cookie"])}</p>'
              f'<button>{e(ui["accept"])}</button> <button>{e(ui["reject"])}</button></div>')
    header_variants = [
        f'  <header class="site-header">\n    <a class="logo" href="/">{e(outlet)}</a>\n    <nav><ul>\n{navs}\n    </ul></nav>\n  </header>',
        f'  <div class="masthead"><span class="brand">{e(outlet)}</span>\n    <ul class="menu">\n{navs}\n    </ul>\n    <a class="subscribe" href="/subscribe/">{e(ui["sub"])}</a></div>',
        f'  <nav class="primary" aria-label="main">\n    <ul>\n{navs}\n    </ul>\n  </nav>\n  <div class="brandbar"><a href="/">{e(outlet)}</a></div>',
        f'  <header>\n    <div class="top"><a href="/">{e(outlet)}</a> <a href="/login">Login</a></div>\n    <nav><ul class="sections">\n{navs}\n    </ul></nav>\n  </header>',
    ]
    article = (f'  <main>\n    <article>\n      <span class="section">{e(meta.get("section", ""))}</span>\n'
               f'      <h1>{e(title)}</h1>\n'
               f'      <p class="byline">{e(by)} <time datetime="{pub}">{e(when)}</time></p>\n'
               f'{body}\n'
               f'      <div class="share">{e(ui["share"])}</div>\n    </article>\n')
    aside = f'    <aside class="related"><h2>{e(ui["related"])}</h2>\n      <ul>\n{rel}\n      </ul>\n    </aside>\n  </main>'
    footer = (f'  <footer><p>&copy; {pub[:4]} {e(outlet)}. {e(ui["footer"])}</p>'
              f'<a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer>')
    parts = [header_variants[chrome]]
    if chrome in (0, 2):
        parts.insert(0, cookie)
    else:
        parts.append(cookie)
    page = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(title + sep + outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="https://{site}/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
{chr(10).join(parts)}
{article}{aside}
{footer}
</body>
</html>
"""
    return page


def build(name):
    meta, paras = read_spec(HERE / "specs" / f"{name}.txt")
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
