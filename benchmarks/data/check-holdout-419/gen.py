#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic; run with no args)."""
import hashlib, html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Health", "Local", "Opinion", "Video"],
    "fr": ["International", "Économie", "Santé", "Régions", "Débats", "Vidéos"],
    "de": ["Politik", "Wirtschaft", "Gesundheit", "Region", "Meinung", "Video"],
    "es": ["Mundo", "Economía", "Salud", "Regiones", "Opinión", "Video"],
    "ja": ["国際", "経済", "医療・健康", "地域", "オピニオン", "動画"],
}
COOKIE = {
    "en": "We use cookies to improve your experience and measure traffic.",
    "fr": "Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.",
    "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und Reichweite zu messen.",
    "es": "Usamos cookies para mejorar su experiencia y medir la audiencia.",
    "ja": "当サイトは利便性向上とアクセス解析のためにクッキーを使用しています。",
}
ACCEPT = {"en": "Accept", "fr": "Accepter", "de": "Akzeptieren", "es": "Aceptar", "ja": "同意する"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}
RIGHTS = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
          "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    variant = int(hashlib.sha1(name.encode()).hexdigest(), 16) % 3
    sep = {"dash": " - ", "pipe": " | "}[meta.get("sep", "dash")]
    title, outlet, url, pub = meta["title"], meta["outlet"], meta["url"], meta["published"]
    desc = paras[0][:150]
    base = url.split("/", 3)[:3]
    root = "/".join(base)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="{root}/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    related = "\n".join(f'      <li><a href="{root}/{e(r.split("|")[0].strip())}">{e(r.split("|")[1].strip())}</a></li>'
                        for r in meta.get("related", "").split(";;") if "|" in r)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '  <meta charset="utf-8">',
        f"  <title>{e(title)}{sep}{e(outlet)}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(url)}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(outlet)}">',
        f'  <meta property="og:title" content="{e(title)}">',
        f'  <meta property="og:url" content="{e(url)}">',
        f'  <meta property="article:published_time" content="{pub}">',
        f'  <meta property="article:section" content="{e(meta.get("section", ""))}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "</head>",
    ]
    cookie = (f'  <div class="cookie-banner" role="dialog"><p>{e(COOKIE[lang])}</p>'
              f'<button>{e(ACCEPT[lang])}</button></div>')
    header = [f'  <header class="site-header v{variant}">',
              f'    <a class="logo" href="{root}/">{e(outlet)}</a>',
              '    <nav class="main-nav"><ul>', nav, "    </ul></nav>", "  </header>"]
    article = ["  <main>", '    <article class="story">',
               f'      <p class="kicker">{e(meta.get("section", ""))}</p>',
               f"      <h1>{e(title)}</h1>",
               f'      <p class="byline"><span class="author">{e(meta["author"])}</span> '
               f'<time datetime="{pub}">{e(meta["dateline"])}</time></p>',
               body, "    </article>"]
    aside = ['    <aside class="related">', f"      <h2>{e(RELATED[lang])}</h2>", "      <ul>", related,
             "      </ul>", "    </aside>", "  </main>"]
    footer = [f'  <footer class="site-footer"><p>&copy; {pub[:4]} {e(outlet)}. {e(RIGHTS[lang])}</p>',
              f'    <p><a href="{root}/privacy/">Privacy</a> · <a href="{root}/contact/">Contact</a></p></footer>']
    if variant == 0:
        parts = [cookie] + header + article + aside + footer
    elif variant == 1:
        parts = header + article + aside + footer + [cookie]
    else:
        parts = header + [cookie] + article + aside + footer
    out += [f'<body class="page-{variant}">'] + parts + ["</body>", "</html>", ""]
    return "\n".join(out)


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(name), encoding="utf-8")
        print("wrote", d / "source.html")


if __name__ == "__main__":
    main()
