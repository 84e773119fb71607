#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic).

A spec is a header of `key: value` lines, a line `---`, then paragraphs
separated by blank lines.  `chrome` (1-4) picks one of four page layouts.
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Local", "Business", "Arts", "Opinion", "Sport"],
    "fr": ["Actualités", "Région", "Économie", "Culture", "Sports", "Opinions"],
    "de": ["Politik", "Lokales", "Wirtschaft", "Kultur", "Sport", "Meinung"],
    "es": ["Nacional", "Local", "Economía", "Cultura", "Deportes", "Opinión"],
    "ja": ["ニュース", "地域", "経済", "文化", "スポーツ", "社説"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to show relevant ads.", "Accept all", "Manage"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "Aceptar", "Configurar"),
    "ja": ("当サイトでは利便性向上のためクッキーを使用しています。", "同意する", "設定"),
}
RELATED = {
    "en": ("Related stories", ["City council delays vote on park renovation", "Weekend weather: showers clearing by Sunday", "Local theatre announces spring season"]),
    "fr": ("À lire aussi", ["Travaux : la rue du Port fermée jusqu'en mars", "Le marché de Noël revient place de la Mairie", "Football : victoire à domicile pour le club local"]),
    "de": ("Mehr zum Thema", ["Baustelle an der Hauptstraße dauert länger", "Wochenmarkt zieht vorübergehend um", "Stadtrat berät über neue Radwege"]),
    "es": ("Te puede interesar", ["Obras en la avenida principal hasta marzo", "El mercado municipal amplía su horario", "Concierto gratuito en la plaza mayor"]),
    "ja": ("関連記事", ["市道の拡幅工事、来春に完了へ", "週末は晴れ 行楽日和に", "地元高校が県大会で優勝"]),
}
FOOTER = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}


def read_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    sep = meta.get("sep", '" - "').strip('"')
    meta["sep"] = sep
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def e(s):
    return html.escape(s, quote=True)


def render(name, meta, paras):
    lang = meta["lang"]
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    pub, author, section = meta["published"], meta["author"], meta["section"]
    chrome = int(meta.get("chrome", "1"))
    desc = paras[0][:160]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
        "datePublished": pub, "dateModified": pub,
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": outlet},
        "mainEntityOfPage": url, "inLanguage": lang,
    }
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ctext, cyes, cno = COOKIE[lang]
    rtitle, rlinks = RELATED[lang]
    rel = "\n".join(f'        <li><a href="/story/{i + 100}">{e(t)}</a></li>' for i, t in enumerate(rlinks))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(meta['sep'])}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(section)}">
  <meta name="author" content="{e(author)}">
  <link rel="stylesheet" href="/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    byline = f'<span class="byline">{e(author)}</span> <time datetime="{pub}">{e(meta["dateline"])}</time>'
    cookie = f"""  <div id="cookie-consent" class="consent" role="dialog">
    <p>{e(ctext)}</p>
    <button class="accept">{e(cyes)}</button> <button class="manage">{e(cno)}</button>
  </div>"""
    navblock = f"""  <nav class="main-nav">
    <a class="logo" href="/">{e(outlet)}</a>
    <ul>
{nav}
    </ul>
  </nav>"""
    related = f"""  <aside class="related">
    <h2>{e(rtitle)}</h2>
    <ul>
{rel}
    </ul>
  </aside>"""
    footer = f"""  <footer class="site-footer">
    <p>&copy; {pub[:4]} {e(outlet)}. {e(FOOTER[lang])}</p>
    <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a>
  </footer>"""
    article = f"""  <article class="story">
    <header>
      <p class="section">{e(section)}</p>
      <h1>{e(title)}</h1>
      <p class="meta">{byline}</p>
    </header>
    <div class="story-text">
{body}
    </div>
  </article>"""
    if chrome == 1:
        parts = [cookie, navblock, "  <main>", article, related, "  </main>", footer]
    elif chrome == 2:
        parts = [navblock, '  <div class="wrap">', article, "  </div>", related, footer, cookie]
    elif chrome == 3:
        parts = ['  <header class="masthead"><div class="edition">' + e(outlet) + "</div></header>", navblock,
                 '  <div class="ad-slot" data-slot="top"></div>', "  <main>", article, "  </main>", related, cookie, footer]
    else:
        parts = [cookie, '  <div class="page">', navblock, '    <div class="columns">', article, related,
                 "    </div>", "  </div>", footer]
    return head + "<body>\n" + "\n".join(parts) + "\n</body>\n</html>\n"


def build(name):
    meta, paras = read_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main():
    names = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        out = HERE / "cases" / name / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(name), encoding="utf-8")
    print(f"wrote {len(names)} source.html files", file=sys.stderr)


if __name__ == "__main__":
    main()
