#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html and cases/<name>/expected.json.

Spec: header lines "key: value" (lang, outlet, url, published, title, author,
section, and zero or more "finding: kind|severity|span"), a line "---", then
paragraphs separated by blank lines. digest.txt is written by hand in cases/.
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent

NAV = {"en": ["Home", "Startups", "Venture", "Markets", "Tech", "Opinion"],
       "fr": ["Accueil", "Start-up", "Capital-risque", "Marchés", "Tech", "Opinions"],
       "de": ["Startseite", "Start-ups", "Wagniskapital", "Märkte", "Technik", "Meinung"],
       "es": ["Inicio", "Startups", "Capital riesgo", "Mercados", "Tecnología", "Opinión"],
       "ja": ["トップ", "スタートアップ", "ベンチャー投資", "市場", "テック", "オピニオン"]}
COOKIE = {"en": "We use cookies to improve your experience. Accept all or manage settings.",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter ou paramétrer.",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren oder Einstellungen.",
          "es": "Usamos cookies para mejorar su experiencia. Aceptar todas o configurar.",
          "ja": "当サイトはクッキーを使用しています。同意する・設定を変更する"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta, findings = {}, []
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(":", 1)
        v = v.strip()
        if k == "finding":
            kind, sev, span = v.split("|", 2)
            findings.append({"kind": kind, "severity": sev, "span": span})
        else:
            meta[k] = v
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras, findings


def page(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang, outlet, title, url = meta["lang"], meta["outlet"], meta["title"], meta["url"]
    sep = " | " if meta.get("sep") == "|" else " - "
    desc = paras[0][:160]
    base = url.split("/")[0] + "//" + url.split("/")[2]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "".join(f'<li><a href="{base}/{i}">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "".join(f'<li><a href="{base}/related/{i}">{e(t)}</a></li>'
                  for i, t in enumerate(meta.get("related", "").split(" || ")) if t)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', 'Startups'))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{e(COOKIE[lang])}</p><button>OK</button></div>
  <header class="site-header"><a class="logo" href="{base}/">{e(outlet)}</a>
    <nav><ul>{nav}</ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
    </article>
    <aside class="related"><h2>{e(RELATED[lang])}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>© 2026 {e(outlet)}. {e(FOOT[lang])}</p><a href="{base}/privacy">Privacy</a> · <a href="{base}/impressum">Impressum</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras, findings = parse(spec)
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
        exp = {"clean": spec.stem.startswith("clean-"), "findings": findings}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
