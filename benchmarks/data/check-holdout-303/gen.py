#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are hand-written in cases/)."""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": ("Home", "World", "Business", "Infrastructure", "We use cookies to improve your experience.", "Accept", "Related", "All rights reserved."),
    "fr": ("Accueil", "Monde", "Économie", "Infrastructures", "Nous utilisons des cookies pour améliorer votre expérience.", "Accepter", "À lire aussi", "Tous droits réservés."),
    "de": ("Startseite", "Welt", "Wirtschaft", "Infrastruktur", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Akzeptieren", "Mehr zum Thema", "Alle Rechte vorbehalten."),
    "es": ("Portada", "Mundo", "Economía", "Infraestructuras", "Utilizamos cookies para mejorar su experiencia.", "Aceptar", "Te puede interesar", "Todos los derechos reservados."),
    "ja": ("トップ", "国際", "経済", "インフラ", "当サイトはクッキーを使用しています。", "同意する", "関連記事", "無断転載を禁じます。"),
}


def read_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    ui = UI[meta["lang"]]
    sep = meta.get("title_sep", " - ")
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"],
          "inLanguage": meta["lang"]}
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    related = "\n".join(f'        <li><a href="{e(u)}">{e(t)}</a></li>' for t, u in
                        [x.split(" | ") for x in meta.get("related", "").split(" ;; ") if x])
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{e(sep)}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ui[3]))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{ui[4]}</p><button>{ui[5]}</button></div>
  <header class="site-header">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav><ul><li><a href="/">{ui[0]}</a></li><li><a href="/world">{ui[1]}</a></li><li><a href="/business">{ui[2]}</a></li><li><a href="/infrastructure">{ui[3]}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta.get('dateline', meta['published']))}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{ui[6]}</h2>
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
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = read_spec(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main()
