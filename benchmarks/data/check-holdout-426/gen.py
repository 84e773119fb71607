#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

A spec is a header of `key: value` lines, a line `---`, then the article's
paragraphs separated by blank lines (a paragraph starting with `## ` becomes a
subheading). Header keys: lang, outlet, domain, url, published (ISO 8601 with
UTC offset), tzname, title, author, section, sep (title separator), style
(0-3, which page chrome to use).

Usage: python3 gen.py [--check]   (--check: exit 1 if any source.html is stale)
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

UI = {
    "en": dict(nav=["News", "Politics", "Money", "Family", "Health", "Opinion"],
               cookie="We use cookies to improve your experience and to measure audiences.",
               accept="Accept all", reject="Reject", related="More on this story",
               newsletter="Sign up for our morning briefing", by="By",
               rights="All rights reserved.", share="Share this article"),
    "fr": dict(nav=["Actualité", "Politique", "Économie", "Société", "Santé", "Opinions"],
               cookie="Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.",
               accept="Tout accepter", reject="Refuser", related="À lire aussi",
               newsletter="Recevez notre lettre du matin", by="Par",
               rights="Tous droits réservés.", share="Partager cet article"),
    "de": dict(nav=["Nachrichten", "Politik", "Wirtschaft", "Familie", "Gesundheit", "Meinung"],
               cookie="Wir verwenden Cookies, um die Nutzung unserer Website zu analysieren.",
               accept="Alle akzeptieren", reject="Ablehnen", related="Mehr zum Thema",
               newsletter="Unseren Newsletter abonnieren", by="Von",
               rights="Alle Rechte vorbehalten.", share="Artikel teilen"),
    "es": dict(nav=["Noticias", "Política", "Economía", "Sociedad", "Salud", "Opinión"],
               cookie="Utilizamos cookies propias y de terceros para analizar el tráfico.",
               accept="Aceptar todas", reject="Rechazar", related="Más información",
               newsletter="Suscríbete a nuestro boletín", by="Por",
               rights="Todos los derechos reservados.", share="Compartir"),
    "ja": dict(nav=["ニュース", "政治", "経済", "くらし", "医療", "社説"],
               cookie="当サイトではアクセス解析のためにクッキーを使用しています。",
               accept="同意する", reject="拒否する", related="関連記事",
               newsletter="メールマガジンの登録", by="記者",
               rights="無断転載を禁じます。", share="この記事をシェア"),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") if meta["lang"] != "ja" else p.strip().replace("\n", "")
             for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def local_date(meta):
    t = dt.datetime.fromisoformat(meta["published"])
    lang, tz = meta["lang"], meta.get("tzname", "")
    if lang == "en":
        h = t.hour % 12 or 12
        ap = "a.m." if t.hour < 12 else "p.m."
        return f"{MONTHS['en'][t.month-1]} {t.day}, {t.year} {h}:{t.minute:02d} {ap} {tz}".strip()
    if lang == "fr":
        return f"{t.day}{'er' if t.day == 1 else ''} {MONTHS['fr'][t.month-1]} {t.year} à {t.hour:02d}h{t.minute:02d}"
    if lang == "de":
        return f"{t.day}. {MONTHS['de'][t.month-1]} {t.year}, {t.hour:02d}:{t.minute:02d} Uhr"
    if lang == "es":
        return f"{t.day} de {MONTHS['es'][t.month-1]} de {t.year} - {t.hour:02d}:{t.minute:02d} {tz}".strip()
    return f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    ui = UI[lang]
    style = int(meta.get("style", "0"))
    sep = meta.get("sep", "-")
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    domain = meta["domain"]
    first = paras[0]
    desc = first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "..."
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": lang}
    body_html = []
    for p in paras:
        if p.startswith("## "):
            body_html.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body_html.append(f"      <p>{e(p)}</p>")
    body_html = "\n".join(body_html)
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in
                    enumerate(ui["nav"]))
    related = "\n".join(
        f'        <li><a href="https://{domain}/{r}">{e(t)}</a></li>'
        for r, t in meta_related(meta))
    date_txt = local_date(meta)
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
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/{style}/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    cookie = f"""  <div class="consent" role="dialog" aria-label="cookies">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="reject">{e(ui['reject'])}</button>
  </div>
"""
    article = f"""    <article class="story">
      <header>
        <p class="section">{e(meta.get('section', ''))}</p>
        <h1>{e(title)}</h1>
        <p class="byline">{e(ui['by'])} <span class="author">{e(meta['author'])}</span> · <time datetime="{e(meta['published'])}">{e(date_txt)}</time></p>
      </header>
{body_html}
      <footer class="share">{e(ui['share'])}</footer>
    </article>
"""
    aside = f"""    <aside class="related">
      <h3>{e(ui['related'])}</h3>
      <ul>
{related}
      </ul>
      <p class="promo"><a href="https://{domain}/newsletters">{e(ui['newsletter'])}</a></p>
    </aside>
"""
    footer = f"""  <footer class="site-footer">
    <p>&copy; {meta['published'][:4]} {e(outlet)}. {e(ui['rights'])}</p>
    <p><a href="https://{domain}/privacy">Privacy</a> | <a href="https://{domain}/terms">Terms</a> | <a href="https://{domain}/contact">Contact</a></p>
  </footer>
"""
    if style == 0:
        body = f"""<body class="article">
{cookie}  <header class="masthead">
    <a class="logo" href="https://{domain}/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
{article}{aside}  </main>
{footer}</body>
</html>
"""
    elif style == 1:
        body = f"""<body>
  <div id="top"><span class="brand">{e(outlet)}</span>
    <ul class="menu">
{nav}
    </ul>
  </div>
  <div class="wrap">
{aside}    <div class="content">
{article}    </div>
  </div>
{cookie}{footer}</body>
</html>
"""
    elif style == 2:
        body = f"""<body class="page page-article">
  <nav class="primary" aria-label="main">
    <a href="https://{domain}/" class="home">{e(outlet)}</a>
    <ul>
{nav}
    </ul>
  </nav>
  <div class="ad-slot" data-slot="leaderboard"></div>
  <section class="main-col">
{article}  </section>
  <section class="side-col">
{aside}  </section>
{footer}{cookie}</body>
</html>
"""
    else:
        body = f"""<body>
{cookie}  <div class="site">
    <div class="header-bar"><h2 class="site-name"><a href="https://{domain}/">{e(outlet)}</a></h2></div>
    <ul class="sections">
{nav}
    </ul>
    <div class="breadcrumbs"><a href="https://{domain}/">Home</a> › {e(meta.get('section', ''))}</div>
{article}{aside}  </div>
{footer}</body>
</html>
"""
    return head + body


def meta_related(meta):
    rel = meta.get("related", "")
    out = []
    for item in rel.split("|"):
        if item.strip():
            slug, t = item.split("=", 1)
            out.append((slug.strip(), t.strip()))
    return out


def main():
    check = "--check" in sys.argv
    stale = []
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = parse_spec(spec)
        out = render(name, meta, paras)
        target = HERE / "cases" / name / "source.html"
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != out:
                stale.append(name)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(out, encoding="utf-8")
    if check:
        for s in stale:
            print("stale:", s)
        sys.exit(1 if stale else 0)


if __name__ == "__main__":
    main()
