#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

Spec format: 'key: value' header lines, a blank line, then paragraphs
separated by blank lines. digest.txt and expected.json are kept as written
in cases/<name>/ (they are the hand-written part of the set).
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent

COOKIE = {
    "en": ("We use cookies to improve your experience and measure audience.", "Accept all", "Manage"),
    "fr": ("Nous utilisons des cookies pour mesurer l'audience et améliorer le site.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um unser Angebot zu verbessern.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para mejorar su experiencia.", "Aceptar todas", "Configurar"),
    "ja": ("当サイトはクッキーを使用しています。", "同意する", "設定"),
}
NAV = {
    "en": ["Home", "World", "Space", "Aviation", "Business", "Opinion"],
    "fr": ["Accueil", "International", "Espace", "Aéronautique", "Économie"],
    "de": ["Startseite", "Politik", "Raumfahrt", "Luftfahrt", "Wirtschaft"],
    "es": ["Portada", "Internacional", "Espacio", "Aviación", "Economía"],
    "ja": ["トップ", "国際", "宇宙", "航空", "経済"],
}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") if meta["lang"] != "ja" else p.strip().replace("\n", "")
             for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    sep = {"pipe": " | ", "dash": " - "}[meta.get("sep", "dash")]
    title = meta["title"]
    outlet = meta["outlet"]
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    base = meta["url"].split("/")[2]
    c = COOKIE[lang]
    nav = "\n".join(f'      <li><a href="https://{base}/{i}">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'      <li><a href="https://{base}/{r.split("|")[0]}">{e(r.split("|")[1])}</a></li>'
                    for r in meta.get("related", "").split(";;") if r)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
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
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent">
    <p>{e(c[0])}</p>
    <button>{e(c[1])}</button> <button>{e(c[2])}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="https://{base}/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta.get('dateline', meta['published']))}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(RELATED[lang])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer>
    <p>© 2026 {e(outlet)}. {e(FOOT[lang])}</p>
    <p><a href="https://{base}/privacy">Privacy</a> · <a href="https://{base}/contact">Contact</a></p>
  </footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
    print("generated", len(list((HERE / "specs").glob("*.txt"))), "sources")


if __name__ == "__main__":
    main()
