#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic)."""
import html, json, sys, zlib
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

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
NAV = {
    "en": ["World", "Business", "Markets", "Money", "Politics", "Opinion"],
    "fr": ["Monde", "Économie", "Marchés", "Argent", "Politique", "Opinions"],
    "de": ["Welt", "Wirtschaft", "Märkte", "Finanzen", "Politik", "Meinung"],
    "es": ["Mundo", "Economía", "Mercados", "Dinero", "Política", "Opinión"],
    "ja": ["国際", "経済", "マーケット", "くらし", "政治", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience.", "Accept all", "Manage"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Usamos cookies para mejorar su experiencia.", "Aceptar todo", "Configurar"),
    "ja": ("当サイトではクッキーを使用しています。", "同意する", "設定"),
}
RELATED = {
    "en": ("Related", ["How index-linked benefits are calculated", "Five questions about your workplace plan",
                       "Markets wrap: bonds steady", "Opinion: the case for later retirement"]),
    "fr": ("À lire aussi", ["Comment sont calculées les pensions", "Épargne : cinq questions à se poser",
                            "Marchés : les taux se stabilisent", "Tribune : travailler plus longtemps ?"]),
    "de": ("Mehr zum Thema", ["So wird die Rente berechnet", "Fünf Fragen zur Vorsorge",
                              "Märkte: Anleihen stabil", "Kommentar: Länger arbeiten?"]),
    "es": ("Más noticias", ["Cómo se calcula su pensión", "Cinco preguntas sobre el ahorro",
                            "Mercados: los bonos, estables", "Opinión: jubilarse más tarde"]),
    "ja": ("関連記事", ["年金額の計算方法を解説", "iDeCoの5つの疑問", "市況:債券相場は小動き", "社説:働き方と老後"]),
}
FOOT = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}


def parse_spec(path):
    text = Path(path).read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") if meta["lang"] != "ja" else p.strip().replace("\n", "")
             for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def display_time(meta):
    dt = datetime.fromisoformat(meta["published"])
    lang, z = meta["lang"], meta.get("tz_label", "")
    if lang == "en":
        h = dt.hour % 12 or 12
        ap = "a.m." if dt.hour < 12 else "p.m."
        return f"{MONTHS['en'][dt.month-1]} {dt.day}, {dt.year}, {h}:{dt.minute:02d} {ap} {z}".strip()
    if lang == "fr":
        return f"Publié le {dt.day} {MONTHS['fr'][dt.month-1]} {dt.year} à {dt.hour}h{dt.minute:02d} {z}".strip()
    if lang == "de":
        return f"{dt.day}. {MONTHS['de'][dt.month-1]} {dt.year}, {dt.hour:02d}:{dt.minute:02d} Uhr {z}".strip()
    if lang == "es":
        return f"{dt.day} de {MONTHS['es'][dt.month-1]} de {dt.year}, {dt.hour}:{dt.minute:02d} h {z}".strip()
    return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}時{dt.minute:02d}分"


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    v = zlib.crc32(name.encode()) % 4
    sep = " | " if v % 2 else " - "
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel_h, rel = RELATED[lang]
    rel_html = "\n".join(f'        <li><a href="/related/{zlib.crc32((name+r).encode()) % 90000 + 10000}">{e(r)}</a></li>'
                         for r in rel[v % 2: v % 2 + 3])
    ck = COOKIE[lang]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    when = f'<time datetime="{meta["published"]}">{e(display_time(meta))}</time>'
    byline = f'<span class="byline">{e(meta["author"])}</span>'
    cookie = (f'  <div class="cookie-banner" role="dialog"><p>{e(ck[0])}</p>'
              f'<button>{e(ck[1])}</button> <button>{e(ck[2])}</button></div>\n')
    header = (f'  <header class="site-header v{v}">\n    <a class="logo" href="/">{e(outlet)}</a>\n'
              f'    <nav aria-label="main"><ul>\n{nav}\n    </ul></nav>\n  </header>\n')
    article = (f'    <article class="story">\n      <p class="kicker">{e(meta.get("section", ""))}</p>\n'
               f'      <h1>{e(title)}</h1>\n      <div class="meta">{byline} {when}</div>\n{body}\n    </article>\n')
    aside = (f'    <aside class="related">\n      <h2>{e(rel_h)}</h2>\n      <ul>\n{rel_html}\n      </ul>\n    </aside>\n')
    main = f'  <main>\n{article}{aside}  </main>\n' if v < 2 else f'  <div class="wrap">\n{aside}{article}  </div>\n'
    top = cookie + header if v in (0, 3) else header + cookie
    footer = (f'  <footer>\n    <p>&copy; {meta["published"][:4]} {e(outlet)}. {e(FOOT[lang])}</p>\n'
              f'    <a href="/privacy/">Privacy</a> <a href="/contact/">Contact</a>\n  </footer>\n')
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n  <meta charset="utf-8">\n'
            f'  <title>{e(title)}{sep}{e(outlet)}</title>\n'
            f'  <meta name="description" content="{e(desc)}">\n'
            f'  <link rel="canonical" href="{e(url)}">\n'
            f'  <meta property="og:type" content="article">\n'
            f'  <meta property="og:site_name" content="{e(outlet)}">\n'
            f'  <meta property="og:title" content="{e(title)}">\n'
            f'  <meta property="og:url" content="{e(url)}">\n'
            f'  <meta property="article:published_time" content="{meta["published"]}">\n'
            f'  <meta name="author" content="{e(meta["author"])}">\n'
            f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
            f'</head>\n<body>\n{top}{main}{footer}</body>\n</html>\n')


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        out = HERE / "cases" / n / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(n), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main()
