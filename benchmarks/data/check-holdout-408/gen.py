#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic)."""
import html, json, sys, zlib
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

UI = {
    "en": dict(cookie="We use cookies to improve your experience. By continuing you accept our cookie policy.",
               accept="Accept", related="Related coverage", nav=["World", "Business", "Logistics", "Tech", "Opinion"],
               rights="All rights reserved.", by="By", sub="Subscribe",
               months=["January","February","March","April","May","June","July","August","September","October","November","December"]),
    "fr": dict(cookie="Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez notre politique.",
               accept="Accepter", related="À lire aussi", nav=["Monde", "Économie", "Transports", "Régions", "Débats"],
               rights="Tous droits réservés.", by="Par", sub="S'abonner",
               months=["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]),
    "de": dict(cookie="Wir verwenden Cookies, um unser Angebot zu verbessern. Mit der Nutzung stimmen Sie zu.",
               accept="Zustimmen", related="Mehr zum Thema", nav=["Politik", "Wirtschaft", "Logistik", "Regional", "Meinung"],
               rights="Alle Rechte vorbehalten.", by="Von", sub="Abo",
               months=["Januar","Februar","März","April","Mai","Juni","Juli","August","September","Oktober","November","Dezember"]),
    "es": dict(cookie="Usamos cookies para mejorar su experiencia. Al continuar, acepta nuestra política.",
               accept="Aceptar", related="Relacionadas", nav=["Mundo", "Economía", "Logística", "Regiones", "Opinión"],
               rights="Todos los derechos reservados.", by="Por", sub="Suscríbete",
               months=["enero","febrero","marzo","abril","mayo","junio","julio","agosto","septiembre","octubre","noviembre","diciembre"]),
    "ja": dict(cookie="当サイトはクッキーを使用しています。閲覧を続けると利用に同意したものとみなします。",
               accept="同意する", related="関連記事", nav=["社会", "経済", "物流", "地域", "オピニオン"],
               rights="無断転載を禁じます。", by="", sub="購読",
               months=[f"{i}月" for i in range(1, 13)]),
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


def human_date(meta):
    d = datetime.fromisoformat(meta["published"])
    ui = UI[meta["lang"]]
    m = ui["months"][d.month - 1]
    zone = meta.get("zone", "")
    if meta["lang"] == "en":
        return f"{m} {d.day}, {d.year} {d:%H:%M} {zone}".strip()
    if meta["lang"] == "ja":
        return f"{d.year}年{d.month}月{d.day}日 {d.hour}時{d.minute:02d}分"
    if meta["lang"] == "de":
        return f"{d.day}. {m} {d.year}, {d:%H:%M} Uhr"
    return f"{d.day} {m} {d.year}, {d:%H:%M}"


def render(name, meta, paras):
    e = html.escape
    lang = meta["lang"]
    ui = UI[lang]
    v = zlib.crc32(name.encode()) % 3
    sep = meta.get("sep", "-")
    outlet = meta["outlet"]
    title = meta["title"]
    url = meta["url"]
    pub = meta["published"]
    author = meta["author"]
    section = meta.get("section", ui["nav"][1])
    domain = url.split("/")[2]
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "dateModified": pub, "inLanguage": lang,
          "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "\n".join(f'        <li><a href="https://{domain}/r/{i+1}">{e(r)}</a></li>' for i, r in enumerate(related))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    byline = f'{ui["by"]} {e(author)}'.strip()
    cookie_cls = ["cookie-banner", "consent-bar", "gdpr-notice"][v]
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
  <meta property="article:published_time" content="{e(pub)}">
  <meta property="article:section" content="{e(section)}">
  <meta name="author" content="{e(author)}">
  <link rel="stylesheet" href="/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    cookie = f"""  <div class="{cookie_cls}" role="dialog">
    <p>{e(ui["cookie"])}</p>
    <button type="button">{e(ui["accept"])}</button>
  </div>
"""
    header = f"""  <header class="site-header">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
    <a class="cta" href="/subscribe">{e(ui["sub"])}</a>
  </header>
"""
    article = f"""    <article class="story">
      <p class="kicker">{e(section)}</p>
      <h1>{e(title)}</h1>
      <p class="byline">{byline} · <time datetime="{e(pub)}">{e(human_date(meta))}</time></p>
{body}
    </article>
"""
    aside = f"""    <aside class="related">
      <h2>{e(ui["related"])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
"""
    footer = f"""  <footer class="site-footer">
    <p>© {pub[:4]} {e(outlet)}. {e(ui["rights"])}</p>
    <p><a href="/privacy">Privacy</a> · <a href="/imprint">Imprint</a> · <a href="/contact">Contact</a></p>
  </footer>
"""
    if v == 0:
        page = head + "<body>\n" + cookie + header + "  <main>\n" + article + aside + "  </main>\n" + footer
    elif v == 1:
        page = head + '<body class="article">\n' + header + '  <div class="wrap">\n' + aside + article + "  </div>\n" + footer + cookie
    else:
        page = head + "<body>\n" + header + cookie + '  <div id="content"><div class="col-main">\n' + article + "  </div><div class=\"col-side\">\n" + aside + "  </div></div>\n" + footer
    return page + "</body>\n</html>\n"


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        out = HERE / "cases" / n
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(n), encoding="utf-8")
    print(f"generated {len(names)} source.html")


if __name__ == "__main__":
    main()
