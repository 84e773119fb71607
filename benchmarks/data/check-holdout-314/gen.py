#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are written by hand in cases/)."""
import html, json, pathlib, re

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["Home", "Ports", "Shipping", "Markets", "Opinion"],
       "fr": ["Accueil", "Ports", "Fluvial", "Économie", "Opinions"],
       "de": ["Startseite", "Häfen", "Binnenschifffahrt", "Wirtschaft", "Meinung"],
       "es": ["Portada", "Puertos", "Navegación", "Economía", "Opinión"],
       "ja": ["トップ", "港湾", "海運", "経済", "社説"]}
COOKIE = {"en": "We use cookies to improve your experience. Accept all | Manage settings",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter | Paramétrer",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren | Einstellungen",
          "es": "Utilizamos cookies para mejorar su experiencia. Aceptar todas | Configurar",
          "ja": "当サイトはクッキーを使用しています。同意する | 設定"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    if meta["lang"] == "ja":
        paras = [p.replace(" ", "") for p in paras]
    meta["paras"] = paras
    return meta


def render(m):
    e = html.escape
    lang = m["lang"]
    title, outlet = m["title"], m["outlet"]
    sep = {"|": " | ", "": " - "}.get(m.get("sep", ""), m.get("sep"))
    desc = m["paras"][0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": m["url"]}
    nav = "".join(f'<li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "".join(f'<li><a href="{e(u)}">{e(t)}</a></li>' for t, u in
                  [x.split(" | ") for x in m.get("related", "").split(" ;; ") if x])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in m["paras"])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(m['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(m['url'])}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog">{e(COOKIE[lang])}</div>
  <header class="masthead"><a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>{nav}</ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(m['author'])} · <time datetime="{m['published']}">{e(m['dateline'])}</time></p>
{body}
    </article>
    <aside class="related"><h2>{RELATED[lang]}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>© 2026 {e(outlet)}. {FOOT[lang]}</p><ul><li><a href="/about">About</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(parse_spec(spec)), encoding="utf-8")


if __name__ == "__main__":
    main()
