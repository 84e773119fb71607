#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html and expected.json.

Spec: header lines "key: value" (lang, outlet, site, url, published, title,
author, section, topic, finding: kind|severity|span|slip|correct), a line
"---", then paragraphs separated by blank lines. digest.txt is kept as written
in cases/<name>/digest.txt.
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ("Home", "Trade", "Markets", "Opinion", "Cookies help us improve this site.", "Accept", "Related", "All rights reserved."),
       "fr": ("Accueil", "Commerce", "Marchés", "Opinions", "Ce site utilise des cookies.", "Accepter", "À lire aussi", "Tous droits réservés."),
       "de": ("Startseite", "Handel", "Märkte", "Meinung", "Diese Website verwendet Cookies.", "Zustimmen", "Mehr zum Thema", "Alle Rechte vorbehalten."),
       "es": ("Portada", "Comercio", "Mercados", "Opinión", "Este sitio utiliza cookies.", "Aceptar", "Relacionadas", "Todos los derechos reservados."),
       "ja": ("トップ", "経済", "市場", "社説", "当サイトはクッキーを使用しています。", "同意する", "関連記事", "無断転載を禁じます。")}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta, findings = {}, []
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(":", 1)
        if k == "finding":
            findings.append([x.strip() for x in v.split("|")])
        else:
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras, findings


def page(meta, paras):
    e = html.escape
    n = NAV[meta["lang"]]
    sep = " | " if meta.get("sep") == "bar" else " - "
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
                     "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
                     "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"]},
                    ensure_ascii=False)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    site = "https://" + meta["site"]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', n[1]))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <div class="cookie-banner">{n[4]} <button>{n[5]}</button></div>
  <header><a href="{site}/">{e(meta['outlet'])}</a>
    <nav><a href="{site}/">{n[0]}</a> <a href="{site}/trade/">{n[1]}</a> <a href="{site}/markets/">{n[2]}</a> <a href="{site}/opinion/">{n[3]}</a></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
    </article>
    <aside class="related"><h2>{n[6]}</h2>
      <ul><li><a href="{site}/trade/shipping-rates-weekly">Shipping rates weekly</a></li>
          <li><a href="{site}/markets/currency-watch">Currency watch</a></li></ul>
    </aside>
  </main>
  <footer>© 2026 {e(meta['outlet'])}. {n[7]}</footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras, findings = parse(spec)
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
        exp = {"clean": not findings,
               "findings": [{"kind": f[0], "severity": f[1], "span": f[2]} for f in findings]}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
