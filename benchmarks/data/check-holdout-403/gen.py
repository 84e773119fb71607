#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic).

A spec is a header of `key: value` lines (lang, outlet, url, published, title,
author, section, sep, chrome, related [repeatable, "title | url"]), a line
`---`, then the article's paragraphs separated by blank lines.
"""
import datetime as dt
import html
import json
import pathlib
import sys

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
NAV = {
    "en": ["World", "Business", "Retail", "Family", "Tech", "Opinion"],
    "fr": ["Monde", "Économie", "Consommation", "Famille", "Culture", "Débats"],
    "de": ["Politik", "Wirtschaft", "Handel", "Familie", "Region", "Meinung"],
    "es": ["Nacional", "Economía", "Empresas", "Consumo", "Cultura", "Opinión"],
    "ja": ["ニュース", "業界", "新製品", "安全", "海外", "特集"],
}
COOKIE = {
    "en": "We use cookies to improve your experience and measure traffic. <button>Accept</button> <button>Settings</button>",
    "fr": "Nous utilisons des cookies pour mesurer l'audience. <button>Tout accepter</button> <button>Paramétrer</button>",
    "de": "Wir verwenden Cookies, um unser Angebot zu verbessern. <button>Zustimmen</button> <button>Einstellungen</button>",
    "es": "Utilizamos cookies propias y de terceros. <button>Aceptar</button> <button>Configurar</button>",
    "ja": "当サイトはクッキーを使用しています。<button>同意する</button> <button>設定</button>",
}
RELATED = {"en": "Related stories", "fr": "À lire aussi", "de": "Mehr zum Thema",
           "es": "Te puede interesar", "ja": "関連記事"}
FOOTER = {"en": "All rights reserved.", "fr": "Tous droits réservés.",
          "de": "Alle Rechte vorbehalten.", "es": "Todos los derechos reservados.",
          "ja": "無断転載を禁じます。"}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {"related": []}
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(":", 1)
        k, v = k.strip(), v.strip()
        if k == "related":
            t, u = v.split(" | ")
            meta["related"].append((t.strip(), u.strip()))
        else:
            meta[k] = v
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    meta["paragraphs"] = [p for p in paras if p]
    return meta


def shown_time(meta):
    t = dt.datetime.fromisoformat(meta["published"])
    lang = meta["lang"]
    zone = meta.get("zone", "")
    if lang == "en":
        h = t.hour % 12 or 12
        ap = "a.m." if t.hour < 12 else "p.m."
        return f"{MONTHS['en'][t.month-1]} {t.day}, {t.year}, {h}:{t.minute:02d} {ap} {zone}".strip()
    if lang == "fr":
        return f"Publié le {t.day} {MONTHS['fr'][t.month-1]} {t.year} à {t.hour} h {t.minute:02d}"
    if lang == "de":
        return f"{t.day}. {MONTHS['de'][t.month-1]} {t.year}, {t.hour:02d}:{t.minute:02d} Uhr"
    if lang == "es":
        return f"{t.day} de {MONTHS['es'][t.month-1]} de {t.year} - {t.hour:02d}:{t.minute:02d} {zone}".strip()
    return f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"


def render(meta):
    e = html.escape
    lang = meta["lang"]
    sep = {"dash": " - ", "pipe": " | "}[meta.get("sep", "dash")]
    chrome = meta.get("chrome", "a")
    desc = meta["paragraphs"][0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": meta["title"], "datePublished": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>'
                    for i, n in enumerate(NAV[lang], 1))
    rel = "\n".join(f'        <li><a href="{e(u)}">{e(t)}</a></li>'
                    for t, u in meta["related"])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in meta["paragraphs"])
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(meta['title'])}{e(sep)}{e(meta['outlet'])}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(meta["url"])}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(meta["outlet"])}">',
        f'  <meta property="og:title" content="{e(meta["title"])}">',
        f'  <meta property="og:url" content="{e(meta["url"])}">',
        f'  <meta property="article:published_time" content="{meta["published"]}">',
        f'  <meta property="article:section" content="{e(meta.get("section", ""))}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        '  <link rel="stylesheet" href="/assets/main.css">',
        f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "</head>",
    ]
    cookie = f'  <div class="cookie-notice" role="dialog">{COOKIE[lang]}</div>'
    header = [
        f'  <header class="site-header chrome-{chrome}">',
        f'    <a class="logo" href="/">{e(meta["outlet"])}</a>',
        '    <nav class="main-nav">',
        "      <ul>",
        nav,
        "      </ul>",
        "    </nav>",
        "  </header>",
    ]
    article = [
        "  <main>",
        '    <article class="story">',
        f'      <p class="kicker">{e(meta.get("section", ""))}</p>',
        f"      <h1>{e(meta['title'])}</h1>",
        f'      <p class="byline">{e(meta["author"])} · <time datetime="{meta["published"]}">{e(shown_time(meta))}</time></p>',
        body,
        "    </article>",
    ]
    aside = [
        '    <aside class="related">',
        f"      <h2>{e(RELATED[lang])}</h2>",
        "      <ul>",
        rel,
        "      </ul>",
        "    </aside>",
        "  </main>",
    ]
    year = meta["published"][:4]
    footer = [
        '  <footer class="site-footer">',
        f"    <p>© {year} {e(meta['outlet'])}. {FOOTER[lang]}</p>",
        '    <p><a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a></p>',
        "  </footer>",
    ]
    if chrome == "a":
        parts = [cookie] + header + article + aside + footer
    elif chrome == "b":
        parts = header + article + aside + footer + [cookie]
    else:
        parts = header + [cookie] + article + aside + footer
    out += [f'<body class="page-{chrome}">'] + parts + ["</body>", "</html>", ""]
    return "\n".join(out)


def build(name):
    meta = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(meta)


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        d = HERE / "cases" / n
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(n), encoding="utf-8")
        print("wrote", d / "source.html")


if __name__ == "__main__":
    main()
