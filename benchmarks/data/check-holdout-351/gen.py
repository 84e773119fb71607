#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

digest.txt and expected.json are hand-written and live directly in cases/<name>/.
A spec is a header (key: value lines), a line '---', then paragraphs separated
by blank lines. A paragraph starting with '## ' is a subheading.
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).parent

UI = {
    "en": dict(cookie="We use cookies to measure audiences and improve your experience.", accept="Accept all",
               nav=["Home", "Forestry", "Timber", "Pulp & Paper", "Markets", "Opinion"], related="Related stories",
               rights="All rights reserved.", by="By"),
    "fr": dict(cookie="Nous utilisons des cookies pour mesurer l'audience et améliorer votre expérience.", accept="Tout accepter",
               nav=["Accueil", "Forêt", "Bois", "Papier", "Marchés", "Opinions"], related="À lire aussi",
               rights="Tous droits réservés.", by="Par"),
    "de": dict(cookie="Wir verwenden Cookies, um die Reichweite zu messen und unser Angebot zu verbessern.", accept="Alle akzeptieren",
               nav=["Startseite", "Wald", "Holz", "Papier", "Märkte", "Meinung"], related="Mehr zum Thema",
               rights="Alle Rechte vorbehalten.", by="Von"),
    "es": dict(cookie="Utilizamos cookies para medir la audiencia y mejorar su experiencia.", accept="Aceptar todo",
               nav=["Portada", "Bosques", "Madera", "Papel", "Mercados", "Opinión"], related="Noticias relacionadas",
               rights="Todos los derechos reservados.", by="Por"),
    "ja": dict(cookie="当サイトではアクセス解析のためにクッキーを使用しています。", accept="同意する",
               nav=["トップ", "林業", "木材", "製紙", "市況", "論説"], related="関連記事",
               rights="無断転載を禁じます。", by=""),
}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") if meta["lang"] != "ja" else p.strip().replace("\n", "")
             for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    ui = UI[meta["lang"]]
    e = lambda s: html.escape(s, quote=True)
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    sep = " | " if meta.get("sep") == "|" else " - "
    body_paras = [p for p in paras if not p.startswith("## ")]
    desc = body_paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": meta["lang"]}
    root = "/".join(url.split("/")[:3])
    nav = "\n".join(f'      <li><a href="{root}/{i}">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = [s.split("|") for s in meta.get("related", "").split(";;") if s.strip()]
    related = "\n".join(f'        <li><a href="{root}/{e(p.strip())}">{e(t.strip())}</a></li>' for t, p in rel)
    arts = []
    for p in paras:
        if p.startswith("## "):
            arts.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            arts.append(f"      <p>{e(p)}</p>")
    byline = f'{ui["by"]} {meta["author"]}'.strip()
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" id="consent">
    <p>{e(ui['cookie'])}</p>
    <button type="button">{e(ui['accept'])}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="{root}/">{e(outlet)}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(byline)} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{chr(10).join(arts)}
    </article>
    <aside class="related">
      <h3>{e(ui['related'])}</h3>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <footer>
    <p>© {meta['published'][:4]} {e(outlet)}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main()
