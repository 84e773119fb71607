#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html (digest.txt and
expected.json are written by hand in cases/<name>/)."""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["Home", "Business", "Economy", "Jobs", "Opinion"],
       "fr": ["Accueil", "Économie", "Emploi", "Social", "Opinions"],
       "de": ["Startseite", "Wirtschaft", "Arbeit", "Politik", "Meinung"],
       "es": ["Portada", "Economía", "Empleo", "Mercados", "Opinión"],
       "ja": ["トップ", "経済", "雇用", "政治", "社説"]}
COOKIE = {"en": "We use cookies to improve your experience. Accept all / Manage settings",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter / Paramétrer",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren / Einstellungen",
          "es": "Utilizamos cookies para mejorar su experiencia. Aceptar todas / Configurar",
          "ja": "当サイトはクッキーを使用しています。同意する / 設定"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    sep = " " + meta.get("sep", "-") + " "
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": lang}
    nav = "".join(f'<li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    base = meta["url"].split("/")[0] + "//" + meta["url"].split("/")[2]
    rel = "".join(f'<li><a href="{base}/{e(r.split("|")[0].strip())}">{e(r.split("|")[1].strip())}</a></li>'
                  for r in meta.get("related", "").split(";") if "|" in r)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{e(sep)}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog">{e(COOKIE[lang])}</div>
  <header class="site-header"><a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav><ul>{nav}</ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{e(meta['published'])}">{e(meta['published'])}</time></p>
{body}
    </article>
    <aside class="related"><h2>{e(RELATED[lang])}</h2><ul>{rel}</ul></aside>
  </main>
  <footer class="site-footer">© 2026 {e(meta['outlet'])} · Impressum / Privacy / Contact</footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", out.name)


if __name__ == "__main__":
    main()
