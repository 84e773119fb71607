#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-368).

A spec is a header of `key: value` lines, a line `---`, then paragraphs
separated by blank lines.  `python3 gen.py` writes every page; `render(name)`
returns the page text (verify.py uses it to check the pages are up to date).
"""
import datetime as dt
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
SPECS = HERE / "specs"
CASES = HERE / "cases"

UI = {
    "en": dict(nav=["World", "Markets", "Mining", "Energy", "Policy", "Opinion"],
               cookie="We use cookies to measure traffic and personalise content. Accept?",
               ok="Accept all", related="More on this topic", footer="All rights reserved.",
               sub="Subscribe", by="By"),
    "fr": dict(nav=["Monde", "Marchés", "Mines", "Énergie", "Politique", "Opinions"],
               cookie="Nous utilisons des cookies pour mesurer l’audience. Acceptez-vous ?",
               ok="Tout accepter", related="À lire aussi", footer="Tous droits réservés.",
               sub="S’abonner", by="Par"),
    "de": dict(nav=["Welt", "Märkte", "Bergbau", "Energie", "Politik", "Meinung"],
               cookie="Wir verwenden Cookies, um die Reichweite zu messen. Einverstanden?",
               ok="Alle akzeptieren", related="Mehr zum Thema", footer="Alle Rechte vorbehalten.",
               sub="Abonnieren", by="Von"),
    "es": dict(nav=["Mundo", "Mercados", "Minería", "Energía", "Política", "Opinión"],
               cookie="Usamos cookies para medir la audiencia. ¿Acepta?",
               ok="Aceptar todo", related="Más sobre este tema", footer="Todos los derechos reservados.",
               sub="Suscribirse", by="Por"),
    "ja": dict(nav=["国内", "経済", "資源", "エネルギー", "政治", "オピニオン"],
               cookie="当サイトはアクセス解析のためにクッキーを使用します。同意しますか。",
               ok="同意する", related="関連記事", footer="無断転載を禁じます。",
               sub="購読", by=""),
}

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


def shown_date(lang, ts, zone):
    t = dt.datetime.fromisoformat(ts)
    m = t.month
    if lang == "en":
        h = t.hour % 12 or 12
        ap = "a.m." if t.hour < 12 else "p.m."
        return f"{MONTHS['en'][m-1]} {t.day}, {t.year}, {h}:{t.minute:02d} {ap} {zone}"
    if lang == "fr":
        return f"{t.day} {MONTHS['fr'][m-1]} {t.year} à {t.hour}h{t.minute:02d} ({zone})"
    if lang == "de":
        return f"{t.day}. {MONTHS['de'][m-1]} {t.year}, {t.hour}:{t.minute:02d} Uhr {zone}"
    if lang == "es":
        return f"{t.day} de {MONTHS['es'][m-1]} de {t.year}, {t.hour}:{t.minute:02d} h ({zone})"
    return f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"


def render(name):
    meta, paras = parse_spec(SPECS / f"{name}.txt")
    lang = meta["lang"]
    ui = UI[lang]
    e = lambda s: html.escape(s, quote=True)
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    sep = meta.get("sep", "-")
    chrome = int(meta.get("chrome", "1"))
    desc = paras[0][:180]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    host = url.split("/")[2]
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    when = shown_date(lang, meta["published"], meta.get("zone", ""))
    byline = f"{ui['by']} {meta['author']}".strip()
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in
                    enumerate(ui["nav"]))
    rel = "\n".join(f'      <li><a href="https://{host}/{meta["section"].lower()}/{k}">{e(r)}</a></li>'
                    for k, r in enumerate(related, 1))
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
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    cookie = f"""  <div class="consent" role="dialog">
    <p>{e(ui['cookie'])}</p><button>{e(ui['ok'])}</button>
  </div>
"""
    navblock = f"""  <header class="masthead">
    <a class="logo" href="https://{host}/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
    <a class="sub" href="/subscribe">{e(ui['sub'])}</a>
  </header>
"""
    article = f"""  <main>
    <article>
      <span class="section">{e(meta['section'])}</span>
      <h1>{e(title)}</h1>
      <p class="byline">{e(byline)} · <time datetime="{meta['published']}">{e(when)}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
"""
    footer = f"""  <footer>
    <p>© {meta['published'][:4]} {e(outlet)}. {e(ui['footer'])}</p>
  </footer>
"""
    parts = {1: [navblock, cookie, article, footer],
             2: [cookie, navblock, article, footer],
             3: [navblock, article, footer, cookie],
             4: [cookie, navblock, article, footer]}[chrome]
    cls = {1: "article", 2: "story", 3: "post", 4: "news-item"}[chrome]
    return head + f'<body class="{cls}">\n' + "".join(parts) + "</body>\n</html>\n"


def names():
    return sorted(p.stem for p in SPECS.glob("*.txt"))


def main():
    for n in names():
        out = CASES / n
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(n), encoding="utf-8")
    print(f"wrote {len(names())} pages")


if __name__ == "__main__":
    sys.exit(main())
