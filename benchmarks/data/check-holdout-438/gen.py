#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

A spec is a header of "key: value" lines (lang, outlet, url, published,
zone, title, author, section, chrome, related), a line "---", then the
article's paragraphs separated by blank lines ("## " starts a subhead).
`related` is "Title | url ;; Title | url".  `chrome` picks one of four
page layouts (a, b, c, d).  Run: python3 gen.py [name ...]
"""
import datetime as dt
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(nav=["News", "Local", "Business", "Transport", "Sport", "Opinion", "Weather"],
               cookie="We use cookies to improve your experience and to show relevant adverts. Choose \u201cAccept all\u201d or manage your preferences.",
               accept="Accept all", manage="Manage preferences", related="Related stories",
               most="Most read", sub="Subscribe", share="Share this article", by="By",
               foot=["About us", "Contact", "Complaints", "Privacy notice", "Terms of use"],
               rights="All rights reserved.", upd="Published"),
    "fr": dict(nav=["Actualit\u00e9s", "R\u00e9gion", "\u00c9conomie", "Mobilit\u00e9", "Sports", "Opinions", "M\u00e9t\u00e9o"],
               cookie="Nous utilisons des cookies pour mesurer l\u2019audience et personnaliser les publicit\u00e9s. Vous pouvez accepter ou param\u00e9trer vos choix.",
               accept="Tout accepter", manage="Param\u00e9trer", related="\u00c0 lire aussi",
               most="Les plus lus", sub="S\u2019abonner", share="Partager cet article", by="Par",
               foot=["Qui sommes-nous", "Contact", "Mentions l\u00e9gales", "Donn\u00e9es personnelles", "CGU"],
               rights="Tous droits r\u00e9serv\u00e9s.", upd="Publi\u00e9 le"),
    "de": dict(nav=["Nachrichten", "Region", "Wirtschaft", "Verkehr", "Sport", "Meinung", "Wetter"],
               cookie="Wir verwenden Cookies, um unser Angebot zu verbessern und Werbung anzuzeigen. Sie k\u00f6nnen alle akzeptieren oder Ihre Auswahl anpassen.",
               accept="Alle akzeptieren", manage="Einstellungen", related="Mehr zum Thema",
               most="Meistgelesen", sub="Abo", share="Artikel teilen", by="Von",
               foot=["\u00dcber uns", "Kontakt", "Impressum", "Datenschutz", "AGB"],
               rights="Alle Rechte vorbehalten.", upd="Ver\u00f6ffentlicht"),
    "es": dict(nav=["Noticias", "Regi\u00f3n", "Econom\u00eda", "Movilidad", "Deportes", "Opini\u00f3n", "Clima"],
               cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrar publicidad. Puede aceptarlas o configurarlas.",
               accept="Aceptar todas", manage="Configurar", related="Noticias relacionadas",
               most="Lo m\u00e1s le\u00eddo", sub="Suscr\u00edbete", share="Compartir", by="Por",
               foot=["Qui\u00e9nes somos", "Contacto", "Aviso legal", "Privacidad", "Condiciones de uso"],
               rights="Todos los derechos reservados.", upd="Publicado"),
    "ja": dict(nav=["ニュース", "地域", "経済", "交通", "スポーツ", "社説", "天気"],
               cookie="当サイトではサービス向上と広告配信のためにクッキーを使用しています。「すべて同意」を選ぶか、設定を変更してください。",
               accept="すべて同意", manage="設定", related="関連記事",
               most="よく読まれている記事", sub="購読", share="この記事を共有", by="",
               foot=["会社概要", "お問い合わせ", "記事利用について", "個人情報保護方針", "利用規約"],
               rights="無断転載を禁じます。", upd="公開"),
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "f\u00e9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\u00fbt",
           "septembre", "octobre", "novembre", "d\u00e9cembre"],
    "de": ["Januar", "Februar", "M\u00e4rz", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def parse_spec(path):
    text = pathlib.Path(path).read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    meta["paragraphs"] = [" ".join(p.split("\n")) if meta["lang"] != "ja" else "".join(p.split("\n")) for p in paras]
    rel = []
    for item in meta.get("related", "").split(";;"):
        if "|" in item:
            t, u = item.rsplit("|", 1)
            rel.append((t.strip(), u.strip()))
    meta["related_list"] = rel
    return meta


def shown_date(meta):
    p = dt.datetime.fromisoformat(meta["published"])
    lang, zone = meta["lang"], meta["zone"]
    if lang == "en":
        h = p.hour % 12 or 12
        ap = "a.m." if p.hour < 12 else "p.m."
        return f"{MONTHS['en'][p.month-1]} {p.day}, {p.year} {h}:{p.minute:02d} {ap} {zone}"
    if lang == "fr":
        return f"{p.day} {MONTHS['fr'][p.month-1]} {p.year} \u00e0 {p.hour:02d}h{p.minute:02d} ({zone})"
    if lang == "de":
        return f"{p.day:02d}.{p.month:02d}.{p.year}, {p.hour:02d}:{p.minute:02d} Uhr ({zone})"
    if lang == "es":
        return f"{p.day} de {MONTHS['es'][p.month-1]} de {p.year}, {p.hour:02d}:{p.minute:02d} h ({zone})"
    return f"{p.year}年{p.month}月{p.day}日 {p.hour:02d}:{p.minute:02d}"


def esc(s):
    return html.escape(s, quote=True)


def article_html(meta, ind):
    out = []
    for p in meta["paragraphs"]:
        if p.startswith("## "):
            out.append(f"{ind}<h2>{esc(p[3:])}</h2>")
        else:
            out.append(f"{ind}<p>{esc(p)}</p>")
    return "\n".join(out)


def render(meta):
    lang = meta["lang"]
    ui = UI[lang]
    chrome = meta.get("chrome", "a")
    sep = " | " if chrome in ("b", "d") else " - "
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    desc = meta["paragraphs"][0]
    if len(desc) > 160:
        desc = desc[:157].rsplit(" ", 1)[0] + "\u2026" if lang != "ja" else desc[:80] + "\u2026"
    host = url.split("/")[2]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "inLanguage": lang, "articleSection": meta["section"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet,
                        "logo": {"@type": "ImageObject", "url": f"https://{host}/static/logo.png"}},
          "mainEntityOfPage": url}
    nav = "\n".join(f'        <li><a href="/{i}/">{esc(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "\n".join(f'        <li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in meta["related_list"])
    foot = " ".join(f'<a href="/info/{i}">{esc(n)}</a>' for i, n in enumerate(ui["foot"]))
    year = meta["published"][:4]
    byline = f'{ui["by"]} {meta["author"]}'.strip()
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title)}{sep}{esc(outlet)}</title>
  <meta name="description" content="{esc(desc)}">
  <link rel="canonical" href="{esc(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{esc(outlet)}">
  <meta property="og:title" content="{esc(title)}">
  <meta property="og:description" content="{esc(desc)}">
  <meta property="og:url" content="{esc(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{esc(meta['section'])}">
  <meta name="author" content="{esc(meta['author'])}">
  <link rel="stylesheet" href="/assets/css/main.{chrome}.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    cookie = f"""  <div class="cookie-banner" role="dialog" aria-label="cookies">
    <p>{esc(ui['cookie'])}</p>
    <button class="accept">{esc(ui['accept'])}</button> <button class="manage">{esc(ui['manage'])}</button>
  </div>
"""
    meta_line = f'<span class="byline">{esc(byline)}</span> <time datetime="{meta["published"]}">{esc(ui["upd"])} {esc(shown_date(meta))}</time>'
    art = f"""    <article class="story">
      <header>
        <p class="kicker">{esc(meta['section'])}</p>
        <h1>{esc(title)}</h1>
        <p class="meta">{meta_line}</p>
      </header>
      <div class="story-body">
{article_html(meta, '        ')}
      </div>
      <p class="share">{esc(ui['share'])}</p>
    </article>
"""
    related = f"""    <aside class="related">
      <h3>{esc(ui['related'])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
"""
    footer = f"""  <footer class="site-footer">
    <p>{foot}</p>
    <p>&copy; {year} {esc(outlet)}. {esc(ui['rights'])}</p>
  </footer>
"""
    if chrome == "a":
        body = f"""<body class="article-page">
{cookie}  <div class="top-bar">
    <a class="brand" href="/">{esc(outlet)}</a>
    <nav><ul class="menu">
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{esc(ui['sub'])}</a>
  </div>
  <main class="layout">
{art}{related}  </main>
{footer}</body>
</html>
"""
    elif chrome == "b":
        body = f"""<body>
  <header class="masthead">
    <div class="logo"><a href="/">{esc(outlet)}</a></div>
    <nav class="sections"><ul>
{nav}
    </ul></nav>
  </header>
  <div class="ad-slot leaderboard" data-slot="top"></div>
  <main id="content">
{art}  </main>
{related}  <section class="newsletter"><a href="/newsletters/">{esc(ui['sub'])}</a></section>
{cookie}{footer}</body>
</html>
"""
    elif chrome == "c":
        body = f"""<body class="t-news">
  <a class="skip" href="#main">Skip</a>
  <nav class="breadcrumbs"><a href="/">{esc(outlet)}</a> &rsaquo; <a href="/section/">{esc(meta['section'])}</a></nav>
  <nav class="primary"><ul>
{nav}
  </ul></nav>
  <div id="main" class="grid">
    <div class="col-main">
{art}    </div>
    <div class="col-side">
{related}      <div class="most-read"><h3>{esc(ui['most'])}</h3><ol><li><a href="/most/1">1</a></li><li><a href="/most/2">2</a></li></ol></div>
    </div>
  </div>
{footer}{cookie}</body>
</html>
"""
    else:
        body = f"""<body>
{cookie}  <div id="page">
    <header id="site-header"><h2 class="site-title"><a href="/">{esc(outlet)}</a></h2>
      <ul class="nav">
{nav}
      </ul>
    </header>
    <div class="content-wrap">
{art}      <div class="sidebar">
        <div class="widget most-read"><h3>{esc(ui['most'])}</h3></div>
{related}      </div>
    </div>
  </div>
{footer}</body>
</html>
"""
    return head + body


def build(name):
    meta = parse_spec(HERE / "specs" / f"{name}.txt")
    out = HERE / "cases" / name / "source.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(meta), encoding="utf-8")
    return out


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        print("wrote", build(n).relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
