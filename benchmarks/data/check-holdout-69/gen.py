#!/usr/bin/env python3
"""Render specs/<case>.txt into cases/<case>/source.html.

Spec: 'key: value' header lines, a line '---', then one paragraph per line.
Keys: lang, outlet, url (canonical), published (ISO with offset), section,
author, title, tzname.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Science", "Sport", "Culture", "Opinion"],
       "fr": ["Monde", "Économie", "Sciences", "Sport", "Culture", "Débats"],
       "de": ["Welt", "Wirtschaft", "Wissen", "Sport", "Kultur", "Meinung"],
       "es": ["Mundo", "Economía", "Ciencia", "Deportes", "Cultura", "Opinión"],
       "ja": ["国際", "経済", "科学", "スポーツ", "文化", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and to analyse our traffic. Accept all or manage your choices.",
          "fr": "Nous utilisons des cookies pour personnaliser les contenus et analyser notre trafic. Tout accepter ou paramétrer.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Alle akzeptieren oder Einstellungen.",
          "es": "Utilizamos cookies para personalizar el contenido y analizar el tráfico. Aceptar todas o configurar.",
          "ja": "当サイトはクッキーを使用してコンテンツの最適化とアクセス解析を行っています。同意するか設定を変更してください。"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip() for p in body.strip().splitlines() if p.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang, outlet, url, pub = meta["lang"], meta["outlet"], meta["url"], meta["published"]
    title, author, section = meta["title"], meta["author"], meta["section"]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": pub, "author": {"@type": "Person", "name": author},
                     "publisher": {"@type": "Organization", "name": outlet},
                     "mainEntityOfPage": url}, ensure_ascii=False)
    nav = "\n".join(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[lang])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(title)} | {e(outlet)}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(section)}">
  <meta name="author" content="{e(author)}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(author)} · <time datetime="{pub}">{e(meta.get("shown", pub))}</time></p>
{body}
    </article>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(COOKIE[lang])}</p><button>OK</button></div>
  <footer><p>&copy; {pub[:4]} {e(outlet)}. {e(FOOT[lang])}</p></footer>
</body>
</html>
"""


def main(names):
    for spec in sorted((HERE / "specs").glob("*.txt")):
        if names and spec.stem not in names:
            continue
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
