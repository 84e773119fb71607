#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are hand-written in cases/)."""
import html, json, pathlib, datetime

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": ("World", "Markets", "Metals", "Opinion", "We use cookies to improve your experience.", "Accept", "Related", "All rights reserved."),
    "fr": ("Monde", "Marchés", "Métaux", "Opinions", "Nous utilisons des cookies pour améliorer votre expérience.", "Accepter", "À lire aussi", "Tous droits réservés."),
    "de": ("Welt", "Märkte", "Metalle", "Meinung", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Akzeptieren", "Mehr zum Thema", "Alle Rechte vorbehalten."),
    "es": ("Mundo", "Mercados", "Metales", "Opinión", "Usamos cookies para mejorar su experiencia.", "Aceptar", "Relacionadas", "Todos los derechos reservados."),
    "ja": ("国際", "マーケット", "素材", "オピニオン", "当サイトはクッキーを使用しています。", "同意する", "関連記事", "無断転載を禁じます。"),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras

def page(meta, paras):
    e = html.escape
    lang = meta["lang"]
    ui = UI[lang]
    sep = {"pipe": " | ", "fullwidth": "｜"}.get(meta.get("sep", ""), " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"]}
    base = meta["url"].split("/")[0] + "//" + meta["url"].split("/")[2]
    rel = "".join(f'<li><a href="{base}/{r.split("|")[0]}">{e(r.split("|")[1])}</a></li>' for r in meta.get("related", "").split(";") if "|" in r)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner"><p>{ui[4]}</p><button>{ui[5]}</button></div>
  <header><a class="logo" href="{base}/">{e(meta['outlet'])}</a>
    <nav><ul><li><a href="{base}/world/">{ui[0]}</a></li><li><a href="{base}/markets/">{ui[1]}</a></li><li><a href="{base}/metals/">{ui[2]}</a></li><li><a href="{base}/opinion/">{ui[3]}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta.get('dateline', meta['published']))}</time></div>
{body}
    </article>
    <aside class="related"><h2>{ui[6]}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>&copy; {meta['published'][:4]} {e(meta['outlet'])}. {ui[7]}</p><a href="{base}/privacy/">Privacy</a></footer>
</body>
</html>
"""

def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
        print("wrote", d / "source.html")

if __name__ == "__main__":
    main()
