#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

A spec is a header of `key: value` lines, a line `---`, then the article's
paragraphs separated by blank lines.  digest.txt and expected.json are
written by hand in cases/<name>/ and are not generated.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": ("Home", "Business", "Autos", "Tech", "Opinion",
           "We use cookies to improve your experience. By continuing you accept our cookie policy.",
           "Accept", "Related", "All rights reserved"),
    "fr": ("Accueil", "Économie", "Automobile", "Tech", "Opinions",
           "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez notre politique.",
           "Accepter", "À lire aussi", "Tous droits réservés"),
    "de": ("Startseite", "Wirtschaft", "Auto", "Technik", "Meinung",
           "Wir verwenden Cookies, um Ihnen ein besseres Angebot zu machen. Mit der Nutzung stimmen Sie zu.",
           "Einverstanden", "Mehr zum Thema", "Alle Rechte vorbehalten"),
    "es": ("Portada", "Economía", "Motor", "Tecnología", "Opinión",
           "Utilizamos cookies para mejorar su experiencia. Si continúa navegando, acepta nuestra política.",
           "Aceptar", "Noticias relacionadas", "Todos los derechos reservados"),
    "ja": ("トップ", "経済", "自動車", "テクノロジー", "オピニオン",
           "当サイトはクッキーを使用しています。閲覧を続けることでクッキーの使用に同意したものとみなします。",
           "同意する", "関連記事", "無断転載を禁じます"),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") if meta["lang"] != "ja" else p.strip().replace("\n", "")
             for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    home, biz, autos, tech, op, cookie, accept, related, rights = NAV[lang]
    sep = meta.get("sep", "-")
    title = f'{meta["title"]} {sep} {meta["outlet"]}'
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": meta["title"], "datePublished": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": lang}
    site = meta["url"].split("/")[2]
    rel = [r.split("|", 1) for r in meta.get("related", "").split(";;") if "|" in r]
    out = [
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(title)}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(meta["url"])}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(meta["outlet"])}">',
        f'  <meta property="og:title" content="{e(meta["title"])}">',
        f'  <meta property="og:description" content="{e(desc)}">',
        f'  <meta property="og:url" content="{e(meta["url"])}">',
        f'  <meta property="article:published_time" content="{meta["published"]}">',
        f'  <meta property="article:section" content="{e(meta.get("section", autos))}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        '  <link rel="stylesheet" href="/static/css/site.css">',
        '  <script src="/static/js/consent.js" defer></script>',
        '  <script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>",
        "</head>", "<body>",
        f'  <div class="cookie-banner" role="dialog"><p>{e(cookie)}</p><button>{e(accept)}</button></div>',
        f'  <header class="masthead"><a class="logo" href="https://{site}/">{e(meta["outlet"])}</a>',
        f'    <nav><ul><li><a href="/">{e(home)}</a></li><li><a href="/business">{e(biz)}</a></li>'
        f'<li><a href="/autos">{e(autos)}</a></li><li><a href="/tech">{e(tech)}</a></li>'
        f'<li><a href="/opinion">{e(op)}</a></li></ul></nav>',
        "  </header>", "  <main>", "  <article>",
        f'    <h1>{e(meta["title"])}</h1>',
        f'    <p class="byline">{e(meta["author"])} · <time datetime="{meta["published"]}">{e(meta.get("dateline", meta["published"][:10]))}</time></p>',
    ]
    for p in paras:
        out.append(f"    <p>{e(p)}</p>")
    out += ["  </article>", f'  <aside class="related"><h2>{e(related)}</h2><ul>']
    for href, label in rel:
        out.append(f'    <li><a href="{e(href)}">{e(label)}</a></li>')
    out += ["  </ul></aside>", "  </main>",
            f'  <footer><p>© {meta["published"][:4]} {e(meta["outlet"])}. {e(rights)}.</p>'
            f'<a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer>',
            "</body>", "</html>", ""]
    return "\n".join(out)


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", d / "source.html")


if __name__ == "__main__":
    main()
