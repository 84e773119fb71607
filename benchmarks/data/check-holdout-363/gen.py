#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

A spec is a header of `key: value` lines (lang, outlet, url, published with a
UTC offset, title, author, section, sep, chrome), a line `---`, then the
article's paragraphs separated by blank lines. The page chrome (nav, cookie
banner, related links, footer) varies with `chrome` (0-3) and the language.
Everything is fictional; every domain is under .example.
"""
import datetime
import hashlib
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Climate", "Markets", "Insurance", "Opinion"],
    "fr": ["International", "Économie", "Climat", "Assurance", "Régions", "Débats"],
    "de": ["Politik", "Wirtschaft", "Finanzen", "Versicherung", "Klima", "Meinung"],
    "es": ["Nacional", "Economía", "Clima", "Seguros", "Mercados", "Opinión"],
    "ja": ["国内", "経済", "金融", "保険", "気象", "オピニオン"],
}
COOKIE = {
    "en": "We use cookies to improve your experience and to measure audiences. Accept all / Manage settings",
    "fr": "Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus. Tout accepter / Paramétrer",
    "de": "Wir verwenden Cookies, um unser Angebot zu verbessern. Alle akzeptieren / Einstellungen",
    "es": "Utilizamos cookies propias y de terceros para analizar el tráfico. Aceptar / Configurar",
    "ja": "当サイトは利便性向上のためクッキーを使用しています。同意する / 設定",
}
RELATED = {
    "en": ["Why reinsurance prices keep climbing", "Five questions about flood cover",
           "Opinion: rebuild smarter, not just faster"],
    "fr": ["Pourquoi la réassurance coûte plus cher", "Inondations : ce que couvre votre contrat",
           "Tribune : reconstruire autrement"],
    "de": ["Warum Rückversicherung teurer wird", "Was die Hausratversicherung bei Hochwasser zahlt",
           "Kommentar: Klüger wiederaufbauen"],
    "es": ["Por qué se encarece el reaseguro", "Qué cubre su póliza ante una inundación",
           "Opinión: reconstruir mejor"],
    "ja": ["再保険料の上昇はなぜ続くのか", "水災補償で知っておきたい5つのこと", "社説:復旧の先を考える"],
}
RELATED_HEAD = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema",
                "es": "Te puede interesar", "ja": "関連記事"}
FOOTER = {"en": "All rights reserved.", "fr": "Tous droits réservés.",
          "de": "Alle Rechte vorbehalten.", "es": "Todos los derechos reservados.",
          "ja": "無断転載を禁じます。"}
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


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def shown_time(lang, dt, zone):
    m = dt.month
    if lang == "en":
        h = dt.hour % 12 or 12
        ap = "a.m." if dt.hour < 12 else "p.m."
        return f"{MONTHS['en'][m-1]} {dt.day}, {dt.year} {h}:{dt.minute:02d} {ap} {zone}".strip()
    if lang == "fr":
        return f"Publié le {dt.day} {MONTHS['fr'][m-1]} {dt.year} à {dt.hour}h{dt.minute:02d}"
    if lang == "de":
        return f"{dt.day}. {MONTHS['de'][m-1]} {dt.year}, {dt.hour}:{dt.minute:02d} Uhr"
    if lang == "es":
        return f"{dt.day} de {MONTHS['es'][m-1]} de {dt.year} - {dt.hour:02d}:{dt.minute:02d} {zone}".strip()
    return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}時{dt.minute:02d}分"


def render(name, meta, paras):
    lang = meta["lang"]
    e = lambda s: html.escape(s, quote=True)
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    pub = meta["published"]
    dt = datetime.datetime.fromisoformat(pub)
    chrome = int(meta.get("chrome", int(hashlib.sha1(name.encode()).hexdigest(), 16) % 4))
    sep = {"dash": " - ", "pipe": " | "}[meta.get("sep", "dash")]
    desc = paras[0] if len(paras[0]) <= 160 else paras[0][:157].rsplit(" ", 1)[0] + "…"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    base = url.split("/", 3)
    home = base[0] + "//" + base[2]
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'        <li><a href="{home}/related/{chrome}{i}">{e(r)}</a></li>'
                    for i, r in enumerate(RELATED[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    time_txt = shown_time(lang, dt, meta.get("zone", ""))
    cls = ["article-page", "story", "news-detail", "post-single"][chrome]
    banner = f'  <div class="cookie-consent" role="dialog"><p>{e(COOKIE[lang])}</p></div>'
    header = f'''  <header class="site-header">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav class="main-nav"><ul>
{nav}
    </ul></nav>
  </header>'''
    article = f'''    <article>
      <span class="section">{e(meta.get("section", ""))}</span>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta["author"])}</span> <time datetime="{e(pub)}">{e(time_txt)}</time></p>
{body}
    </article>'''
    aside = f'''    <aside class="related">
      <h2>{e(RELATED_HEAD[lang])}</h2>
      <ul>
{rel}
      </ul>
    </aside>'''
    if chrome in (1, 3):
        top, main = banner + "\n" + header, article + "\n" + aside
    else:
        top, main = header + "\n" + banner, aside + "\n" + article if chrome == 2 else article + "\n" + aside
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
  <meta property="article:published_time" content="{e(pub)}">
  <meta property="article:section" content="{e(meta.get("section", ""))}">
  <meta name="author" content="{e(meta["author"])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="{cls}">
{top}
  <main class="content">
{main}
  </main>
  <footer class="site-footer"><p>&copy; {dt.year} {e(outlet)}. {e(FOOTER[lang])}</p>
    <p><a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a> · <a href="/contact/">Contact</a></p></footer>
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
