#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-416).

A spec is a header of `key: value` lines (lang, outlet, url, published with a
UTC offset, title, author, section, sep), a line `---`, then paragraphs
separated by blank lines. The page chrome varies with a stable hash of the
case name so the set does not share one layout.
"""
import hashlib
import html
import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Box Office", "Festivals", "Industry", "Reviews", "Opinion"],
    "fr": ["Actualités", "Box-office", "Festivals", "Industrie", "Critiques", "Débats"],
    "de": ["Nachrichten", "Kinocharts", "Festivals", "Branche", "Kritiken", "Meinung"],
    "es": ["Noticias", "Taquilla", "Festivales", "Industria", "Críticas", "Opinión"],
    "ja": ["ニュース", "興行成績", "映画祭", "業界", "レビュー", "コラム"],
}
COOKIE = {
    "en": "We use cookies to measure traffic and personalise content.",
    "fr": "Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.",
    "de": "Wir verwenden Cookies, um die Nutzung zu messen und Inhalte anzupassen.",
    "es": "Usamos cookies para medir la audiencia y personalizar el contenido.",
    "ja": "当サイトはアクセス解析と表示の最適化のためにクッキーを使用しています。",
}
ACCEPT = {"en": "Accept", "fr": "Accepter", "de": "Akzeptieren", "es": "Aceptar", "ja": "同意する"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}
RIGHTS = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
          "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def e(s):
    return html.escape(s, quote=True)


def render(name, meta, paras):
    lang = meta["lang"]
    variant = int(hashlib.sha1(name.encode()).hexdigest(), 16) % 4
    sep = meta.get("sep", " - " if variant % 2 == 0 else " | ")
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    pub = meta["published"]
    dt = datetime.fromisoformat(pub)
    host = url.split("/")[2]
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    slug = url.rstrip("/").split("/")[-1]
    related = "\n".join(
        f'        <li><a href="https://{host}/related/{slug}-{k}">{e(RELATED[lang])} {k}</a></li>'
        for k in (1, 2, 3))
    shown = dt.strftime("%Y-%m-%d %H:%M") + " (UTC" + dt.strftime("%z")[:3] + ":" + dt.strftime("%z")[3:] + ")"
    cookie = (f'  <div class="cookie-banner" role="dialog"><p>{e(COOKIE[lang])}</p>'
              f'<button>{e(ACCEPT[lang])}</button></div>')
    header = (f'  <header class="site-header v{variant}">\n    <a class="logo" href="/">{e(outlet)}</a>\n'
              f'    <nav><ul>\n{nav}\n    </ul></nav>\n  </header>')
    article = (f'  <main>\n    <article>\n      <p class="kicker">{e(meta.get("section", ""))}</p>\n'
               f'      <h1>{e(title)}</h1>\n'
               f'      <p class="byline"><span class="author">{e(meta["author"])}</span> '
               f'<time datetime="{e(pub)}">{e(shown)}</time></p>\n{body}\n    </article>\n'
               f'    <aside class="related"><h2>{e(RELATED[lang])}</h2><ul>\n{related}\n    </ul></aside>\n  </main>')
    footer = f'  <footer><p>&copy; {dt.year} {e(outlet)}. {e(RIGHTS[lang])}</p></footer>'
    parts = [header, cookie, article, footer]
    if variant == 1:
        parts = [cookie, header, article, footer]
    elif variant == 3:
        parts = [header, article, cookie, footer]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{e(pub)}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page layout-{variant}">
{chr(10).join(parts)}
</body>
</html>
"""


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        out = HERE / "cases" / name / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(name), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
