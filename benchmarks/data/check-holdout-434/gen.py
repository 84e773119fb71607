#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic; run from anywhere).

Spec: header lines "key: value" (lang, outlet, url, published, title, author,
section, dateline), a line "---", then paragraphs separated by blank lines.
"""
import html
import json
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Markets", "Luxury", "Retail", "Opinion"],
    "fr": ["Monde", "Économie", "Marchés", "Luxe", "Commerce", "Opinions"],
    "de": ["Welt", "Wirtschaft", "Märkte", "Luxus", "Handel", "Meinung"],
    "es": ["Mundo", "Economía", "Mercados", "Lujo", "Comercio", "Opinión"],
    "ja": ["国際", "経済", "市況", "宝飾", "小売", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience.", "Accept all", "Manage settings"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Usamos cookies para mejorar su experiencia.", "Aceptar todo", "Configurar"),
    "ja": ("当サイトはサービス向上のためクッキーを使用しています。", "同意する", "設定"),
}
RELATED = {
    "en": ("Related stories", ["Diamond traders brace for a slow summer", "Why boutique rents keep climbing", "Pre-owned watch prices steady after two-year slide"]),
    "fr": ("À lire aussi", ["Les ateliers peinent à recruter des sertisseurs", "Le marché de l'occasion horlogère se stabilise", "Loyers des boutiques : la flambée continue"]),
    "de": ("Mehr zum Thema", ["Goldschmiede suchen Nachwuchs", "Gebrauchtuhren: Preise stabilisieren sich", "Ladenmieten in Innenstädten steigen weiter"]),
    "es": ("Más noticias", ["Los talleres de plata buscan aprendices", "El precio del cobre repunta", "Las joyerías apuestan por el comercio electrónico"]),
    "ja": ("関連記事", ["中古腕時計の相場、下げ止まり", "百貨店の宝飾売り場が改装", "プラチナ価格、3カ月ぶり高値"]),
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
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    v = zlib.crc32(name.encode()) % 3
    sep = [" - ", " | ", " – "][v]
    title, outlet, url, pub = meta["title"], meta["outlet"], meta["url"], meta["published"]
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck = COOKIE[lang]
    rel_h, rel = RELATED[lang]
    rel_html = "\n".join(f'        <li><a href="/related/{i+1}">{e(r)}</a></li>' for i, r in enumerate(rel))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    cookie = f'''  <div class="cookie-banner" role="dialog"><p>{e(ck[0])}</p><button>{e(ck[1])}</button> <button>{e(ck[2])}</button></div>'''
    header = f'''  <header class="site-header v{v}">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>'''
    article = f'''    <article class="story">
      <p class="section">{e(meta["section"])}</p>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta["author"])}</span> · <time datetime="{e(pub)}">{e(meta["dateline"])}</time></p>
{body}
    </article>'''
    aside = f'''    <aside class="related">
      <h2>{e(rel_h)}</h2>
      <ul>
{rel_html}
      </ul>
    </aside>'''
    parts = [cookie, header] if v != 1 else [header, cookie]
    main = [article, aside] if v != 2 else [aside, article]
    return f'''<!DOCTYPE html>
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
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{e(pub)}">
  <meta property="article:section" content="{e(meta["section"])}">
  <meta name="author" content="{e(meta["author"])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
{parts[0]}
{parts[1]}
  <main class="layout-{v}">
{main[0]}
{main[1]}
  </main>
  <footer class="site-footer"><p>© 2024 {e(outlet)}. {e(FOOT[lang])}</p></footer>
</body>
</html>
'''


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main():
    names = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        out = HERE / "cases" / name / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(name), encoding="utf-8")
    print(f"wrote {len(names)} source.html files")


if __name__ == "__main__":
    sys.exit(main())
