#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

A spec is a header of `key: value` lines, a blank line, then the article:
the first paragraph is the standfirst, the rest are body paragraphs, separated
by blank lines. A paragraph starting with `## ` is a subheading.
digest.txt and expected.json are written by hand in cases/<name>/.
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
NAV = {
    "en": ["Home", "Property", "Mortgages", "Economy", "Opinion"],
    "fr": ["Accueil", "Immobilier", "Crédit", "Économie", "Opinions"],
    "de": ["Startseite", "Immobilien", "Baufinanzierung", "Wirtschaft", "Meinung"],
    "es": ["Portada", "Vivienda", "Hipotecas", "Economía", "Opinión"],
    "ja": ["トップ", "住宅", "ローン", "経済", "オピニオン"],
}
COOKIE = {
    "en": "We use cookies to improve your experience. <button>Accept all</button> <button>Manage settings</button>",
    "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramétrer</button>",
    "de": "Wir verwenden Cookies, um unser Angebot zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
    "es": "Utilizamos cookies para mejorar su experiencia. <button>Aceptar</button> <button>Configurar</button>",
    "ja": "当サイトはクッキーを使用しています。<button>同意する</button> <button>設定</button>",
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


def article_text(paras):
    return [p[3:] if p.startswith("## ") else p for p in paras]


def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    sep = " " + meta.get("title_sep", "-") + " "
    standfirst, rest = paras[0], paras[1:]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": lang}
    body = []
    for p in rest:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    rel = meta.get("related", "").split(" | ") if meta.get("related") else []
    base = meta["url"].split("/")[0] + "//" + meta["url"].split("/")[2]
    rel_html = "\n".join(f'      <li><a href="{base}/related/{i}">{e(r)}</a></li>' for i, r in enumerate(rel, 1))
    nav = "\n".join(f'    <a href="{base}/{i}">{e(n)}</a>' for i, n in enumerate(NAV[lang]))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{e(sep)}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(standfirst[:150])}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog">{COOKIE[lang]}</div>
  <header class="masthead"><a class="logo" href="{base}/">{e(meta['outlet'])}</a></header>
  <nav class="site-nav">
{nav}
  </nav>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="standfirst">{e(standfirst)}</p>
      <p class="byline">{e(meta['author'])} · <time datetime="{e(meta['published'])}">{e(meta.get('dateline', meta['published']))}</time></p>
{chr(10).join(body)}
    </article>
    <aside class="related">
      <h3>{RELATED[lang]}</h3>
      <ul>
{rel_html}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">© {meta['published'][:4]} {e(meta['outlet'])}. {FOOT[lang]} <a href="{base}/privacy">Privacy</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main()
