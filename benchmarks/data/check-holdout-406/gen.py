#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

A spec is a header of `key: value` lines, a line `---`, then paragraphs
separated by blank lines. A paragraph starting with `## ` becomes a <h2>.
Usage: python3 gen.py [--check]   (--check: exit 1 if any source.html is stale)
"""
import html
import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHROME = {
    "en": {"nav": ["World", "Business", "Sport", "Stadiums", "Media", "Opinion"],
           "cookie": "We use cookies to personalise content and to analyse our traffic.",
           "accept": "Accept all", "related": "More from Sport",
           "footer": "All rights reserved.", "subscribe": "Subscribe",
           "rel": ["Fans queue overnight for cup final seats", "Club posts record matchday revenue",
                   "Why new arenas keep running over budget", "Streaming rivals circle league rights"]},
    "fr": {"nav": ["International", "Économie", "Sports", "Culture", "Opinions"],
           "cookie": "Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.",
           "accept": "Tout accepter", "related": "À lire aussi",
           "footer": "Tous droits réservés.", "subscribe": "S'abonner",
           "rel": ["Billetterie : les prix des abonnements en hausse", "Le club dévoile son nouveau maillot",
                   "Enceintes sportives : la facture s'alourdit", "Droits télé : un marché sous tension"]},
    "de": {"nav": ["Politik", "Wirtschaft", "Sport", "Region", "Meinung"],
           "cookie": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
           "accept": "Alle akzeptieren", "related": "Mehr zum Thema",
           "footer": "Alle Rechte vorbehalten.", "subscribe": "Abo",
           "rel": ["Dauerkarten nach wenigen Stunden vergriffen", "Stadionumbau: Zeitplan wackelt",
                   "Neue Arena soll Konzerte anziehen", "Fernsehgelder: Vereine streiten über Verteilung"]},
    "es": {"nav": ["Internacional", "Economía", "Deportes", "Cultura", "Opinión"],
           "cookie": "Utilizamos cookies propias y de terceros para analizar el tráfico.",
           "accept": "Aceptar", "related": "Más noticias",
           "footer": "Todos los derechos reservados.", "subscribe": "Suscríbete",
           "rel": ["La taquilla del clásico bate marcas", "El nuevo estadio abrirá con un concierto",
                   "Las plataformas pujan por el fútbol", "Abonados: lista de espera récord"]},
    "ja": {"nav": ["政治", "経済", "スポーツ", "地域", "オピニオン"],
           "cookie": "当サイトはサービス向上のためにクッキーを使用しています。",
           "accept": "同意する", "related": "関連記事",
           "footer": "無断転載を禁じます。", "subscribe": "購読",
           "rel": ["新球場、年間パス完売", "スタジアム建設費の高騰続く",
                   "放映権料、配信大手が攻勢", "観客動員、コロナ前を上回る"]},
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def e(s):
    return html.escape(s, quote=True)


def render(meta, paras):
    lang = meta["lang"]
    c = CHROME[lang]
    style = int(meta.get("chrome", "1"))
    sep = " " + meta.get("sep", "-").strip() + " "
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    pub = meta["published"]
    dt = datetime.fromisoformat(pub)
    desc = paras[0] if not paras[0].startswith("## ") else paras[1]
    if len(desc) > 160:
        desc = desc[:157].rsplit(" ", 1)[0] + "…" if lang != "ja" else desc[:100] + "…"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": lang}
    domain = url.split("/")[2]
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w(f'<html lang="{lang}">')
    w("<head>")
    w('  <meta charset="utf-8">')
    w('  <meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"  <title>{e(title)}{e(sep)}{e(outlet)}</title>")
    w(f'  <meta name="description" content="{e(desc)}">')
    w(f'  <link rel="canonical" href="{e(url)}">')
    w('  <meta property="og:type" content="article">')
    w(f'  <meta property="og:site_name" content="{e(outlet)}">')
    w(f'  <meta property="og:title" content="{e(title)}">')
    w(f'  <meta property="og:url" content="{e(url)}">')
    w(f'  <meta property="article:published_time" content="{e(pub)}">')
    w(f'  <meta property="article:section" content="{e(meta.get("section", "Sport"))}">')
    w(f'  <meta name="author" content="{e(meta["author"])}">')
    w(f'  <link rel="stylesheet" href="https://static.{domain}/css/main.css">')
    if style in (2, 4):
        w(f'  <script src="https://static.{domain}/js/analytics.js" async></script>')
    w('  <script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    w("</head>")
    w(f'<body class="page-article v{style}">')
    banner = (f'  <div class="consent" role="dialog"><p>{e(c["cookie"])}</p>'
              f'<button type="button">{e(c["accept"])}</button></div>')
    if style in (1, 3):
        w(banner)
    if style in (1, 2):
        w("  <header class=\"site-header\">")
        w(f'    <a class="logo" href="https://{domain}/">{e(outlet)}</a>')
        w("    <nav><ul>" + "".join(f'<li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(c["nav"])) + "</ul></nav>")
        w(f'    <a class="btn-sub" href="/subscribe">{e(c["subscribe"])}</a>')
        w("  </header>")
    else:
        w('  <div id="masthead"><div class="brand">' + e(outlet) + "</div>")
        w('    <ul class="sections">' + "".join(f'<li><a href="/s/{i}">{e(n)}</a></li>' for i, n in enumerate(c["nav"])) + "</ul></div>")
    w("  <main>")
    w("    <article>")
    w(f"      <h1>{e(title)}</h1>")
    w(f'      <p class="byline"><span class="author">{e(meta["author"])}</span> '
      f'<time datetime="{e(pub)}">{e(meta["dateline"])}</time></p>')
    for p in paras:
        if p.startswith("## "):
            w(f"      <h2>{e(p[3:])}</h2>")
        else:
            w(f"      <p>{e(p)}</p>")
    w("    </article>")
    rel = "".join(f'<li><a href="/related/{i}">{e(t)}</a></li>' for i, t in enumerate(c["rel"][: 2 + style % 3]))
    w(f'    <aside class="related"><h3>{e(c["related"])}</h3><ul>{rel}</ul></aside>')
    w("  </main>")
    if style in (2, 4):
        w(banner)
    w(f'  <footer><p>© {dt.year} {e(outlet)}. {e(c["footer"])}</p></footer>')
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


def main():
    check = "--check" in sys.argv
    stale = []
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse_spec(spec)
        page = render(meta, paras)
        target = HERE / "cases" / spec.stem / "source.html"
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != page:
                stale.append(spec.stem)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page, encoding="utf-8")
    if check:
        if stale:
            print("stale:", ", ".join(stale))
            sys.exit(1)
        print("source.html up to date for all specs")


if __name__ == "__main__":
    main()
