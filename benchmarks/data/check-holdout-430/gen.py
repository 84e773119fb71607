#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic)."""
import html, json, sys, zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Energy", "Markets", "Mining", "Climate", "Opinion"],
    "fr": ["International", "Énergie", "Économie", "Industrie", "Climat", "Débats"],
    "de": ["Politik", "Wirtschaft", "Energie", "Industrie", "Klima", "Meinung"],
    "es": ["Mundo", "Economía", "Energía", "Minería", "Clima", "Opinión"],
    "ja": ["国際", "経済", "エネルギー", "産業", "気候", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to measure readership.", "Accept all", "Manage settings"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihr Leseerlebnis zu verbessern und Reichweite zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para mejorar su experiencia y medir la audiencia.", "Aceptar todas", "Configurar"),
    "ja": ("当サイトは利便性向上とアクセス解析のためにクッキーを使用しています。", "同意する", "設定"),
}
RELATED = {"en": "Related coverage", "fr": "À lire aussi", "de": "Mehr zum Thema",
           "es": "Más información", "ja": "関連記事"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    variant = zlib.crc32(name.encode()) % 3
    sep = {"dash": " - ", "pipe": " | "}[meta.get("sep", "dash")]
    title, outlet, url, pub = meta["title"], meta["outlet"], meta["url"], meta["published"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    home = url.split("/", 3)[:3]
    home = "/".join(home) + "/"
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    c_text, c_ok, c_set = COOKIE[lang]
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    rel = "\n".join(f'        <li><a href="{home}{zlib.crc32(r.encode()) % 90000 + 10000}">{e(r)}</a></li>' for r in related)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    out = [
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(title)}{e(sep)}{e(outlet)}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(url)}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(outlet)}">',
        f'  <meta property="og:title" content="{e(title)}">',
        f'  <meta property="og:url" content="{e(url)}">',
        f'  <meta property="article:published_time" content="{e(pub)}">',
        f'  <meta property="article:section" content="{e(meta.get("section", ""))}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "</head>",
    ]
    cookie = (f'  <div class="cookie-banner" role="dialog"><p>{e(c_text)}</p>'
              f'<button>{e(c_ok)}</button> <button>{e(c_set)}</button></div>')
    meta_line = (f'<span class="byline">{e(meta["author"])}</span> '
                 f'<time datetime="{e(pub)}">{e(meta["display"])}</time>')
    if variant == 0:
        out += ['<body class="article">', cookie, '  <header class="masthead">',
                f'    <a class="logo" href="/">{e(outlet)}</a>', '    <nav><ul>', nav, '    </ul></nav>', '  </header>',
                '  <main>', '    <article>', f'      <h1>{e(title)}</h1>', f'      <p class="meta">{meta_line}</p>',
                body, '    </article>', f'    <aside class="related"><h2>{e(RELATED[lang])}</h2><ul>', rel, '    </ul></aside>',
                '  </main>']
    elif variant == 1:
        out += ['<body>', '  <div class="top-bar">', f'    <a class="brand" href="/">{e(outlet)}</a>',
                '    <ul class="menu">', nav, '    </ul>', '  </div>', '  <div class="layout">',
                f'    <div class="breadcrumb"><a href="/">{e(outlet)}</a> › {e(meta.get("section", ""))}</div>',
                '    <article class="story">', f'      <header><span class="kicker">{e(meta.get("section", ""))}</span>',
                f'      <h1 class="headline">{e(title)}</h1>', f'      <div class="meta">{meta_line}</div></header>',
                '      <div class="story-body">', body, '      </div>', '    </article>',
                f'    <section class="more"><h3>{e(RELATED[lang])}</h3><ul>', rel, '    </ul></section>', '  </div>', cookie]
    else:
        out += ['<body class="page">', '  <nav class="primary"><ul>', nav, '  </ul></nav>',
                f'  <div class="site-title">{e(outlet)}</div>', cookie, '  <div class="columns">',
                '    <div class="col-main">', '    <article itemscope itemtype="https://schema.org/NewsArticle">',
                f'      <h1 itemprop="headline">{e(title)}</h1>', f'      <div class="dateline">{meta_line}</div>',
                body, '    </article>', '    </div>', f'    <div class="col-side"><h4>{e(RELATED[lang])}</h4><ul>', rel,
                '    </ul><div class="ad-slot">Advertisement</div></div>', '  </div>']
    out += ['  <footer>', f'    <p>© {pub[:4]} {e(outlet)}. {e(FOOT[lang])}</p>',
            '    <p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact</a></p>',
            '  </footer>', '</body>', '</html>', '']
    return "\n".join(out)


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main(names):
    names = names or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        d = HERE / "cases" / n
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(n), encoding="utf-8")
        print("wrote", d / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
