#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (header 'key: value' lines, '---', paragraphs)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Health", "Business", "Local", "Opinion", "Sport"],
       "fr": ["Monde", "Santé", "Économie", "Régions", "Opinions", "Sport"],
       "de": ["Politik", "Gesundheit", "Wirtschaft", "Region", "Meinung", "Sport"],
       "es": ["Mundo", "Salud", "Economía", "Región", "Opinión", "Deportes"],
       "ja": ["国際", "医療", "経済", "地域", "社説", "スポーツ"]}
COOKIE = {"en": ("We use cookies to personalise content and ads and to analyse our traffic.", "Accept all", "Reject"),
          "fr": ("Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic.", "Tout accepter", "Refuser"),
          "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen"),
          "es": ("Utilizamos cookies para personalizar el contenido y analizar nuestro tráfico.", "Aceptar todo", "Rechazar"),
          "ja": ("当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。", "すべて許可", "拒否")}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang, outlet, title, url = meta["lang"], meta["outlet"], meta["title"], meta["url"]
    sep = meta.get("sep", "-")
    sep = f" {sep} " if sep.isascii() else sep
    pub, author, section = meta["published"], meta["author"], meta["section"]
    desc = paras[0][:150]
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url}
    host = url.split("/")[2]
    out = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n  <meta charset="utf-8">',
           '  <meta name="viewport" content="width=device-width, initial-scale=1">',
           f'  <title>{e(title)}{e(sep)}{e(outlet)}</title>',
           f'  <meta name="description" content="{e(desc)}">',
           f'  <link rel="canonical" href="{e(url)}">',
           '  <meta property="og:type" content="article">',
           f'  <meta property="og:site_name" content="{e(outlet)}">',
           f'  <meta property="og:title" content="{e(title)}">',
           f'  <meta property="og:description" content="{e(desc)}">',
           f'  <meta property="og:url" content="{e(url)}">',
           f'  <meta property="article:published_time" content="{e(pub)}">',
           f'  <meta property="article:section" content="{e(section)}">',
           f'  <meta name="author" content="{e(author)}">',
           f'  <link rel="stylesheet" href="https://static.{host.removeprefix("www.")}/css/main.css">',
           f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
           '</head>\n<body class="article">',
           f'  <header class="masthead"><a class="logo" href="/">{e(outlet)}</a>\n    <nav><ul>']
    out += [f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[lang]]
    out += ['    </ul></nav>\n  </header>', '  <main>\n    <article>',
            f'      <p class="kicker">{e(section)}</p>',
            f'      <h1>{e(title)}</h1>',
            f'      <p class="byline"><span class="author">{e(author)}</span> <time datetime="{e(pub)}">{e(meta["timestr"])}</time></p>',
            '      <div class="article-body">']
    out += [f'        <p>{e(p)}</p>' for p in paras]
    out += ['      </div>', '    </article>', f'    <aside class="related"><h2>{RELATED[lang]}</h2><ul>']
    out += [f'      <li><a href="/story/{i}">{e(r)}</a></li>' for i, r in enumerate(related, 1)]
    c = COOKIE[lang]
    out += ['    </ul></aside>', '  </main>',
            f'  <div id="cookie-consent" role="dialog"><p>{e(c[0])}</p><button>{e(c[1])}</button> <button>{e(c[2])}</button></div>',
            f'  <footer><ul><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy</a></li></ul>',
            f'    <p>&copy; {pub[:4]} {e(outlet)}</p></footer>', '</body>\n</html>\n']
    return "\n".join(out)


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for p in specs:
        if names and p.stem not in names:
            continue
        meta, paras = parse(p)
        d = HERE / "cases" / p.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
