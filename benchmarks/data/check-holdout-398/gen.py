#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-398).

A spec is a header of `key: value` lines, a line `---`, then paragraphs
separated by blank lines. Run: python3 gen.py [--check]
"""
import html
import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
             "August", "September", "Oktober", "November", "Dezember"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
             "agosto", "septiembre", "octubre", "noviembre", "diciembre"]

UI = {
    "en": dict(nav=["World", "Business", "Food & Drink", "Markets", "Opinion", "Video"],
               cookie="We use cookies to improve your experience and to measure our audience.",
               accept="Accept all", refuse="Manage choices", related="More from this section",
               footer="All rights reserved.", by="By", sub="Subscribe", share="Share this story"),
    "fr": dict(nav=["France", "International", "Économie", "Consommation", "Entreprises", "Opinions"],
               cookie="Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.",
               accept="Tout accepter", refuse="Paramétrer", related="À lire aussi",
               footer="Tous droits réservés.", by="Par", sub="S'abonner", share="Partager l'article"),
    "de": dict(nav=["Politik", "Wirtschaft", "Handel", "Unternehmen", "Verbraucher", "Meinung"],
               cookie="Wir verwenden Cookies, um unser Angebot zu verbessern und die Reichweite zu messen.",
               accept="Alle akzeptieren", refuse="Einstellungen", related="Mehr zum Thema",
               footer="Alle Rechte vorbehalten.", by="Von", sub="Abonnieren", share="Artikel teilen"),
    "es": dict(nav=["Nacional", "Internacional", "Economía", "Empresas", "Consumo", "Opinión"],
               cookie="Utilizamos cookies propias y de terceros para analizar el tráfico y personalizar contenidos.",
               accept="Aceptar", refuse="Configurar", related="Te puede interesar",
               footer="Todos los derechos reservados.", by="Por", sub="Suscríbete", share="Compartir"),
    "ja": dict(nav=["経済", "企業", "食品", "外食", "流通", "オピニオン"],
               cookie="当サイトでは利便性向上とアクセス解析のためにクッキーを使用しています。",
               accept="同意する", refuse="設定", related="関連記事",
               footer="無断転載を禁じます。", by="", sub="会員登録", share="この記事を共有"),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    if meta["lang"] == "ja":
        paras = ["".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    return meta, [p for p in paras if p]


def display_date(meta):
    dt = datetime.fromisoformat(meta["published"])
    lang, tz = meta["lang"], meta.get("tzname", "")
    if lang == "en":
        h = dt.hour % 12 or 12
        ap = "a.m." if dt.hour < 12 else "p.m."
        return f"{EN_MONTHS[dt.month-1]} {dt.day}, {dt.year}, {h}:{dt.minute:02d} {ap} {tz}".strip()
    if lang == "fr":
        return f"Publié le {dt.day} {FR_MONTHS[dt.month-1]} {dt.year} à {dt.hour:02d}h{dt.minute:02d}"
    if lang == "de":
        return f"{dt.day}. {DE_MONTHS[dt.month-1]} {dt.year}, {dt.hour}:{dt.minute:02d} Uhr"
    if lang == "es":
        return f"{dt.day} de {ES_MONTHS[dt.month-1]} de {dt.year} - {dt.hour:02d}:{dt.minute:02d} {tz}".strip()
    return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}時{dt.minute:02d}分"


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    ui = UI[lang]
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    sep = meta.get("sep", "-")
    site = url.split("/")[0] + "//" + url.split("/")[2]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": lang}
    chrome = meta.get("chrome", "a")
    body_ps = "\n".join(f"        <p>{e(p)}</p>" for p in paras)
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = meta.get("related", "").split("|")
    rel_html = "\n".join(f'        <li><a href="{site}/r/{i+1}">{e(r.strip())}</a></li>'
                         for i, r in enumerate(rel) if r.strip())
    when = display_date(meta)
    by = f'{ui["by"]} {meta["author"]}'.strip()
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} {sep} {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    cookie = f"""  <div class="cookie-banner" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="settings">{e(ui['refuse'])}</button>
  </div>
"""
    footer = f"""  <footer class="site-footer">
    <p>&copy; {meta['published'][:4]} {e(outlet)}. {e(ui['footer'])}</p>
    <ul class="legal"><li><a href="/legal">Legal</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact</a></li></ul>
  </footer>
"""
    related = f"""    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{rel_html}
      </ul>
    </aside>
"""
    article = f"""    <article class="story">
      <header>
        <p class="kicker">{e(meta.get('section', ''))}</p>
        <h1>{e(title)}</h1>
        <p class="byline"><span class="author">{e(by)}</span> <time datetime="{meta['published']}">{e(when)}</time></p>
      </header>
      <div class="story-body">
{body_ps}
      </div>
      <p class="share">{e(ui['share'])}</p>
    </article>
"""
    navblock = f"""  <header class="masthead">
    <a class="logo" href="{site}/">{e(outlet)}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe">{e(ui['sub'])}</a>
  </header>
"""
    if chrome == "a":
        body = navblock + cookie + '  <main>\n' + article + related + '  </main>\n' + footer
    elif chrome == "b":
        body = cookie + navblock + '  <div class="grid">\n' + related + article + '  </div>\n' + footer
    elif chrome == "c":
        body = navblock + '  <div class="wrap"><section class="content">\n' + article + \
            '  </section>\n' + related + '  </div>\n' + cookie + footer
    else:
        body = ('  <div class="ticker">Markets | Commodities | Food prices</div>\n' + navblock +
                '  <main id="content">\n' + article + '  </main>\n' + related + footer + cookie)
    return head + '<body class="article">\n' + body + "</body>\n</html>\n"


def build(check=False):
    stale = []
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / name / "source.html"
        new = render(name, meta, paras)
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != new:
                stale.append(name)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(new, encoding="utf-8")
    return stale


if __name__ == "__main__":
    if "--check" in sys.argv:
        s = build(check=True)
        print("stale:", s)
        sys.exit(1 if s else 0)
    build()
    print("generated")
