#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are hand-written in cases/)."""
import html, json, pathlib
HERE = pathlib.Path(__file__).resolve().parent

def parse_spec(p):
    head, body = p.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [x.strip().replace("\n", " ") for x in body.strip().split("\n\n") if x.strip()]
    return meta, paras

UI = {
 "en": ("Home", "Technology", "Business", "Markets", "We use cookies to improve your experience.", "Accept", "Related", "All rights reserved.", "By"),
 "fr": ("Accueil", "Tech", "Économie", "Marchés", "Nous utilisons des cookies pour améliorer votre expérience.", "Accepter", "À lire aussi", "Tous droits réservés.", "Par"),
 "de": ("Startseite", "Technik", "Wirtschaft", "Börse", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Akzeptieren", "Mehr zum Thema", "Alle Rechte vorbehalten.", "Von"),
 "es": ("Portada", "Tecnología", "Economía", "Mercados", "Utilizamos cookies para mejorar su experiencia.", "Aceptar", "Relacionadas", "Todos los derechos reservados.", "Por"),
 "ja": ("トップ", "テクノロジー", "経済", "マーケット", "当サイトはCookieを使用しています。", "同意する", "関連記事", "無断転載を禁じます。", ""),
}

def render(meta, paras):
    lang = meta["lang"]; ui = UI[lang]; e = html.escape
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    sep = meta.get("sep", "-")
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url, "inLanguage": lang}
    base = url.split("/")[0] + "//" + url.split("/")[2]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} {sep} {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ui[1]))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{ui[4]}</p><button>{ui[5]}</button></div>
  <header class="site-header">
    <a class="logo" href="{base}/">{e(outlet)}</a>
    <nav><ul><li><a href="{base}/">{ui[0]}</a></li><li><a href="{base}/tech">{ui[1]}</a></li><li><a href="{base}/business">{ui[2]}</a></li><li><a href="{base}/markets">{ui[3]}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{ui[8]} {e(meta['author'])} · <time datetime="{meta['published']}">{e(meta.get('dateline', meta['published']))}</time></p>
{body}
    </article>
    <aside class="related"><h2>{ui[6]}</h2><ul>
      <li><a href="{base}/markets/indices-weekly">{e(meta.get('rel1', 'Markets wrap'))}</a></li>
      <li><a href="{base}/tech/chips-outlook">{e(meta.get('rel2', 'Chip outlook'))}</a></li>
    </ul></aside>
  </main>
  <footer><p>© {meta['published'][:4]} {e(outlet)}. {ui[7]}</p><a href="{base}/privacy">Privacy</a></footer>
</body>
</html>
"""

def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse_spec(spec)
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")

if __name__ == "__main__":
    main()
