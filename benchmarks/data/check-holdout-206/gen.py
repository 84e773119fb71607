"""specs/<name>.txt -> cases/<name>/source.html (news-like page around an <article>)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
UI = {
    "en": ("World", "Sport", "Business", "Culture", "Subscribe", "We use cookies to personalise content and to analyse our traffic.", "Accept all", "Reject", "Related", "About us", "Contact", "All rights reserved."),
    "fr": ("Monde", "Sport", "Économie", "Culture", "S'abonner", "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Refuser", "À lire aussi", "Qui sommes-nous", "Contact", "Tous droits réservés."),
    "de": ("Welt", "Sport", "Wirtschaft", "Kultur", "Abonnieren", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen", "Mehr zum Thema", "Über uns", "Kontakt", "Alle Rechte vorbehalten."),
    "es": ("Mundo", "Deportes", "Economía", "Cultura", "Suscríbete", "Usamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar", "Relacionadas", "Quiénes somos", "Contacto", "Todos los derechos reservados."),
    "ja": ("国際", "スポーツ", "経済", "文化", "購読", "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。", "すべて許可", "拒否", "関連記事", "会社概要", "お問い合わせ", "無断転載を禁じます。"),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n")]
    return meta, paras

def page(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    ui = UI[meta["lang"]]
    url = "https://" + meta["domain"] + meta["path"]
    sep = meta.get("sep", " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": meta["lang"]}
    desc = paras[0][:150]
    related = "".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>\n' for i, r in enumerate(meta.get("related", "").split(" | ")) if r)
    body = "".join(f"      <p>{e(p)}</p>\n" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{e(sep)}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul>
      <li><a href="/world/">{ui[0]}</a></li><li><a href="/sport/">{ui[1]}</a></li>
      <li><a href="/business/">{ui[2]}</a></li><li><a href="/culture/">{ui[3]}</a></li>
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(ui[4])}</a>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(meta['title'])}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timestr'])}</time></div>
{body}    </article>
    <aside class="related">
      <h3>{e(ui[8])}</h3>
      <ul>
{related}      </ul>
    </aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(ui[5])}</p><button>{e(ui[6])}</button> <button>{e(ui[7])}</button></div>
  <footer><ul><li><a href="/about/">{e(ui[9])}</a></li><li><a href="/contact/">{e(ui[10])}</a></li></ul>
    <p>&copy; {meta['published'][:4]} {e(meta['outlet'])}. {e(ui[11])}</p></footer>
</body>
</html>
"""

def main(names):
    for spec in sorted((HERE / "specs").glob("*.txt")):
        if names and spec.stem not in names:
            continue
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(spec.stem, meta["lang"], words)

if __name__ == "__main__":
    main(sys.argv[1:])
