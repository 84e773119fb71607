#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

A spec is a header of "key: value" lines, a line "---", then the article's
paragraphs separated by blank lines. digest.txt and expected.json are written
by hand in cases/<name>/ and are not touched here.
"""
import html, json, pathlib, datetime

HERE = pathlib.Path(__file__).parent
UI = {
    "en": ("Accept all", "Reject non-essential", "We use cookies to personalise content and ads and to analyse our traffic.", "Related", "About us", "Contact", "Privacy policy", "All rights reserved.", ["News", "Games", "Streaming", "Esports", "Business", "Opinion"]),
    "fr": ("Tout accepter", "Continuer sans accepter", "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience.", "À lire aussi", "Qui sommes-nous", "Contact", "Confidentialité", "Tous droits réservés.", ["Actualité", "Jeux vidéo", "Streaming", "Économie", "Culture", "Opinions"]),
    "de": ("Alle akzeptieren", "Nur notwendige", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Mehr zum Thema", "Über uns", "Kontakt", "Datenschutz", "Alle Rechte vorbehalten.", ["Nachrichten", "Games", "Streaming", "Wirtschaft", "Kultur", "Meinung"]),
    "es": ("Aceptar todo", "Rechazar", "Utilizamos cookies para personalizar contenidos y analizar nuestro tráfico.", "Relacionadas", "Quiénes somos", "Contacto", "Privacidad", "Todos los derechos reservados.", ["Portada", "Videojuegos", "Streaming", "Economía", "Cultura", "Opinión"]),
    "ja": ("同意する", "拒否する", "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。", "関連記事", "会社概要", "お問い合わせ", "プライバシーポリシー", "無断転載を禁じます。", ["ニュース", "ゲーム", "配信", "eスポーツ", "経済", "コラム"]),
}

def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras

def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    acc, rej, cookie, rel, about, contact, priv, rights, menu = UI[lang]
    sep = meta.get("title_sep", " - ")
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"]}
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    year = meta["published"][:4]
    out = [
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(meta["url"])}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(meta["outlet"])}">',
        f'  <meta property="og:title" content="{e(meta["title"])}">',
        f'  <meta property="og:url" content="{e(meta["url"])}">',
        f'  <meta property="article:published_time" content="{meta["published"]}">',
        f'  <meta property="article:section" content="{e(meta["section"])}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "</head>", '<body class="article">',
        '  <header class="masthead">', f'    <a class="logo" href="/">{e(meta["outlet"])}</a>', '    <nav class="main-nav"><ul>',
    ]
    out += [f'      <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(menu)]
    out += ["    </ul></nav>", "  </header>", "  <main>", '    <article>',
            f'      <p class="kicker">{e(meta["section"])}</p>',
            f'      <h1>{e(meta["title"])}</h1>',
            f'      <p class="byline"><span class="author">{e(meta["author"])}</span> <time datetime="{meta["published"]}">{e(meta["dateline"])}</time></p>',
            '      <div class="article-body">']
    out += [f"        <p>{e(p)}</p>" for p in paras]
    out += ["      </div>", "    </article>", '    <aside class="related">', f"      <h2>{e(rel)}</h2>", "      <ul>"]
    out += [f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related)]
    out += ["      </ul>", "    </aside>", "  </main>",
            '  <div id="cookie-banner" class="consent" role="dialog">',
            f"    <p>{e(cookie)}</p>",
            f'    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button>',
            "  </div>", '  <footer class="site-footer">',
            f'    <ul><li><a href="/about/">{e(about)}</a></li><li><a href="/contact/">{e(contact)}</a></li><li><a href="/privacy/">{e(priv)}</a></li></ul>',
            f"    <p>&copy; {year} {e(meta['outlet'])}. {e(rights)}</p>", "  </footer>", "</body>", "</html>", ""]
    return "\n".join(out)

def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse_spec(spec)
        datetime.datetime.fromisoformat(meta["published"])  # must carry an offset
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", d / "source.html")

if __name__ == "__main__":
    main()
