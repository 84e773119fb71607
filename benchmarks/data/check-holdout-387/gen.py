#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic).

Spec: "key: value" header lines, a line "---", then paragraphs separated by blank lines.
Header keys: lang, outlet, url, published (ISO 8601 with UTC offset), title, author,
section, chrome (0-3), sep (" - " or " | "), dateline (visible date text).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(cookie="We use cookies to improve your experience. By continuing you accept our cookie policy.",
               accept="Accept", related="Related coverage", menu=["World", "Business", "Markets", "Fashion", "Opinion"],
               rights="All rights reserved.", by="By"),
    "fr": dict(cookie="Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez notre politique.",
               accept="Accepter", related="À lire aussi", menu=["International", "Économie", "Entreprises", "Mode", "Débats"],
               rights="Tous droits réservés.", by="Par"),
    "de": dict(cookie="Wir verwenden Cookies, um unser Angebot zu verbessern. Mit der weiteren Nutzung stimmen Sie zu.",
               accept="Zustimmen", related="Mehr zum Thema", menu=["Politik", "Wirtschaft", "Unternehmen", "Handel", "Meinung"],
               rights="Alle Rechte vorbehalten.", by="Von"),
    "es": dict(cookie="Usamos cookies para mejorar su experiencia. Si continúa navegando, acepta nuestra política.",
               accept="Aceptar", related="Noticias relacionadas", menu=["Mundo", "Economía", "Empresas", "Moda", "Opinión"],
               rights="Todos los derechos reservados.", by="Por"),
    "ja": dict(cookie="当サイトではサービス向上のためクッキーを使用しています。閲覧を続けると同意したものとみなします。",
               accept="同意する", related="関連記事", menu=["国際", "経済", "企業", "流通", "オピニオン"],
               rights="無断転載を禁じます。", by=""),
}

RELATED = {
    "en": ["Freight rates ease on Asia-Europe routes", "Dye houses weigh switch to solar power", "Port strike ends after two days"],
    "fr": ["Le fret maritime reflue vers l'Europe", "Les teinturiers misent sur le solaire", "Fin de la grève au port"],
    "de": ["Frachtraten auf Asien-Routen sinken", "Färbereien setzen auf Solarstrom", "Hafenstreik nach zwei Tagen beendet"],
    "es": ["Bajan los fletes entre Asia y Europa", "Las tintorerías apuestan por la energía solar", "Termina la huelga portuaria"],
    "ja": ["アジア欧州航路の運賃が低下", "染色工場で太陽光導入の動き", "港湾ストが2日で終結"],
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    joiner = "" if meta["lang"] == "ja" else " "
    paras = [joiner.join(l.strip() for l in p.split("\n")).strip()
             for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    ui = UI[lang]
    v = int(meta.get("chrome", "0"))
    sep = meta.get("sep", " - ")
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    pub, author, section = meta["published"], meta["author"], meta.get("section", "Business")
    desc = paras[0]
    if len(desc) > 160:
        desc = desc[:157].rsplit(" ", 1)[0] + "..." if lang != "ja" else desc[:80] + "…"
    site_root = url.split("/", 3)[0] + "//" + url.split("/", 3)[2]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "dateModified": pub, "inLanguage": lang,
          "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": outlet, "url": site_root},
          "mainEntityOfPage": url, "articleSection": section}
    nav_items = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(ui["menu"]))
    related = "\n".join(f'        <li><a href="{site_root}/news/{1000 + 7 * i + v}">{e(r)}</a></li>'
                        for i, r in enumerate(RELATED[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    byline = f'{ui["by"]} {author}'.strip() if lang != "ja" else f"{author}"
    cookie = (f'  <div class="cookie-banner" role="dialog"><p>{e(ui["cookie"])}</p>'
              f'<button type="button">{e(ui["accept"])}</button></div>')
    wrapper = ["site-header", "masthead", "topbar", "page-head"][v]
    aside = ["sidebar", "rail", "more-stories", "aside-links"][v]
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="article:published_time" content="{e(pub)}">
  <meta property="article:section" content="{e(section)}">
  <meta name="author" content="{e(author)}">
  <link rel="stylesheet" href="/assets/main-{v}.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article v{v}">
"""
    top = f"""  <header class="{wrapper}">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav aria-label="main">
      <ul>
{nav_items}
      </ul>
    </nav>
  </header>
"""
    art = f"""  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(byline)}</span> <time datetime="{e(pub)}">{e(meta["dateline"])}</time></p>
{body}
    </article>
    <aside class="{aside}">
      <h2>{e(ui["related"])}</h2>
      <ul>
{related}
      </ul>
    </aside>
  </main>
"""
    foot = f"""  <footer>
    <p>&copy; {pub[:4]} {e(outlet)}. {e(ui["rights"])}</p>
    <ul class="footer-links"><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/contact/">Contact</a></li></ul>
  </footer>
</body>
</html>
"""
    if v in (1, 3):
        return head + cookie + "\n" + top + art + foot
    return head + top + art + cookie + "\n" + foot


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        out = HERE / "cases" / n / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(n), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
