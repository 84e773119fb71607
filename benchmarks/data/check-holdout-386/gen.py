#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic; run from anywhere)."""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Property", "Infrastructure", "Markets", "Opinion"],
    "fr": ["Actualités", "Économie", "Immobilier", "Chantiers", "Régions", "Opinions"],
    "de": ["Nachrichten", "Wirtschaft", "Bau", "Immobilien", "Region", "Meinung"],
    "es": ["Portada", "Economía", "Vivienda", "Obras", "Empresas", "Opinión"],
    "ja": ["ニュース", "経済", "建設", "住宅", "地域", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to measure traffic.", "Accept all", "Manage settings"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um unser Angebot zu verbessern und die Nutzung zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "Aceptar", "Configurar"),
    "ja": ("当サイトではサービス向上のためクッキーを使用しています。", "同意する", "設定"),
}
RELATED = {
    "en": "Related coverage", "fr": "À lire aussi", "de": "Mehr zum Thema",
    "es": "Noticias relacionadas", "ja": "関連記事",
}
FOOT = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}


def read_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    meta["related"] = [r.strip() for r in meta.get("related", "").split(";") if r.strip()]
    return meta, paras


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    variant = int(meta.get("chrome", "0")) % 3
    sep = " | " if meta.get("sep") == "pipe" else " - "
    outlet = meta["outlet"]
    title = meta["title"]
    desc = paras[0][:160]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
        "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": meta["url"],
        "inLanguage": lang,
    }
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck = COOKIE[lang]
    cookie = (f'  <div class="cookie-banner" role="dialog"><p>{e(ck[0])}</p>'
              f'<button>{e(ck[1])}</button> <button>{e(ck[2])}</button></div>')
    rel_items = "\n".join(
        f'      <li><a href="/more/{i + 1}">{e(r)}</a></li>' for i, r in enumerate(meta["related"]))
    related = f'    <aside class="related"><h2>{e(RELATED[lang])}</h2>\n    <ul>\n{rel_items}\n    </ul></aside>'
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    byline = (f'<p class="byline"><span class="author">{e(meta["author"])}</span> '
              f'<time datetime="{e(meta["published"])}">{e(meta["shown_time"])}</time></p>')
    article = (f'    <article class="story">\n      <span class="kicker">{e(meta["section"])}</span>\n'
               f'      <h1>{e(title)}</h1>\n      {byline}\n{body}\n    </article>')
    header = (f'  <header class="site-header v{variant}">\n    <a class="logo" href="/">{e(outlet)}</a>\n'
              f'    <nav><ul>\n{nav}\n    </ul></nav>\n  </header>')
    footer = (f'  <footer><p>&copy; {meta["published"][:4]} {e(outlet)}. {e(FOOT[lang])}</p>'
              f'<p><a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p></footer>')
    if variant == 0:
        main = f"{header}\n{cookie}\n  <main>\n{article}\n{related}\n  </main>\n{footer}"
    elif variant == 1:
        main = f"{cookie}\n{header}\n  <div class=\"columns\">\n{related}\n  <main>\n{article}\n  </main>\n  </div>\n{footer}"
    else:
        main = (f"{header}\n  <div class=\"ad-slot\">Advertisement</div>\n  <main>\n{article}\n  </main>\n"
                f"{related}\n{cookie}\n{footer}")
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
{main}
</body>
</html>
"""


def build(name):
    meta, paras = read_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        out = HERE / "cases" / name / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(name), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main()
