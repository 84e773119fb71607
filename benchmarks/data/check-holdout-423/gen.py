#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic; rerun after editing a spec)."""
import html, json, sys, zlib
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Health", "Politics", "Markets", "Opinion"],
    "fr": ["International", "Économie", "Santé", "Politique", "Opinions"],
    "de": ["Politik", "Wirtschaft", "Gesundheit", "Regional", "Meinung"],
    "es": ["Mundo", "Economía", "Salud", "Política", "Opinión"],
    "ja": ["国内", "経済", "国際", "暮らし", "オピニオン"],
}
COOKIE = {
    "en": "We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button>",
    "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramétrer</button>",
    "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
    "es": "Utilizamos cookies para mejorar su experiencia. <button>Aceptar todo</button> <button>Configurar</button>",
    "ja": "当サイトはクッキーを使用しています。<button>同意する</button> <button>設定</button>",
}
RELATED = {
    "en": "Related stories", "fr": "À lire aussi", "de": "Mehr zum Thema",
    "es": "Noticias relacionadas", "ja": "関連記事",
}
FOOT = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(name, meta, paras):
    e = html.escape
    lang = meta["lang"]
    v = zlib.crc32(name.encode()) % 3
    sep = meta.get("sep", " - ").strip('"')
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    pub, author, section = meta["published"], meta["author"], meta.get("section", "")
    site = url.split("/", 3)[:3]
    site = "/".join(site)
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    related = "\n".join(
        f'        <li><a href="{site}/{r.split("|")[0].strip()}">{e(r.split("|")[1].strip())}</a></li>'
        for r in meta.get("related", "").split(";;") if "|" in r)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    shown = meta.get("shown_time", pub)
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
  <meta property="article:published_time" content="{e(pub)}">
  <meta property="article:section" content="{e(section)}">
  <meta name="author" content="{e(author)}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    cookie = f'  <div class="cookie-consent" role="dialog">{COOKIE[lang]}</div>\n'
    header = f"""  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
"""
    article = f"""    <article>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(author)}</span> · <time datetime="{e(pub)}">{e(shown)}</time></p>
{body}
    </article>
"""
    aside = f"""    <aside class="related">
      <h2>{RELATED[lang]}</h2>
      <ul>
{related}
      </ul>
    </aside>
"""
    footer = f"""  <footer>
    <p>© {pub[:4]} {e(outlet)}. {FOOT[lang]}</p>
    <a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a>
  </footer>
"""
    if v == 0:
        bodyhtml = header + cookie + '  <main class="content">\n' + article + aside + "  </main>\n" + footer
    elif v == 1:
        bodyhtml = cookie + header + '  <div class="grid">\n' + aside + article + "  </div>\n" + footer
    else:
        bodyhtml = header + '  <section class="story">\n' + article + "  </section>\n" + '  <div class="rail">\n' + aside + "  </div>\n" + footer + cookie
    return head + f'<body class="article v{v}">\n' + bodyhtml + "</body>\n</html>\n"


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        out = HERE / "cases" / n / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(n), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main()
