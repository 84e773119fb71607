#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

A spec is a header of `key: value` lines, a blank line, then paragraphs
separated by blank lines. digest.txt and expected.json are written by hand
under cases/<name>/ and are not touched here.
"""
import html, json, pathlib, re

HERE = pathlib.Path(__file__).resolve().parent
NAV = {
    "en": ["World", "Business", "Climate", "Insurance", "Opinion"],
    "fr": ["Monde", "Économie", "Planète", "Assurances", "Débats"],
    "de": ["Politik", "Wirtschaft", "Wissen", "Versicherungen", "Meinung"],
    "es": ["Mundo", "Economía", "Clima", "Seguros", "Opinión"],
    "ja": ["社会", "経済", "災害", "保険", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to personalise content and analyse traffic.", "Accept all", "Reject"),
    "fr": ("Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Refuser"),
    "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen"),
    "es": ("Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar"),
    "ja": ("当サイトはサービス向上のためクッキーを使用しています。", "同意する", "拒否する"),
}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}


def parse(path):
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    sep = " | " if meta.get("sep") == "pipe" else " - "
    title = meta["title"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck = COOKIE[lang]
    rel = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    rel_html = "\n".join(f'        <li><a href="/r/{i}">{e(r)}</a></li>' for i, r in enumerate(rel))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    desc = paras[0][:160]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="site-header">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <div id="cookie-banner" role="dialog"><p>{e(ck[0])}</p><button>{e(ck[1])}</button> <button>{e(ck[2])}</button></div>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{e(meta['published'])}">{e(meta['dateline'])}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(RELATED[lang])}</h2>
      <ul>
{rel_html}
      </ul>
    </aside>
  </main>
  <footer class="site-footer"><p>&copy; {meta['published'][:4]} {e(meta['outlet'])}</p></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", spec.stem)


if __name__ == "__main__":
    main()
