#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are hand-written)."""
import html, json, pathlib
HERE = pathlib.Path(__file__).resolve().parent

def parse(p):
    head, body = p.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [x.strip().replace("\n", " ") for x in body.strip().split("\n\n") if x.strip()]
    return meta, paras

UI = {
 "en": ("Home", "News", "Wildlife", "Science", "We use cookies to improve your experience.", "Accept", "Related", "All rights reserved.", "By"),
 "fr": ("Accueil", "Actualités", "Nature", "Sciences", "Nous utilisons des cookies pour améliorer votre expérience.", "Accepter", "À lire aussi", "Tous droits réservés.", "Par"),
 "de": ("Startseite", "Nachrichten", "Natur", "Wissen", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Akzeptieren", "Mehr zum Thema", "Alle Rechte vorbehalten.", "Von"),
 "es": ("Portada", "Noticias", "Naturaleza", "Ciencia", "Usamos cookies para mejorar su experiencia.", "Aceptar", "Relacionadas", "Todos los derechos reservados.", "Por"),
 "ja": ("ホーム", "ニュース", "自然", "科学", "当サイトはクッキーを使用しています。", "同意する", "関連記事", "無断転載を禁じます。", ""),
}

def page(meta, paras):
    e = html.escape
    lang = meta["lang"]; ui = UI[lang]
    sep = meta.get("sep", " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"]}
    desc = paras[0][:150]
    base = meta["url"].split("/")[0] + "//" + meta["url"].split("/")[2]
    rel = [x.strip() for x in meta.get("related", "").split("|") if x.strip()]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rl = "\n".join(f'      <li><a href="{base}/related/{i}">{e(t)}</a></li>' for i, t in enumerate(rel, 1))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
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
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{ui[4]}</p><button>{ui[5]}</button></div>
  <header class="site-header">
    <a class="logo" href="{base}/">{e(meta['outlet'])}</a>
    <nav><ul><li><a href="{base}/">{ui[0]}</a></li><li><a href="{base}/news">{ui[1]}</a></li><li><a href="{base}/nature">{ui[2]}</a></li><li><a href="{base}/science">{ui[3]}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{ui[8]} {e(meta['author'])} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{ui[6]}</h2>
      <ul>
{rl}
      </ul>
    </aside>
  </main>
  <footer><p>© {meta['published'][:4]} {e(meta['outlet'])}. {ui[7]}</p><a href="{base}/privacy">Privacy</a></footer>
</body>
</html>
"""

def main():
    for sp in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(sp)
        d = HERE / "cases" / sp.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")

if __name__ == "__main__":
    main()
