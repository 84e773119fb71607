#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

Spec: header lines `key: value` (lang, outlet, url, published, author, section,
title, tz), a blank line, then article paragraphs separated by blank lines."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Farming", "Markets", "Weather", "Opinion"],
       "fr": ["Monde", "Économie", "Agriculture", "Marchés", "Météo", "Opinions"],
       "de": ["Welt", "Wirtschaft", "Landwirtschaft", "Märkte", "Wetter", "Meinung"],
       "es": ["Mundo", "Economía", "Campo", "Mercados", "Tiempo", "Opinión"],
       "ja": ["国際", "経済", "農業", "市況", "天気", "オピニオン"]}
COOKIE = {"en": "We use cookies to improve your experience and to show relevant ads. Accept all or manage your preferences.",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience. Tout accepter ou paramétrer.",
          "de": "Wir verwenden Cookies, um unser Angebot zu verbessern und Reichweite zu messen. Alle akzeptieren oder Einstellungen.",
          "es": "Usamos cookies para mejorar su experiencia y mostrar publicidad. Aceptar todas o configurar.",
          "ja": "当サイトはサービス向上と広告配信のためにクッキーを使用しています。同意するか設定を変更してください。"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}
RIGHTS = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
          "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    meta = dict(l.split(": ", 1) for l in head.splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang, outlet, url, pub = meta["lang"], meta["outlet"], meta["url"], meta["published"]
    title = meta["title"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(t)}</a></li>'
                    for i, t in enumerate(meta.get("related", "Newsletter|Podcast").split("|")))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} | {e(outlet)}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <div id="cookie-banner" role="dialog"><p>{e(COOKIE[lang])}</p><button>OK</button></div>
  <main>
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(title)}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{pub}">{e(meta['shown'])}</time></div>
{body}
    </article>
    <aside class="related"><h3>{RELATED[lang]}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer><p>&copy; {pub[:4]} {e(outlet)}. {RIGHTS[lang]}</p></footer>
</body>
</html>
"""


if __name__ == "__main__":
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for n in names:
        meta, paras = parse(HERE / "specs" / f"{n}.txt")
        out = HERE / "cases" / n
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")
