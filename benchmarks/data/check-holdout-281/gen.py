#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are hand-written in cases/<name>/)."""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": ("Home", "Markets", "Metals", "Mining", "We use cookies to improve your experience.", "Accept", "Related", "All rights reserved.", "By"),
    "fr": ("Accueil", "Marchés", "Métaux", "Mines", "Nous utilisons des cookies pour améliorer votre expérience.", "Accepter", "À lire aussi", "Tous droits réservés.", "Par"),
    "de": ("Startseite", "Märkte", "Metalle", "Bergbau", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Akzeptieren", "Mehr zum Thema", "Alle Rechte vorbehalten.", "Von"),
    "es": ("Inicio", "Mercados", "Metales", "Minería", "Usamos cookies para mejorar su experiencia.", "Aceptar", "Relacionadas", "Todos los derechos reservados.", "Por"),
    "ja": ("トップ", "市況", "金属", "鉱業", "当サイトはクッキーを使用しています。", "同意する", "関連記事", "無断転載を禁じます。", ""),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n\n", 1)
    meta = dict(l.split(": ", 1) for l in head.splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    home, mk, met, mine, cookie, acc, rel, rights, by = UI[lang]
    sep = meta.get("sep", " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    domain = meta["url"].split("/")[2]
    desc = paras[0][:150]
    byline = f"{by} {meta['author']}".strip() if lang != "ja" else meta["author"]
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
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
  <meta property="article:section" content="{e(meta.get('section', mine))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{e(cookie)}</p><button>{e(acc)}</button></div>
  <header class="site-header">
    <a class="logo" href="https://{domain}/">{e(meta['outlet'])}</a>
    <nav><ul><li><a href="/">{home}</a></li><li><a href="/markets">{mk}</a></li><li><a href="/metals">{met}</a></li><li><a href="/mining">{mine}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(byline)} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{ps}
    </article>
    <aside class="related"><h2>{rel}</h2><ul>
      <li><a href="/mining/archive-1">{e(meta.get('rel1', mine))}</a></li>
      <li><a href="/metals/archive-2">{e(meta.get('rel2', met))}</a></li>
    </ul></aside>
  </main>
  <footer><p>© {meta['published'][:4]} {e(meta['outlet'])}. {rights}</p></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main()
