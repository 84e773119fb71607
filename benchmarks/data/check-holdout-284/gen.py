#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html and expected.json.

Spec: header lines "key: value" (lang, outlet, url, published, title, author,
section, topic, derived:, finding: span | kind | severity | slip | correct),
a line "---", then paragraphs separated by blank lines.  Paragraphs starting
with "## " become <h2>.  digest.txt is written by hand in cases/<name>/.
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": ("Home", "Markets", "Housing", "Construction", "We use cookies to improve your experience.", "Accept", "Related", "All rights reserved."),
    "fr": ("Accueil", "Immobilier", "Logement", "BTP", "Nous utilisons des cookies pour améliorer votre expérience.", "Accepter", "À lire aussi", "Tous droits réservés."),
    "de": ("Startseite", "Immobilien", "Wohnen", "Bau", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Akzeptieren", "Mehr zum Thema", "Alle Rechte vorbehalten."),
    "es": ("Portada", "Inmobiliario", "Vivienda", "Construcción", "Utilizamos cookies para mejorar su experiencia.", "Aceptar", "Más noticias", "Todos los derechos reservados."),
    "ja": ("トップ", "不動産", "住宅", "建設", "当サイトはクッキーを使用しています。", "同意する", "関連記事", "無断転載を禁じます。"),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {"derived": [], "finding": [], "trap": []}
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(":", 1)
        k, v = k.strip(), v.strip()
        if k in ("derived", "finding", "trap"):
            meta[k].append(v)
        else:
            meta[k] = v
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def findings(meta):
    out = []
    for f in meta["finding"]:
        span, kind, sev = [x.strip() for x in f.split("|")[:3]]
        out.append({"kind": kind, "severity": sev, "span": span})
    return out


def page(meta, paras):
    e = html.escape
    lang = meta["lang"]
    ui = UI[lang]
    sep = " | " if meta.get("sep") == "|" else " - "
    site = meta["outlet"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": meta["title"], "datePublished": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": site},
          "mainEntityOfPage": meta["url"], "inLanguage": lang}
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    host = meta["url"].split("/")[2]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{e(sep)}{e(site)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(site)}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta.get('section', ui[1]))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{e(ui[4])}</p><button>{e(ui[5])}</button></div>
  <header class="site-header">
    <a class="logo" href="https://{host}/">{e(site)}</a>
    <nav><ul><li><a href="/">{e(ui[0])}</a></li><li><a href="/markets">{e(ui[1])}</a></li><li><a href="/housing">{e(ui[2])}</a></li><li><a href="/construction">{e(ui[3])}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{e(meta['published'])}">{e(meta.get('dateline', meta['published']))}</time></p>
{chr(10).join(body)}
    </article>
    <aside class="related"><h3>{e(ui[6])}</h3><ul>
      <li><a href="/archive/1">{e(meta.get('related1', 'Archive'))}</a></li>
      <li><a href="/archive/2">{e(meta.get('related2', 'Newsletter'))}</a></li>
    </ul></aside>
  </main>
  <footer><p>© 2026 {e(site)}. {e(ui[7])}</p><a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse_spec(spec)
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
        f = findings(meta)
        exp = {"clean": not f, "findings": f}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("generated", len(list((HERE / "specs").glob("*.txt"))), "cases")


if __name__ == "__main__":
    main()
