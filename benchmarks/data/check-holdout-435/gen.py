#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-435).

A spec is a header of `key: value` lines, a line `---`, then the article's
paragraphs separated by blank lines. Chrome (nav, cookie banner, related links,
footer, title separator) varies by the `chrome` key (a, b, c or d).
"""
import datetime as dt
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

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
    "en": dict(nav=["News", "Local", "Emergency services", "Politics", "Business", "Opinion"],
               cookie="We use cookies to understand how our site is used. You can change your choices at any time.",
               accept="Accept all", reject="Reject", related="Related stories", more="More from",
               rights="All rights reserved.", by="By", subscribe="Subscribe", share="Share this story"),
    "fr": dict(nav=["Actualités", "Région", "Secours", "Politique", "Économie", "Opinions"],
               cookie="Nous utilisons des cookies pour mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Refuser", related="À lire aussi", more="Plus de",
               rights="Tous droits réservés.", by="Par", subscribe="S'abonner", share="Partager"),
    "de": dict(nav=["Nachrichten", "Region", "Blaulicht", "Politik", "Wirtschaft", "Meinung"],
               cookie="Wir verwenden Cookies, um die Nutzung unserer Seite zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Ablehnen", related="Mehr zum Thema", more="Mehr von",
               rights="Alle Rechte vorbehalten.", by="Von", subscribe="Abonnieren", share="Teilen"),
    "es": dict(nav=["Noticias", "Región", "Emergencias", "Política", "Economía", "Opinión"],
               cookie="Usamos cookies para analizar el uso del sitio. Puede cambiar sus preferencias en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", related="Noticias relacionadas", more="Más de",
               rights="Todos los derechos reservados.", by="Por", subscribe="Suscríbase", share="Compartir"),
    "ja": dict(nav=["ニュース", "地域", "消防・救急", "政治", "経済", "オピニオン"],
               cookie="当サイトは閲覧状況の把握のためにクッキーを使用します。設定はいつでも変更できます。",
               accept="同意する", reject="拒否する", related="関連記事", more="その他の記事",
               rights="無断転載を禁じます。", by="", subscribe="購読する", share="共有"),
}


def read_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def display_date(lang, ts, zone):
    m = ts.month - 1
    hm = ts.strftime("%H:%M")
    if lang == "en":
        h12 = ts.strftime("%I:%M").lstrip("0")
        ampm = "a.m." if ts.hour < 12 else "p.m."
        return f"{MONTHS['en'][m]} {ts.day}, {ts.year} {h12} {ampm} {zone}"
    if lang == "fr":
        return f"Publié le {ts.day} {MONTHS['fr'][m]} {ts.year} à {ts.hour} h {ts.minute:02d}"
    if lang == "de":
        return f"{ts.day}. {MONTHS['de'][m]} {ts.year}, {hm} Uhr"
    if lang == "es":
        return f"{ts.day} de {MONTHS['es'][m]} de {ts.year}, {hm} h ({zone})"
    return f"{ts.year}年{ts.month}月{ts.day}日 {ts.hour}時{ts.minute:02d}分"


def render(meta, paras):
    lang = meta["lang"]
    ui = UI[lang]
    e = lambda s: html.escape(s, quote=True)
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    pub = meta["published"]
    ts = dt.datetime.fromisoformat(pub)
    chrome = meta.get("chrome", "a")
    sep = {"a": " - ", "b": " | ", "c": " | ", "d": " - "}[chrome]
    desc = meta.get("description") or paras[0]
    if len(desc) > 160:
        desc = desc[:157].rsplit(" ", 1)[0] + "…" if lang != "ja" else desc[:80] + "…"
    author = meta.get("author", "")
    section = meta.get("section", ui["nav"][2])
    host = url.split("/")[2]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "dateModified": meta.get("modified", pub),
          "author": {"@type": "Person", "name": author} if author else {"@type": "Organization", "name": outlet},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": lang, "articleSection": section}
    related = [r.split("|", 1) for r in meta.get("related", "").split(";;") if "|" in r]
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "\n".join(f'        <li><a href="https://{host}{e(p.strip())}">{e(t.strip())}</a></li>' for t, p in related)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    byline = f'{ui["by"]} {author}'.strip() if author else outlet
    when = display_date(lang, ts, meta.get("zone", ""))
    cookie = f'''  <div class="cookie-consent" role="dialog" aria-label="cookies">
    <p>{e(ui["cookie"])}</p>
    <button class="accept">{e(ui["accept"])}</button> <button class="reject">{e(ui["reject"])}</button>
  </div>'''
    header_nav = f'''  <header class="site-header">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav aria-label="main">
      <ul>
{nav}
      </ul>
    </nav>
    <a class="cta" href="/subscribe">{e(ui["subscribe"])}</a>
  </header>'''
    article = f'''    <article class="story" itemscope itemtype="https://schema.org/NewsArticle">
      <span class="section-label">{e(section)}</span>
      <h1 itemprop="headline">{e(title)}</h1>
      <p class="byline"><span class="author">{e(byline)}</span> · <time datetime="{pub}">{e(when)}</time></p>
{body}
      <div class="share"><span>{e(ui["share"])}</span></div>
    </article>'''
    aside = f'''    <aside class="related">
      <h2>{e(ui["related"])}</h2>
      <ul>
{rel}
      </ul>
    </aside>'''
    footer = f'''  <footer class="site-footer">
    <p>{e(ui["more"])} {e(outlet)}</p>
    <p>&copy; {ts.year} {e(outlet)}. {e(ui["rights"])}</p>
    <a href="/privacy">Privacy</a> <a href="/contact">Contact</a>
  </footer>'''
    if chrome == "a":
        page = [cookie, header_nav, '  <main class="content">', article, aside, "  </main>", footer]
    elif chrome == "b":
        page = [header_nav, '  <div class="wrap">', aside, '  <main>', article, "  </main>", "  </div>", footer, cookie]
    elif chrome == "c":
        page = [header_nav, cookie, "  <main>", article, "  </main>", aside.replace("    <aside", "  <aside").replace("    </aside>", "  </aside>"), footer]
    else:
        page = [cookie, '  <div class="masthead"><span class="date-strip">' + e(ts.date().isoformat()) + "</span></div>",
                header_nav, "  <main>", article, "  </main>", footer, aside]
    head = f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title + sep + outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(section)}">
  <meta name="author" content="{e(author or outlet)}">
  <link rel="stylesheet" href="/assets/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>'''
    return head + "\n" + "\n".join(page) + "\n</body>\n</html>\n"


def build(name):
    meta, paras = read_spec(HERE / "specs" / f"{name}.txt")
    return render(meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(name), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
