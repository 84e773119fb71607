#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic)."""
import html, json, sys, zlib
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Retail", "Markets", "Opinion", "Life"],
    "fr": ["International", "Économie", "Commerce", "Consommation", "Opinions"],
    "de": ["Politik", "Wirtschaft", "Handel", "Verbraucher", "Meinung"],
    "es": ["Nacional", "Economía", "Comercio", "Consumo", "Opinión"],
    "ja": ["経済", "流通", "消費", "企業", "オピニオン"],
}
COOKIE = {
    "en": "We use cookies to improve your experience. By continuing you accept our cookie policy.",
    "fr": "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez notre politique.",
    "de": "Wir verwenden Cookies, um Ihr Leseerlebnis zu verbessern. Mit der Nutzung stimmen Sie zu.",
    "es": "Utilizamos cookies para mejorar su experiencia. Al continuar, acepta nuestra política.",
    "ja": "当サイトはサービス向上のためにクッキーを使用しています。閲覧を続けると同意したものとみなします。",
}
RELATED = {
    "en": "Related coverage", "fr": "À lire aussi", "de": "Mehr zum Thema",
    "es": "Más noticias", "ja": "関連記事",
}
FOOT = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    return meta, paras, related


def render(name, meta, paras, related):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    v = zlib.crc32(name.encode()) % 3
    sep = " | " if v == 1 else " - "
    title = meta["title"]
    outlet = meta["outlet"]
    url = meta["url"]
    pub = meta["published"]
    author = meta["author"]
    section = meta.get("section", "Retail")
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'        <li><a href="/story/{i + 101}">{e(r)}</a></li>' for i, r in enumerate(related))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    shown = meta.get("shown", pub)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(title)}{sep}{e(outlet)}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(url)}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(outlet)}">',
        f'  <meta property="og:title" content="{e(title)}">',
        f'  <meta property="og:url" content="{e(url)}">',
        f'  <meta property="article:published_time" content="{e(pub)}">',
        f'  <meta property="article:section" content="{e(section)}">',
        f'  <meta name="author" content="{e(author)}">',
        '  <link rel="stylesheet" href="/assets/main.css">',
        f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "</head>",
    ]
    if v == 0:
        out += [
            '<body class="article">',
            f'  <div id="cookie-consent" class="banner"><p>{e(COOKIE[lang])}</p><button>OK</button></div>',
            '  <header class="masthead">',
            f'    <a class="logo" href="/">{e(outlet)}</a>',
            '    <nav><ul>', nav, '    </ul></nav>',
            '  </header>',
            '  <main>',
            '    <article>',
            f'      <h1>{e(title)}</h1>',
            f'      <p class="byline">{e(author)} · <time datetime="{e(pub)}">{e(shown)}</time></p>',
            body,
            '    </article>',
            f'    <aside class="related"><h2>{e(RELATED[lang])}</h2><ul>', rel, '    </ul></aside>',
            '  </main>',
        ]
    elif v == 1:
        out += [
            '<body>',
            '  <nav class="top"><ul>', nav, '  </ul></nav>',
            f'  <div class="site-name">{e(outlet)}</div>',
            '  <div class="wrap">',
            f'    <aside class="sidebar"><h3>{e(RELATED[lang])}</h3><ul>', rel, '    </ul></aside>',
            '    <article class="story">',
            f'      <span class="kicker">{e(section)}</span>',
            f'      <h1 class="headline">{e(title)}</h1>',
            f'      <div class="meta"><span class="author">{e(author)}</span> <time datetime="{e(pub)}">{e(shown)}</time></div>',
            '      <div class="story-body">',
            body,
            '      </div>',
            '    </article>',
            '  </div>',
            f'  <div class="cookie-bar">{e(COOKIE[lang])} <a href="/privacy">Privacy</a></div>',
        ]
    else:
        out += [
            '<body class="page">',
            f'  <section class="consent" role="dialog">{e(COOKIE[lang])}</section>',
            f'  <div class="brand-bar"><a href="/">{e(outlet)}</a></div>',
            '  <nav class="sections"><ul>', nav, '  </ul></nav>',
            '  <article itemscope itemtype="https://schema.org/NewsArticle">',
            f'    <header><h1 itemprop="headline">{e(title)}</h1>',
            f'      <div class="dateline">{e(author)} — <time datetime="{e(pub)}">{e(shown)}</time></div></header>',
            '    <div itemprop="articleBody">',
            body,
            '    </div>',
            '  </article>',
            f'  <div class="more"><h2>{e(RELATED[lang])}</h2><ul>', rel, '  </ul></div>',
        ]
    year = datetime.fromisoformat(pub).year
    out += [
        f'  <footer><p>© {year} {e(outlet)}. {e(FOOT[lang])}</p><a href="/about">About</a> <a href="/contact">Contact</a></footer>',
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out)


def build(name):
    meta, paras, related = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras, related)


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(name), encoding="utf-8")
        print("wrote", d / "source.html")


if __name__ == "__main__":
    main()
