#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

Spec: 'key: value' header lines, a line '---', then article paragraphs
separated by blank lines. Keys: lang, outlet, url, published, dateline,
author, section, title, description (optional), related (a|b|c).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {
    "en": ["World", "Business", "Economy", "Work", "Politics", "Opinion"],
    "fr": ["International", "Économie", "Emploi", "Politique", "Société", "Opinions"],
    "de": ["Politik", "Wirtschaft", "Arbeit", "Regionales", "Kultur", "Meinung"],
    "es": ["Internacional", "Economía", "Empleo", "Política", "Sociedad", "Opinión"],
    "ja": ["国際", "経済", "雇用", "政治", "社会", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to personalise content and ads and to analyse our traffic.", "Accept all", "Reject non-essential", "Subscribe", "Related stories", "All rights reserved."),
    "fr": ("Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience.", "Tout accepter", "Tout refuser", "S'abonner", "À lire aussi", "Tous droits réservés."),
    "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Nur notwendige", "Abonnieren", "Mehr zum Thema", "Alle Rechte vorbehalten."),
    "es": ("Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar", "Suscríbete", "Te puede interesar", "Todos los derechos reservados."),
    "ja": ("当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。", "すべて許可", "必須のみ", "購読する", "関連記事", "無断転載を禁じます。"),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    return meta, paras

def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    cookie, acc, rej, sub, rel, rights = COOKIE[lang]
    desc = meta.get("description") or paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": meta["title"], "datePublished": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    related = "\n".join(f'        <li><a href="/related/{i}">{e(r.strip())}</a></li>'
                        for i, r in enumerate(meta.get("related", "").split("|")) if r.strip())
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="masthead">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul class="menu">
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(sub)}</a>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(meta['title'])}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{e(meta['published'])}">{e(meta['dateline'])}</time></div>
{body}
    </article>
    <aside class="related">
      <h3>{e(rel)}</h3>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(cookie)}</p>
    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button>
  </div>
  <footer class="site-footer">
    <ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/contact/">Contact</a></li></ul>
    <p>&copy; {year} {e(meta['outlet'])}. {e(rights)}</p>
  </footer>
</body>
</html>
"""

def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        if names and sp.stem not in names:
            continue
        meta, paras = parse(sp)
        out = HERE / "cases" / sp.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{sp.stem}: {words} {'chars' if meta['lang']=='ja' else 'words'}")

if __name__ == "__main__":
    main(sys.argv[1:])
