#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html; digests/<name>.txt -> cases/<name>/digest.txt;
PLANTED (below) -> cases/<name>/expected.json."""
import html, json, pathlib, re

HERE = pathlib.Path(__file__).resolve().parent

# planted findings per err case: (kind, severity, span)
PLANTED = json.loads((HERE / "planted.json").read_text(encoding="utf-8"))

UI = {
    "en": ("Home", "News", "Business", "Esports", "Reviews", "We use cookies to improve your experience.", "Accept all", "Related", "All rights reserved."),
    "fr": ("Accueil", "Actualités", "Économie", "Esport", "Tests", "Nous utilisons des cookies pour améliorer votre expérience.", "Tout accepter", "À lire aussi", "Tous droits réservés."),
    "de": ("Startseite", "Nachrichten", "Wirtschaft", "E-Sport", "Tests", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Alle akzeptieren", "Mehr zum Thema", "Alle Rechte vorbehalten."),
    "es": ("Portada", "Noticias", "Economía", "Esports", "Análisis", "Utilizamos cookies para mejorar su experiencia.", "Aceptar todo", "Relacionado", "Todos los derechos reservados."),
    "ja": ("トップ", "ニュース", "経済", "eスポーツ", "レビュー", "当サイトはクッキーを使用しています。", "同意する", "関連記事", "無断転載を禁じます。"),
}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def page(meta, paras):
    e = html.escape
    lang = meta["lang"]
    ui = UI[lang]
    sep = meta.get("sep", "-")
    title = f'{meta["title"]} {sep} {meta["outlet"]}'
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    base = re.match(r"https://[^/]+", meta["url"]).group(0)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="{base}/{s}">{e(t)}</a></li>' for s, t in
                    [(x.split("|")[0], x.split("|")[1]) for x in meta.get("related", "a|-").split(";")])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ui[2]))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{ui[5]}</p><button>{ui[6]}</button></div>
  <header class="site-header">
    <a class="logo" href="{base}/">{e(meta['outlet'])}</a>
    <nav><ul><li><a href="{base}/">{ui[0]}</a></li><li><a href="{base}/news">{ui[1]}</a></li><li><a href="{base}/business">{ui[2]}</a></li><li><a href="{base}/esports">{ui[3]}</a></li><li><a href="{base}/reviews">{ui[4]}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{ui[7]}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer><p>© {meta['published'][:4]} {e(meta['outlet'])}. {ui[8]}</p></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = parse_spec(spec)
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
        dg = HERE / "digests" / f"{name}.txt"
        (d / "digest.txt").write_text(dg.read_text(encoding="utf-8"), encoding="utf-8")
        if name.startswith("clean-"):
            exp = {"clean": True, "findings": []}
        else:
            exp = {"clean": False, "findings": [{"kind": k, "severity": s, "span": sp} for k, s, sp in PLANTED[name]]}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
