#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

Spec format: "key: value" header lines (lang, outlet, url, published, title,
author, section, display), a blank line, then the article paragraphs separated
by blank lines. digest.txt and expected.json are written by hand in cases/.
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
NAV = {
    "en": ["Business", "Autos", "Markets", "Tech", "Opinion"],
    "fr": ["Économie", "Automobile", "Entreprises", "Marchés", "Opinions"],
    "de": ["Wirtschaft", "Auto", "Unternehmen", "Finanzen", "Meinung"],
    "es": ["Economía", "Motor", "Empresas", "Mercados", "Opinión"],
    "ja": ["経済", "自動車", "企業", "マーケット", "社説"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to measure audience.", "Accept all", "Reject"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Refuser"),
    "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und Reichweite zu messen.", "Alle akzeptieren", "Ablehnen"),
    "es": ("Utilizamos cookies para mejorar su experiencia y medir la audiencia.", "Aceptar todo", "Rechazar"),
    "ja": ("当サイトは利便性向上とアクセス解析のためにクッキーを使用しています。", "同意する", "拒否する"),
}
RELATED = {
    "en": ["Dealers brace for a slower spring", "How recall notices reach owners", "Used-car prices: what changed this year"],
    "fr": ["Les concessionnaires face au ralentissement", "Comment fonctionnent les rappels", "Occasion : les prix en question"],
    "de": ["Händler rechnen mit schwächerem Frühjahr", "So laufen Rückrufe ab", "Gebrauchtwagenpreise im Überblick"],
    "es": ["Los concesionarios esperan una primavera floja", "Cómo funcionan las llamadas a revisión", "El precio del coche usado"],
    "ja": ["販売店、春商戦に慎重姿勢", "リコールの届け出はどう進むか", "中古車価格の行方"],
}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def read_spec(p):
    head, _, body = p.read_text(encoding="utf-8").partition("\n\n")
    meta = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    paras = [" ".join(x.split("\n")).strip() for x in body.strip().split("\n\n") if x.strip()]
    return meta, paras


def page(meta, paras):
    e = html.escape
    lang = meta["lang"]
    sep = meta.get("sep", "-")
    title = f'{meta["title"]} {sep} {meta["outlet"]}'
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"]}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(n)}</a></li>' for i, n in enumerate(RELATED[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    ck = COOKIE[lang]
    year = meta["published"][:4]
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta["url"])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta["outlet"])}">
  <meta property="og:title" content="{e(meta["title"])}">
  <meta property="og:url" content="{e(meta["url"])}">
  <meta property="article:published_time" content="{meta["published"]}">
  <meta property="article:section" content="{e(meta["section"])}">
  <meta name="author" content="{e(meta["author"])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">{e(meta["outlet"])}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta["section"])}</span>
      <h1>{e(meta["title"])}</h1>
      <p class="byline">{e(meta["author"])} <time datetime="{meta["published"]}">{e(meta["display"])}</time></p>
{body}
    </article>
    <aside class="related">
      <h3>{"関連記事" if lang == "ja" else "Related"}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" role="dialog">
    <p>{e(ck[0])}</p>
    <button>{e(ck[1])}</button> <button>{e(ck[2])}</button>
  </div>
  <footer>
    <p>&copy; {year} {e(meta["outlet"])}. {e(FOOT[lang])}</p>
  </footer>
</body>
</html>
'''


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = read_spec(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main()
