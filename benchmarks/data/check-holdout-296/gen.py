#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are hand-written in cases/)."""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
CHROME = {
    "en": ("Accept cookies", "We use cookies to measure readership and keep you signed in.", "Related", "All rights reserved.", ["Home", "News", "Courts", "Crime", "Opinion"]),
    "fr": ("Accepter", "Nous utilisons des cookies pour mesurer l'audience.", "À lire aussi", "Tous droits réservés.", ["Accueil", "Actualité", "Justice", "Faits divers", "Opinions"]),
    "de": ("Zustimmen", "Wir verwenden Cookies, um die Reichweite zu messen.", "Mehr zum Thema", "Alle Rechte vorbehalten.", ["Startseite", "Nachrichten", "Justiz", "Polizei", "Meinung"]),
    "es": ("Aceptar", "Usamos cookies para medir la audiencia.", "Relacionadas", "Todos los derechos reservados.", ["Portada", "Noticias", "Tribunales", "Sucesos", "Opinión"]),
    "ja": ("同意する", "当サイトは閲覧状況の把握のためにクッキーを使用します。", "関連記事", "無断転載を禁じます。", ["トップ", "社会", "事件・事故", "司法", "地域"]),
}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") if meta["lang"] != "ja" else p.strip().replace("\n", "")
             for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def page(meta, paras):
    e = html.escape
    lang = meta["lang"]
    accept, banner, related, rights, nav = CHROME[lang]
    sep = {"|": " | ", "-": " - "}.get(meta.get("title_sep", "-"), " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    desc = paras[0][:150]
    rel = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    out = [
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(meta['title'])}{e(sep)}{e(meta['outlet'])}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(meta["url"])}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(meta["outlet"])}">',
        f'  <meta property="og:title" content="{e(meta["title"])}">',
        f'  <meta property="og:url" content="{e(meta["url"])}">',
        f'  <meta property="article:published_time" content="{e(meta["published"])}">',
        f'  <meta property="article:section" content="{e(meta.get("section", ""))}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        '  <link rel="stylesheet" href="/assets/main.css">',
        f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "</head>", "<body>",
        f'  <div class="cookie-banner" role="dialog"><p>{e(banner)}</p><button>{e(accept)}</button></div>',
        f'  <header class="masthead"><a class="logo" href="/">{e(meta["outlet"])}</a>',
        "    <nav><ul>" + "".join(f'<li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(nav)) + "</ul></nav>",
        "  </header>", "  <main>", "    <article>",
        f"      <h1>{e(meta['title'])}</h1>",
        f'      <p class="byline">{e(meta["author"])} · <time datetime="{e(meta["published"])}">{e(meta.get("dateline", meta["published"]))}</time></p>',
    ]
    out += [f"      <p>{e(p)}</p>" for p in paras]
    out += ["    </article>", f'    <aside class="related"><h2>{e(related)}</h2><ul>']
    out += [f'      <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(rel)]
    out += ["    </ul></aside>", "  </main>",
            f'  <footer><p>© 2026 {e(meta["outlet"])}. {e(rights)}</p><a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></footer>',
            "</body>", "</html>", ""]
    return "\n".join(out)


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse_spec(spec)
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")


if __name__ == "__main__":
    main()
