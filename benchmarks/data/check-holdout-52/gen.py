#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

A spec is `key: value` header lines, a blank line, then the article body,
one paragraph per block (blank-line separated).  Keys: lang, outlet, domain,
path, published (ISO 8601 with the outlet's UTC offset), shown (the byline
time as the outlet prints it), section, author, title.
"""
import html
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Travel", "Culture", "Science", "Opinion"],
    "fr": ["Monde", "Économie", "Voyage", "Culture", "Sciences", "Opinions"],
    "de": ["Welt", "Wirtschaft", "Reise", "Kultur", "Wissen", "Meinung"],
    "es": ["Mundo", "Economía", "Viajes", "Cultura", "Ciencia", "Opinión"],
    "ja": ["国際", "経済", "旅行", "文化", "科学", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to personalise content and ads and to analyse our traffic.", "Accept all", "Reject non-essential"),
    "fr": ("Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Tout refuser"),
    "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Nur notwendige"),
    "es": ("Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar"),
    "ja": ("当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。", "すべて許可", "必要なもののみ"),
}
FOOT = {
    "en": ["About us", "Contact", "Terms of use", "Privacy policy"],
    "fr": ["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"],
    "de": ["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"],
    "es": ["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"],
    "ja": ["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"],
}


def parse(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    meta = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    return meta, [p for p in paras if p]


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    url = f"https://{meta['domain']}{meta['path']}"
    lang = meta["lang"]
    desc = paras[0][:150]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": meta["title"], "datePublished": meta["published"],
        "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {"@type": "Organization", "name": meta["outlet"]},
        "mainEntityOfPage": url, "inLanguage": lang,
    }
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    ck = COOKIE[lang]
    foot = "\n".join(f'      <li><a href="/f{i}/">{e(n)}</a></li>' for i, n in enumerate(FOOT[lang]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} | {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="story">
  <header class="masthead">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav class="primary">
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <p class="kicker">{e(meta['section'])}</p>
      <h1>{e(meta['title'])}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{e(meta['published'])}">{e(meta['shown'])}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(NAV[lang][3])}</h2>
      <ul><li><a href="/r/1">…</a></li><li><a href="/r/2">…</a></li></ul>
    </aside>
  </main>
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>{e(ck[0])}</p>
    <button class="accept">{e(ck[1])}</button> <button class="reject">{e(ck[2])}</button>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(meta['outlet'])}</p>
  </footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print(f"{spec.stem}: {sum(len(p) for p in paras)} body chars")


if __name__ == "__main__":
    main()
