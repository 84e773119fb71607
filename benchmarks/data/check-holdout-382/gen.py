#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-382).

A spec is a header of `key: value` lines, a line `---`, then the article's
paragraphs separated by blank lines. `python3 gen.py` rewrites every page;
`python3 gen.py --check` exits 1 if a page is not up to date.
"""
import html
import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPECS = HERE / "specs"
CASES = HERE / "cases"

UI = {
    "en": {"cookie": "We use cookies to improve your experience and to measure our audience.",
           "accept": "Accept all", "reject": "Reject", "related": "Related stories",
           "menu": ["World", "Business", "Environment", "Cities", "Opinion", "Weather"],
           "rights": "All rights reserved.", "by": "By"},
    "fr": {"cookie": "Nous utilisons des cookies pour améliorer votre expérience et mesurer notre audience.",
           "accept": "Tout accepter", "reject": "Refuser", "related": "À lire aussi",
           "menu": ["Monde", "Économie", "Environnement", "Régions", "Opinions", "Météo"],
           "rights": "Tous droits réservés.", "by": "Par"},
    "de": {"cookie": "Wir verwenden Cookies, um unser Angebot zu verbessern und die Reichweite zu messen.",
           "accept": "Alle akzeptieren", "reject": "Ablehnen", "related": "Mehr zum Thema",
           "menu": ["Politik", "Wirtschaft", "Umwelt", "Region", "Meinung", "Wetter"],
           "rights": "Alle Rechte vorbehalten.", "by": "Von"},
    "es": {"cookie": "Utilizamos cookies para mejorar su experiencia y medir nuestra audiencia.",
           "accept": "Aceptar todo", "reject": "Rechazar", "related": "Te puede interesar",
           "menu": ["Internacional", "Economía", "Medio ambiente", "Comunidad", "Opinión", "Tiempo"],
           "rights": "Todos los derechos reservados.", "by": "Por"},
    "ja": {"cookie": "当サイトは利便性向上とアクセス解析のためにクッキーを使用しています。",
           "accept": "同意する", "reject": "拒否する", "related": "関連記事",
           "menu": ["国際", "経済", "環境", "地域", "社説", "天気"],
           "rights": "無断転載を禁じます。", "by": ""},
}

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def shown_time(meta):
    dt = datetime.fromisoformat(meta["published"])
    lang, zone = meta["lang"], meta.get("zone", "")
    if lang == "en":
        return f"{MONTHS['en'][dt.month-1]} {dt.day}, {dt.year} {dt.strftime('%H:%M')} {zone}".strip()
    if lang == "fr":
        return f"{dt.day} {MONTHS['fr'][dt.month-1]} {dt.year} à {dt.hour} h {dt.minute:02d}"
    if lang == "de":
        return f"{dt.day}. {MONTHS['de'][dt.month-1]} {dt.year}, {dt.strftime('%H:%M')} Uhr"
    if lang == "es":
        return f"{dt.day} de {MONTHS['es'][dt.month-1]} de {dt.year} - {dt.strftime('%H:%M')} {zone}".strip()
    return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}時{dt.minute:02d}分"


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    ui = UI[lang]
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    sep = meta.get("sep", "-")
    chrome = meta.get("chrome", "a")
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    home = url.split("/", 3)[:3]
    home = "/".join(home) + "/"
    menu = "\n".join(f'        <li><a href="/{e(m.lower().replace(" ", "-"))}/">{e(m)}</a></li>' for m in ui["menu"])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    related = [r for r in meta.get("related", "").split(" ; ") if r]
    rel = "\n".join(f'        <li><a href="{e(home)}{i}/">{e(r)}</a></li>' for i, r in enumerate(related, 1))
    byline = f"{ui['by']} {meta['author']}".strip() if ui["by"] else f"{meta['author']}記者"
    shown = shown_time(meta)
    cookie = (f'  <div class="cookie-banner" role="dialog"><p>{e(ui["cookie"])}</p>'
              f'<button>{e(ui["accept"])}</button> <button>{e(ui["reject"])}</button></div>')
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} {e(sep)} {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    article = f"""    <article class="story">
      <p class="kicker">{e(meta.get('section', ''))}</p>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(byline)}</span> · <time datetime="{e(meta['published'])}">{e(shown)}</time></p>
{body}
    </article>"""
    aside = f"""    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>"""
    footer = f"""  <footer class="site-footer">
    <p>© {datetime.fromisoformat(meta['published']).year} {e(outlet)}. {e(ui['rights'])}</p>
    <ul class="legal"><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li><li><a href="/contact/">Contact</a></li></ul>
  </footer>"""
    nav = f"""  <nav class="main-nav">
    <a class="logo" href="/">{e(outlet)}</a>
    <ul>
{menu}
    </ul>
  </nav>"""
    if chrome == "a":
        page = f"""<body class="article">
{cookie}
{nav}
  <main>
{article}
{aside}
  </main>
{footer}
</body>
</html>
"""
    elif chrome == "b":
        page = f"""<body>
  <header class="masthead">
    <div class="edition">{e(shown.split(',')[0])}</div>
{nav}
  </header>
  <div class="wrap">
    <div class="ad-slot" data-slot="top"></div>
{article}
{aside}
    <div class="newsletter"><form action="/newsletter/"><input type="email" name="email"><button>OK</button></form></div>
  </div>
{footer}
{cookie}
</body>
</html>
"""
    else:
        page = f"""<body class="story-page">
{nav}
  <div class="breaking-ticker"><span>{e(meta.get('section', ''))}</span></div>
  <section class="content">
{aside}
{article}
  </section>
{cookie}
{footer}
</body>
</html>
"""
    return head + page


def main():
    check = "--check" in sys.argv
    stale = []
    for spec in sorted(SPECS.glob("*.txt")):
        meta, paras = parse_spec(spec)
        out = CASES / spec.stem / "source.html"
        page = render(meta, paras)
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != page:
                stale.append(spec.stem)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(page, encoding="utf-8")
    if check:
        if stale:
            print("stale:", ", ".join(stale))
            sys.exit(1)
        print("all source.html up to date")


if __name__ == "__main__":
    main()
