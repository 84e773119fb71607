#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

Spec: 'key: value' header lines, a line '---', then paragraphs separated by
blank lines. Keys: lang, outlet, url, published, section, author, title,
timestr, description (optional), related (';'-separated).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
MENU = {
    "en": ["World", "Business", "Environment", "Oceans", "Opinion"],
    "fr": ["International", "Économie", "Planète", "Mer", "Débats"],
    "de": ["Politik", "Wirtschaft", "Wissen", "Küste", "Meinung"],
    "es": ["Internacional", "Economía", "Ciencia", "Mar", "Opinión"],
    "ja": ["国際", "経済", "科学", "水産", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.", "Accept all", "Reject non-essential"),
    "fr": ("Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.", "Tout accepter", "Continuer sans accepter"),
    "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.", "Alle akzeptieren", "Nur notwendige"),
    "es": ("Utilizamos cookies para personalizar contenidos y analizar el tráfico. Puede cambiar su elección en cualquier momento.", "Aceptar todas", "Rechazar"),
    "ja": ("当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。", "すべて許可", "必須のみ"),
}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}
FOOT = {"en": ["About us", "Contact", "Terms", "Privacy"], "fr": ["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"],
        "de": ["Impressum", "Kontakt", "AGB", "Datenschutz"], "es": ["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"],
        "ja": ["会社概要", "お問い合わせ", "利用規約", "プライバシー"]}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    desc = meta.get("description") or paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    related = [r.strip() for r in meta.get("related", "").split(";") if r.strip()]
    c = COOKIE[lang]
    out = [
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(meta["url"])}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(meta["outlet"])}">',
        f'  <meta property="og:title" content="{e(meta["title"])}">',
        f'  <meta property="og:description" content="{e(desc)}">',
        f'  <meta property="og:url" content="{e(meta["url"])}">',
        f'  <meta property="article:published_time" content="{meta["published"]}">',
        f'  <meta property="article:section" content="{e(meta["section"])}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        '  <link rel="stylesheet" href="/assets/main.css">',
        '  <script src="/assets/consent.js" defer></script>',
        f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "</head>", '<body class="article">', '  <header class="masthead">',
        f'    <a class="logo" href="/">{e(meta["outlet"])}</a>', '    <nav class="main-nav"><ul>',
    ]
    for m in MENU[lang]:
        out.append(f'      <li><a href="/{e(m.lower())}/">{e(m)}</a></li>')
    out += ["    </ul></nav>", "  </header>", "  <main>", "  <article>",
            f'    <p class="kicker">{e(meta["section"])}</p>',
            f'    <h1>{e(meta["title"])}</h1>',
            f'    <p class="byline"><span class="author">{e(meta["author"])}</span> '
            f'<time datetime="{meta["published"]}">{e(meta["timestr"])}</time></p>',
            '    <div class="article-body">']
    for p in paras:
        out.append(f"      <p>{e(p)}</p>")
    out += ["    </div>", "  </article>", '  <aside class="related">', f"    <h2>{RELATED[lang]}</h2>", "    <ul>"]
    for i, r in enumerate(related):
        out.append(f'      <li><a href="/related/{i}">{e(r)}</a></li>')
    out += ["    </ul>", "  </aside>", "  </main>",
            '  <div id="cookie-consent" class="cookie-banner" role="dialog">',
            f"    <p>{e(c[0])}</p>", f'    <button class="accept">{e(c[1])}</button> <button class="reject">{e(c[2])}</button>',
            "  </div>", '  <footer class="site-footer">', "    <ul>"]
    for i, f in enumerate(FOOT[lang]):
        out.append(f'      <li><a href="/info/{i}">{e(f)}</a></li>')
    year = meta["published"][:4]
    out += ["    </ul>", f"    <p>&copy; {year} {e(meta['outlet'])}</p>", "  </footer>", "</body>", "</html>", ""]
    return "\n".join(out)


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for s in specs:
        if names and s.stem not in names:
            continue
        meta, paras = parse(s)
        d = HERE / "cases" / s.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{s.stem}: {words} {'chars' if meta['lang']=='ja' else 'words'}")


if __name__ == "__main__":
    main(sys.argv[1:])
