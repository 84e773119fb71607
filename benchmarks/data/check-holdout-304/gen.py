"""specs/<name>.txt -> cases/<name>/source.html; EXPECTED -> cases/<name>/expected.json.
digest.txt files are written by hand in cases/<name>/ and not generated."""
import html, json, pathlib
HERE = pathlib.Path(__file__).parent
E = lambda s: html.escape(s, quote=True)

# planted findings per err case (kind, severity, span); every clean case has none
EXPECTED = {}
exec((HERE / "planted.py").read_text(encoding="utf-8"))

NAV = {"en": ("Home", "World", "Business", "Travel", "Accept all cookies", "We use cookies to improve your experience.", "Related", "All rights reserved."),
       "fr": ("Accueil", "Monde", "Économie", "Transports", "Tout accepter", "Nous utilisons des cookies pour améliorer votre expérience.", "À lire aussi", "Tous droits réservés."),
       "de": ("Startseite", "Welt", "Wirtschaft", "Verkehr", "Alle akzeptieren", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Mehr zum Thema", "Alle Rechte vorbehalten."),
       "es": ("Portada", "Mundo", "Economía", "Transporte", "Aceptar todo", "Usamos cookies para mejorar su experiencia.", "Relacionadas", "Todos los derechos reservados."),
       "ja": ("トップ", "国際", "経済", "交通", "すべて同意", "当サイトはクッキーを使用しています。", "関連記事", "無断転載を禁じます。")}

def parse(p):
    head, body = p.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [x.strip().replace("\n", " ") if meta["lang"] != "ja" else x.strip().replace("\n", "") for x in body.strip().split("\n\n")]
    return meta, paras

def page(meta, paras):
    n = NAV[meta["lang"]]
    sep = meta.get("sep", " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"],
          "inLanguage": meta["lang"]}
    desc = paras[0][:160]
    rel = "".join(f'<li><a href="{E(meta["url"].rsplit("/",1)[0])}/{s}">{E(t)}</a></li>' for s, t in
                  [(x.split("|")[0], x.split("|")[1]) for x in meta.get("related", "more-1|More|more-2|More").split(";")])
    body = "\n".join(f"      <p>{E(x)}</p>" for x in paras)
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{E(meta['title'])}{sep}{E(meta['outlet'])}</title>
  <meta name="description" content="{E(desc)}">
  <link rel="canonical" href="{E(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{E(meta['outlet'])}">
  <meta property="og:title" content="{E(meta['title'])}">
  <meta property="og:url" content="{E(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{E(meta.get('section','Travel'))}">
  <meta name="author" content="{E(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{n[5]}</p><button>{n[4]}</button></div>
  <header class="site-header"><a class="logo" href="/">{E(meta['outlet'])}</a>
    <nav><ul><li><a href="/">{n[0]}</a></li><li><a href="/world">{n[1]}</a></li><li><a href="/business">{n[2]}</a></li><li><a href="/transport">{n[3]}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{E(meta['title'])}</h1>
      <p class="byline">{E(meta['author'])} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
    </article>
    <aside class="related"><h2>{n[6]}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>© 2026 {E(meta['outlet'])}. {n[7]}</p><a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></footer>
</body>
</html>
"""

if __name__ == "__main__":
    for p in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(p)
        d = HERE / "cases" / p.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
        f = EXPECTED.get(p.stem, [])
        exp = {"clean": p.stem.startswith("clean-"),
               "findings": [{"kind": k, "severity": s, "span": sp} for k, s, sp in f]}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("generated", len(list((HERE / "specs").glob("*.txt"))), "cases")
