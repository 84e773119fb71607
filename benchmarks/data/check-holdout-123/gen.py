#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (news-like page)."""
import html, json, sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MENUS = {
    "en": ["World", "Business", "Transport", "Cities", "Climate", "Opinion"],
    "fr": ["International", "Économie", "Transports", "Régions", "Climat", "Opinions"],
    "de": ["Politik", "Wirtschaft", "Verkehr", "Regionales", "Klima", "Meinung"],
    "es": ["Internacional", "Economía", "Movilidad", "Ciudades", "Clima", "Opinión"],
    "ja": ["国際", "経済", "交通", "地域", "環境", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to personalise content and ads and to analyse our traffic.", "Accept all", "Reject non-essential", "Related stories", "All rights reserved."),
    "fr": ("Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience.", "Tout accepter", "Continuer sans accepter", "À lire aussi", "Tous droits réservés."),
    "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Nur notwendige", "Mehr zum Thema", "Alle Rechte vorbehalten."),
    "es": ("Utilizamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico.", "Aceptar todo", "Rechazar", "Te puede interesar", "Todos los derechos reservados."),
    "ja": ("当サイトは利便性向上と広告配信のためにクッキーを使用しています。", "同意する", "拒否する", "関連記事", "無断転載を禁じます。"),
}
WD = {"en": "Mon Tue Wed Thu Fri Sat Sun".split(),
      "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
      "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
      "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
      "ja": "月火水木金土日"}
MON = {"en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
       "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
       "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
       "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()}


def shown(dt, lang, tzname):
    w = WD[lang][dt.weekday()]
    if lang == "en":
        return f"{w} {dt.day} {MON['en'][dt.month-1]} {dt.year} {dt:%H.%M} {tzname}"
    if lang == "fr":
        return f"Publié le {w} {dt.day} {MON['fr'][dt.month-1]} {dt.year} à {dt:%Hh%M} ({tzname})"
    if lang == "de":
        return f"{w}, {dt.day}. {MON['de'][dt.month-1]} {dt.year}, {dt:%H:%M} Uhr ({tzname})"
    if lang == "es":
        return f"{w}, {dt.day} de {MON['es'][dt.month-1]} de {dt.year}, {dt:%H:%M} ({tzname})"
    return f"{dt.year}年{dt.month}月{dt.day}日（{w}）{dt:%H:%M}（{tzname}）"


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    lang = meta["lang"]
    e = lambda s: html.escape(s, quote=True)
    url = f"https://{meta['domain']}{meta['path']}"
    pub = meta["published"]
    dt = datetime.fromisoformat(pub)
    desc = paras[0][:150]
    sep = " | " if lang in ("fr", "es") else (" – " if lang == "de" else (" - " if lang == "en" else "｜"))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": pub, "dateModified": pub, "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": url}
    ck = COOKIE[lang]
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(MENUS[lang]))
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r.strip())}</a></li>'
                    for i, r in enumerate(meta.get("related", "").split("|")) if r.strip())
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
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
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav class="main-nav"><ul>
{menu}
    </ul></nav>
  </header>
  <main class="page">
    <article>
      <p class="kicker">{e(meta['section'])}</p>
      <h1>{e(meta['title'])}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{pub}">{e(shown(dt, lang, meta['tzname']))}</time></p>
      <div class="article-body">
{body}
      </div>
    </article>
    <aside class="related">
      <h2>{e(ck[3])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="consent" class="cookie-banner" role="dialog">
    <p>{e(ck[0])}</p>
    <button>{e(ck[1])}</button> <button>{e(ck[2])}</button>
  </div>
  <footer class="site-footer">
    <p>&copy; {dt.year} {e(meta['outlet'])}. {e(ck[4])}</p>
  </footer>
</body>
</html>
"""


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        if names and sp.stem not in names:
            continue
        meta, paras = parse(sp)
        out = HERE / "cases" / sp.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{sp.stem}: {words} {'chars' if meta['lang']=='ja' else 'words'}")


if __name__ == "__main__":
    main(sys.argv[1:])
