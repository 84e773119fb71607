#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic; --check compares only)."""
import html, json, sys
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
UI = {
    "en": dict(nav=["World", "Health", "Business", "Science", "Opinion"], cookie="We use cookies to improve your experience.", ok="Accept", related="Related stories", rights="All rights reserved."),
    "fr": dict(nav=["Monde", "Santé", "Économie", "Sciences", "Opinions"], cookie="Nous utilisons des témoins pour améliorer votre expérience.", ok="Accepter", related="À lire aussi", rights="Tous droits réservés."),
    "de": dict(nav=["Welt", "Gesundheit", "Wirtschaft", "Wissen", "Meinung"], cookie="Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", ok="Zustimmen", related="Mehr zum Thema", rights="Alle Rechte vorbehalten."),
    "es": dict(nav=["Mundo", "Salud", "Economía", "Ciencia", "Opinión"], cookie="Usamos cookies para mejorar su experiencia.", ok="Aceptar", related="Noticias relacionadas", rights="Todos los derechos reservados."),
    "ja": dict(nav=["国内", "医療", "経済", "科学", "社説"], cookie="当サイトはクッキーを使用しています。", ok="同意する", related="関連記事", rights="無断転載を禁じます。"),
}


def parse(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def shown_date(meta):
    dt = datetime.fromisoformat(meta["published"])
    lang, tz = meta["lang"], meta.get("tzname", "")
    if lang == "ja":
        return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}時{dt.minute:02d}分"
    m = MONTHS[lang][dt.month - 1]
    if lang == "en":
        h = dt.hour % 12 or 12
        ap = "a.m." if dt.hour < 12 else "p.m."
        return f"{m} {dt.day}, {dt.year} {h}:{dt.minute:02d} {ap} {tz}".strip()
    if lang == "fr":
        return f"{dt.day} {m} {dt.year} à {dt.hour} h {dt.minute:02d} {tz}".strip()
    if lang == "de":
        return f"{dt.day}. {m} {dt.year}, {dt.hour}:{dt.minute:02d} Uhr {tz}".strip()
    return f"{dt.day} de {m} de {dt.year}, {dt.hour}:{dt.minute:02d} h {tz}".strip()


def render(name, meta, paras, variant):
    e = html.escape
    lang, outlet, url, title = meta["lang"], meta["outlet"], meta["url"], meta["title"]
    sep = meta.get("sep", "-")
    ui = UI[lang]
    desc = paras[0][:160]
    host = url.split("/")[2]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
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
  <link rel="stylesheet" href="/assets/v{variant + 2}/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    nav = "\n".join(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in ui["nav"])
    body_p = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    time_el = f'<time datetime="{meta["published"]}">{e(shown_date(meta))}</time>'
    related = "\n".join(
        f'      <li><a href="https://{host}/{meta.get("section", "news").lower()}/{r}">{e(t)}</a></li>'
        for r, t in [(f"r{variant}-{i}", f"{ui['related']} {i}") for i in range(1, 4)])
    cookie = f'<div class="cookie-consent" role="dialog"><p>{e(ui["cookie"])}</p><button>{e(ui["ok"])}</button></div>'
    if variant == 0:
        page = f"""<body class="article">
  {cookie}
  <header class="masthead"><a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · {time_el}</p>
{body_p}
    </article>
    <aside class="related"><h2>{e(ui['related'])}</h2><ul>
{related}
    </ul></aside>
  </main>
  <footer><p>© {meta['published'][:4]} {e(outlet)}. {e(ui['rights'])}</p></footer>
</body>
</html>
"""
    elif variant == 1:
        page = f"""<body>
  <div id="site-nav" class="topnav"><span class="brand">{e(outlet)}</span>
    <ul class="sections">
{nav}
    </ul>
    <a class="login" href="/account/">Login</a>
  </div>
  <div class="wrapper">
    <article class="story">
      <header><span class="kicker">{e(meta.get('section', ''))}</span><h1 class="story-title">{e(title)}</h1>
      <div class="dateline">{time_el} <span class="author">{e(meta['author'])}</span></div></header>
      <div class="story-text">
{body_p}
      </div>
    </article>
    <section class="more-links"><h3>{e(ui['related'])}</h3><ul>
{related}
    </ul></section>
  </div>
  {cookie}
  <div class="site-footer">{e(outlet)} — {e(ui['rights'])}</div>
</body>
</html>
"""
    elif variant == 2:
        page = f"""<body class="page-news">
  <nav class="primary" aria-label="main"><ol>
{nav}
  </ol></nav>
  <div class="banner-ad" aria-hidden="true"></div>
  <article itemscope itemtype="https://schema.org/NewsArticle">
    <h1 itemprop="headline">{e(title)}</h1>
    <div class="meta"><span itemprop="author">{e(meta['author'])}</span>, {time_el}</div>
    <div itemprop="articleBody">
{body_p}
    </div>
  </article>
  <div class="sidebar"><h4>{e(ui['related'])}</h4><ul>
{related}
  </ul></div>
  {cookie}
  <footer class="foot"><small>{e(outlet)} · {meta['published'][:4]} · {e(ui['rights'])}</small></footer>
</body>
</html>
"""
    else:
        page = f"""<body>
  {cookie}
  <div class="header-strip"><h2 class="outlet-name">{e(outlet)}</h2></div>
  <ul class="menu">
{nav}
  </ul>
  <div class="content-grid">
    <div class="col-main">
      <article id="article-{variant}">
        <h1>{e(title)}</h1>
        <address class="author">{e(meta['author'])}</address>
        <p class="pubdate">{time_el}</p>
{body_p}
      </article>
    </div>
    <div class="col-side"><p class="side-title">{e(ui['related'])}</p><ul>
{related}
    </ul></div>
  </div>
  <footer><p>{e(ui['rights'])} {e(outlet)}</p></footer>
</body>
</html>
"""
    return head + page


def build(check=False):
    specs = sorted((HERE / "specs").glob("*.txt"))
    stale = []
    for i, spec in enumerate(specs):
        name = spec.stem
        meta, paras = parse(spec)
        out = render(name, meta, paras, i % 4)
        target = HERE / "cases" / name / "source.html"
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != out:
                stale.append(name)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(out, encoding="utf-8")
    return stale


if __name__ == "__main__":
    if "--check" in sys.argv:
        s = build(check=True)
        print("stale:", s or "none")
        sys.exit(1 if s else 0)
    build()
    print("generated", len(list((HERE / "specs").glob("*.txt"))), "pages")
