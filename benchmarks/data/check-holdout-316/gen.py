#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are hand-written in cases/)."""
import html, json, pathlib, re

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["Home", "Local", "Environment", "Business", "Opinion"],
       "fr": ["Accueil", "Régions", "Environnement", "Économie", "Opinions"],
       "de": ["Startseite", "Region", "Umwelt", "Wirtschaft", "Meinung"],
       "es": ["Portada", "Comunidades", "Medio ambiente", "Economía", "Opinión"],
       "ja": ["トップ", "地域", "くらし", "経済", "社説"]}
COOKIE = {"en": "We use cookies to improve your experience. Accept all / Manage settings",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter / Paramétrer",
          "de": "Wir verwenden Cookies, um Ihr Nutzungserlebnis zu verbessern. Alle akzeptieren / Einstellungen",
          "es": "Utilizamos cookies para mejorar su experiencia. Aceptar todas / Configurar",
          "ja": "当サイトはクッキーを使用しています。同意する / 設定"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}
RIGHTS = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
          "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def read_spec(p):
    head, body = p.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [re.sub(r"\s*\n\s*", " " if meta["lang"] != "ja" else "", x.strip())
             for x in body.strip().split("\n\n") if x.strip()]
    return meta, paras


def page(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang, outlet, title = meta["lang"], meta["outlet"], meta["title"]
    sep = meta.get("sep", "-")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "NewsMediaOrganization", "name": outlet},
          "mainEntityOfPage": meta["url"], "inLanguage": lang}
    host = meta["url"].split("/")[2]
    rel = [x.strip() for x in meta.get("related", "").split("|") if x.strip()]
    out = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n  <meta charset="utf-8">',
           '  <meta name="viewport" content="width=device-width, initial-scale=1">',
           f'  <title>{e(title)} {sep} {e(outlet)}</title>',
           f'  <meta name="description" content="{e(paras[0][:150])}">',
           f'  <link rel="canonical" href="{e(meta["url"])}">',
           '  <meta property="og:type" content="article">',
           f'  <meta property="og:site_name" content="{e(outlet)}">',
           f'  <meta property="og:title" content="{e(title)}">',
           f'  <meta property="og:url" content="{e(meta["url"])}">',
           f'  <meta property="article:published_time" content="{meta["published"]}">',
           f'  <meta property="article:section" content="{e(meta.get("section", ""))}">',
           f'  <meta name="author" content="{e(meta["author"])}">',
           '  <link rel="stylesheet" href="/static/site.css">',
           f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
           '</head>\n<body>',
           f'  <div class="cookie-banner" role="dialog"><p>{e(COOKIE[lang])}</p></div>',
           f'  <header class="masthead"><a class="logo" href="https://{host}/">{e(outlet)}</a>',
           '    <nav><ul>' + "".join(f'<li><a href="https://{host}/{i}">{e(n)}</a></li>' for i, n in enumerate(NAV[lang])) + '</ul></nav>',
           '  </header>\n  <main>\n    <article>',
           f'      <h1>{e(title)}</h1>',
           f'      <p class="byline">{e(meta["author"])} · <time datetime="{meta["published"]}">{e(meta.get("dateline", meta["published"][:10]))}</time></p>']
    out += [f'      <p>{e(p)}</p>' for p in paras]
    out += ['    </article>',
            f'    <aside class="related"><h2>{e(RELATED[lang])}</h2><ul>'
            + "".join(f'<li><a href="https://{host}/r/{i}">{e(r)}</a></li>' for i, r in enumerate(rel)) + '</ul></aside>',
            '  </main>',
            f'  <footer><p>© {meta["published"][:4]} {e(outlet)}. {e(RIGHTS[lang])}</p></footer>',
            '</body>\n</html>\n']
    return "\n".join(out)


def main():
    for p in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = read_spec(p)
        d = HERE / "cases" / p.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
    print("generated", len(list((HERE / "specs").glob("*.txt"))), "pages")


if __name__ == "__main__":
    main()
