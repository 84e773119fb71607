#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-371).

A spec is a header of `key: value` lines, a line `---`, then paragraphs separated
by blank lines. Header keys: lang, outlet, url, published (ISO 8601 with UTC
offset), title, author, section, chrome (0-3, picks the page layout), sep
(separator in <title>: "-" or "|"), related (titles separated by " ;; ").
"""
import html
import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Markets", "Drinks", "Agriculture", "Opinion"],
    "fr": ["Actualités", "Économie", "Vignobles", "Marchés", "Régions", "Opinions"],
    "de": ["Nachrichten", "Wirtschaft", "Weinbau", "Märkte", "Regionen", "Meinung"],
    "es": ["Noticias", "Economía", "Mercados", "Campo", "Regiones", "Opinión"],
    "ja": ["ニュース", "経済", "酒類", "農業", "地域", "オピニオン"],
}
COOKIE = {
    "en": "We use cookies to improve your experience. <button>Accept all</button> <button>Manage settings</button>",
    "fr": "Ce site utilise des cookies pour mesurer l'audience. <button>Tout accepter</button> <button>Paramétrer</button>",
    "de": "Wir verwenden Cookies, um unser Angebot zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
    "es": "Utilizamos cookies propias y de terceros. <button>Aceptar</button> <button>Configurar</button>",
    "ja": "当サイトはクッキーを使用しています。 <button>同意する</button> <button>設定</button>",
}
RELATED = {"en": "Related coverage", "fr": "À lire aussi", "de": "Mehr zum Thema",
           "es": "Te puede interesar", "ja": "関連記事"}
RIGHTS = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
          "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


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


def display_time(meta):
    dt = datetime.fromisoformat(meta["published"])
    lang = meta["lang"]
    if lang == "ja":
        return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}:{dt.minute:02d}"
    if lang == "de":
        return f"{dt.day:02d}.{dt.month:02d}.{dt.year}, {dt.hour:02d}:{dt.minute:02d} Uhr"
    if lang == "fr":
        return f"Publié le {dt.day:02d}/{dt.month:02d}/{dt.year} à {dt.hour:02d}h{dt.minute:02d}"
    if lang == "es":
        return f"{dt.day:02d}/{dt.month:02d}/{dt.year} - {dt.hour:02d}:{dt.minute:02d}"
    return dt.strftime("%B %-d, %Y %-I:%M %p")


def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    chrome = int(meta.get("chrome", "0"))
    sep = meta.get("sep", "-")
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    desc = paras[0][:180]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    related = [r.strip() for r in meta.get("related", "").split(";;") if r.strip()]
    rel = "\n".join(f'        <li><a href="/r/{i + 1}">{e(r)}</a></li>' for i, r in enumerate(related))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
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
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    time_el = f'<time datetime="{meta["published"]}">{e(display_time(meta))}</time>'
    cookie = f'<div class="cookie-banner" role="dialog">{COOKIE[lang]}</div>'
    footer = f'<footer class="site-footer"><p>&copy; {datetime.fromisoformat(meta["published"]).year} {e(outlet)}. {RIGHTS[lang]}</p><a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer>'
    article = f"""    <article class="story">
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> {time_el}</p>
{body}
    </article>"""
    aside = f"""    <aside class="related">
      <h2>{RELATED[lang]}</h2>
      <ul>
{rel}
      </ul>
    </aside>"""
    navblock = f"""  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>"""
    if chrome == 0:
        page = f"{navblock}\n  {cookie}\n  <main>\n{article}\n{aside}\n  </main>\n  {footer}"
    elif chrome == 1:
        page = f"  {cookie}\n{navblock}\n  <div class=\"wrap\">\n    <div class=\"ad-slot\">Advertisement</div>\n{article}\n  </div>\n{aside}\n  {footer}"
    elif chrome == 2:
        page = f"{navblock}\n  <div class=\"breaking\">{e(meta.get('section', ''))}</div>\n  <main class=\"grid\">\n{aside}\n{article}\n  </main>\n  {cookie}\n  {footer}"
    else:
        page = f"  <div class=\"topline\"><a href=\"/newsletter\">Newsletter</a></div>\n{navblock}\n  <section class=\"content\">\n{article}\n    <div class=\"share\">Share: <a href=\"#\">Mail</a> <a href=\"#\">Copy link</a></div>\n{aside}\n  </section>\n  {footer}\n  {cookie}"
    return head + f'<body class="article chrome-{chrome}">\n{page}\n</body>\n</html>\n'


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        out = HERE / "cases" / name / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(name), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
