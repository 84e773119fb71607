#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html; findings.json -> cases/<name>/expected.json.

Spec: header lines "key: value" (lang, outlet, url, published, title, author,
section, sep), a blank line, then paragraphs separated by blank lines.
Digests are written by hand in cases/<name>/digest.txt.
"""
import html, json, pathlib, re

HERE = pathlib.Path(__file__).resolve().parent

# err cases: {name: [[kind, severity, span], ...]}
FIND_FILE = HERE / "findings.json"


def parse_spec(p):
    text = p.read_text(encoding="utf-8")
    head, body = text.split("\n\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [x.strip().replace("\n", " ") for x in body.split("\n\n") if x.strip()]
    return meta, paras


UI = {
    "en": ("Home", "Energy", "Markets", "Companies", "We use cookies to improve your experience.", "Accept", "Related", "All rights reserved."),
    "fr": ("Accueil", "Énergie", "Marchés", "Entreprises", "Nous utilisons des cookies pour améliorer votre expérience.", "Accepter", "À lire aussi", "Tous droits réservés."),
    "de": ("Startseite", "Energie", "Märkte", "Unternehmen", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Zustimmen", "Mehr zum Thema", "Alle Rechte vorbehalten."),
    "es": ("Portada", "Energía", "Mercados", "Empresas", "Utilizamos cookies para mejorar su experiencia.", "Aceptar", "Relacionadas", "Todos los derechos reservados."),
    "ja": ("トップ", "エネルギー", "マーケット", "企業", "当サイトではクッキーを使用しています。", "同意する", "関連記事", "無断転載を禁じます。"),
}


def page(meta, paras):
    lang = meta["lang"]
    e = html.escape
    sep = meta.get("sep", "-")
    ui = UI[lang]
    desc = paras[0][:150]
    host = re.match(r"https://([^/]+)/", meta["url"]).group(1)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    related = "\n".join(f'        <li><a href="https://{host}/{s}">{e(t)}</a></li>' for s, t in [
        ("news/1", meta.get("rel1", ui[6] + " 1")), ("news/2", meta.get("rel2", ui[6] + " 2"))])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} {sep} {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ui[1]))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{ui[4]}</p><button>{ui[5]}</button></div>
  <header class="masthead"><a class="logo" href="https://{host}/">{e(meta['outlet'])}</a>
    <nav><ul><li><a href="/">{ui[0]}</a></li><li><a href="/energy">{ui[1]}</a></li><li><a href="/markets">{ui[2]}</a></li><li><a href="/companies">{ui[3]}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
    </article>
    <aside class="related"><h2>{ui[6]}</h2>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <footer><p>© {meta['published'][:4]} {e(meta['outlet'])}. {ui[7]}</p></footer>
</body>
</html>
"""


def main():
    findings = json.loads(FIND_FILE.read_text(encoding="utf-8"))
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = parse_spec(spec)
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
        if name.startswith("clean-"):
            exp = {"clean": True, "findings": []}
        else:
            exp = {"clean": False, "findings": [
                {"kind": k, "severity": s, "span": sp} for k, s, sp in findings[name]]}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
