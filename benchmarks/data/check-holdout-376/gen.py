#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    if meta["lang"] == "ja":
        paras = ["".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras

NAV = {
    "en": ["World", "Business", "Shipping", "Ports", "Markets", "Opinion"],
    "fr": ["International", "Économie", "Maritime", "Ports", "Marchés", "Opinions"],
    "de": ["Politik", "Wirtschaft", "Schifffahrt", "Häfen", "Märkte", "Meinung"],
    "es": ["Mundo", "Economía", "Transporte marítimo", "Puertos", "Mercados", "Opinión"],
    "ja": ["国際", "経済", "海運", "港湾", "市場", "オピニオン"],
}
COOKIE = {
    "en": "We use cookies to improve your experience. By continuing you accept our use of cookies.",
    "fr": "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez leur utilisation.",
    "de": "Wir verwenden Cookies, um Ihr Leseerlebnis zu verbessern. Mit der weiteren Nutzung stimmen Sie zu.",
    "es": "Utilizamos cookies para mejorar su experiencia. Si continúa navegando, acepta su uso.",
    "ja": "当サイトはサービス向上のためクッキーを使用しています。閲覧を続けると同意したものとみなします。",
}
ACCEPT = {"en": "Accept", "fr": "Accepter", "de": "Zustimmen", "es": "Aceptar", "ja": "同意する"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}
RIGHTS = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
          "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}

def e(s):
    return html.escape(s, quote=True)

def render(meta, paras):
    lang = meta["lang"]
    outlet, url, title = meta["outlet"], meta["url"], meta["title"]
    pub, author, section = meta["published"], meta["author"], meta.get("section", "")
    chrome = int(meta.get("chrome", "1"))
    sep = " | " if chrome in (2, 4) else " - "
    site_root = url.split("/", 3)[:3]
    root = "/".join(site_root)
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": lang}
    if chrome == 3:
        ld["articleSection"] = section
    related = [r.strip() for r in meta.get("related", "").split(";") if r.strip()]
    nav = "\n".join(f'      <li><a href="{root}/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang], 1))
    rel = "\n".join(f'      <li><a href="{root}/r/{i}">{e(r)}</a></li>' for i, r in enumerate(related, 1))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(section)}">
  <meta name="author" content="{e(author)}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    cookie = f"""  <div class="cookie-banner" role="dialog"><p>{e(COOKIE[lang])}</p><button>{e(ACCEPT[lang])}</button></div>\n"""
    navblock = f"""  <nav class="site-nav">\n    <a class="logo" href="{root}/">{e(outlet)}</a>\n    <ul>\n{nav}\n    </ul>\n  </nav>\n"""
    art = f"""  <main>
    <article>
      <header>
        <p class="section">{e(section)}</p>
        <h1>{e(title)}</h1>
        <p class="byline">{e(author)} · <time datetime="{pub}">{e(meta["display_date"])}</time></p>
      </header>
{body}
    </article>
"""
    aside = f"""    <aside class="related">
      <h2>{e(RELATED[lang])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
"""
    footer = f"""  <footer><p>© {pub[:4]} {e(outlet)}. {e(RIGHTS[lang])}</p><a href="{root}/privacy">Privacy</a></footer>\n"""
    if chrome == 1:
        parts = [cookie, navblock, art, aside, footer]
    elif chrome == 2:
        parts = [navblock, art, aside, cookie, footer]
    elif chrome == 3:
        parts = [navblock, cookie, art, aside, footer]
    else:
        parts = [cookie, navblock, art.replace("<main>", '<main class="wide">'), aside, footer]
    return head + f'<body class="chrome-{chrome}">\n' + "".join(parts) + "</body>\n</html>\n"

def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(meta, paras)

def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        out = HERE / "cases" / n / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(n), encoding="utf-8")
        print("wrote", out.relative_to(HERE))

if __name__ == "__main__":
    main()
