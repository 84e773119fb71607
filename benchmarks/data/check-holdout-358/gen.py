#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic)."""
import html, json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHROME = {
    "en": {"nav": ["World", "Business", "Health", "Science", "Policy", "Opinion"],
           "cookie": "We use cookies to improve your experience and to measure audiences.",
           "accept": "Accept all", "related": "More on this topic", "sub": "Subscribe",
           "rights": "All rights reserved.", "by": "By"},
    "fr": {"nav": ["International", "Économie", "Santé", "Sciences", "Politique", "Débats"],
           "cookie": "Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.",
           "accept": "Tout accepter", "related": "À lire aussi", "sub": "S'abonner",
           "rights": "Tous droits réservés.", "by": "Par"},
    "de": {"nav": ["Politik", "Wirtschaft", "Gesundheit", "Wissen", "Meinung", "Regional"],
           "cookie": "Wir verwenden Cookies, um unser Angebot zu verbessern und Reichweite zu messen.",
           "accept": "Alle akzeptieren", "related": "Mehr zum Thema", "sub": "Abo",
           "rights": "Alle Rechte vorbehalten.", "by": "Von"},
    "es": {"nav": ["Internacional", "Economía", "Salud", "Ciencia", "Política", "Opinión"],
           "cookie": "Usamos cookies para mejorar su experiencia y medir la audiencia.",
           "accept": "Aceptar todo", "related": "Más sobre este tema", "sub": "Suscríbase",
           "rights": "Todos los derechos reservados.", "by": "Por"},
    "ja": {"nav": ["国際", "経済", "医療", "科学", "政治", "オピニオン"],
           "cookie": "当サイトは利便性向上とアクセス解析のためにクッキーを使用します。",
           "accept": "同意する", "related": "関連記事", "sub": "購読",
           "rights": "無断転載を禁じます。", "by": ""},
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def e(s):
    return html.escape(s, quote=True)


def render(meta, paras):
    lang = meta["lang"]
    c = CHROME[lang]
    v = int(meta.get("chrome", "0")) % 4
    sep = " | " if v % 2 else " - "
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    pub, author, section = meta["published"], meta["author"], meta["section"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": lang}
    related = [r.split(" => ") for r in meta.get("related", "").split(" || ") if r]
    domain = url.split("/")[2]
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w(f'<html lang="{lang}">')
    w("<head>")
    w('  <meta charset="utf-8">')
    w('  <meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"  <title>{e(title)}{sep}{e(outlet)}</title>")
    w(f'  <meta name="description" content="{e(desc)}">')
    w(f'  <link rel="canonical" href="{e(url)}">')
    w('  <meta property="og:type" content="article">')
    w(f'  <meta property="og:site_name" content="{e(outlet)}">')
    w(f'  <meta property="og:title" content="{e(title)}">')
    w(f'  <meta property="og:url" content="{e(url)}">')
    w(f'  <meta property="article:published_time" content="{e(pub)}">')
    w(f'  <meta property="article:section" content="{e(section)}">')
    w(f'  <meta name="author" content="{e(author)}">')
    w(f'  <link rel="stylesheet" href="/assets/v{v + 2}/main.css">')
    w(f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    w("</head>")
    body_cls = ["article", "story-page", "post-view", "news-item"][v]
    w(f'<body class="{body_cls}">')
    cookie = (f'  <div class="{["cookie-banner", "consent", "gdpr-bar", "cookie-notice"][v]}" role="dialog">'
              f'<p>{e(c["cookie"])}</p><button>{e(c["accept"])}</button></div>')
    if v in (0, 2):
        w(cookie)
    w(f'  <header class="{["site-header", "masthead", "topbar", "header"][v]}">')
    w(f'    <a class="logo" href="https://{domain}/">{e(outlet)}</a>')
    w("    <nav><ul>")
    nav = c["nav"] if v < 2 else c["nav"][::-1]
    for n in nav:
        w(f'      <li><a href="/{e(n.lower())}/">{e(n)}</a></li>')
    w("    </ul></nav>")
    w(f'    <a class="subscribe" href="/subscribe">{e(c["sub"])}</a>')
    w("  </header>")
    if v in (1, 3):
        w(cookie)
    w('  <main class="content">')
    w("    <article>")
    w(f'      <p class="section-label">{e(section)}</p>')
    w(f"      <h1>{e(title)}</h1>")
    by = f'{c["by"]} {author}'.strip()
    w(f'      <p class="byline">{e(by)} · <time datetime="{e(pub)}">{e(meta["display"])}</time></p>')
    for p in paras:
        w(f"      <p>{e(p)}</p>")
    w("    </article>")
    if related:
        w(f'    <aside class="related"><h2>{e(c["related"])}</h2><ul>')
        for href, label in related:
            w(f'      <li><a href="{e(href)}">{e(label)}</a></li>')
        w("    </ul></aside>")
    w("  </main>")
    w(f'  <footer><p>© {pub[:4]} {e(outlet)}. {e(c["rights"])}</p>'
      f'<a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer>')
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        d = HERE / "cases" / n
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(n), encoding="utf-8")
        print("wrote", d / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
