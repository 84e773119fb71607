#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html. digest.txt and expected.json are written by hand in cases/."""
import html, json, pathlib, re
HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["Home", "Film", "Books", "Arts", "Music", "Opinion"],
       "fr": ["Accueil", "Cinéma", "Livres", "Expositions", "Musique", "Opinions"],
       "de": ["Startseite", "Kino", "Bücher", "Ausstellungen", "Musik", "Meinung"],
       "es": ["Portada", "Cine", "Libros", "Exposiciones", "Música", "Opinión"],
       "ja": ["トップ", "映画", "本", "美術", "音楽", "論説"]}
COOKIE = {"en": "We use cookies to improve your experience. <button>Accept all</button> <button>Manage settings</button>",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramétrer</button>",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
          "es": "Utilizamos cookies para mejorar su experiencia. <button>Aceptar todo</button> <button>Configurar</button>",
          "ja": "当サイトはクッキーを使用しています。<button>同意する</button> <button>設定</button>"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Más información", "ja": "関連記事"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n")]
    return meta, paras

def page(meta, paras):
    e = html.escape
    lang = meta["lang"]
    sep = meta.get("sep", " - ")
    desc = paras[0][:200]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    host = meta["url"].split("/")[2]
    nav = "".join(f'<li><a href="https://{host}/{i}">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "".join(f'<li><a href="https://{host}/related/{i}">{e(t)}</a></li>' for i, t in enumerate(meta["related"].split(" | ")))
    body = "\n".join(f"    <p>{e(p)}</p>" for p in paras)
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
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner">{COOKIE[lang]}</div>
  <header><a class="logo" href="https://{host}/">{e(meta['outlet'])}</a><nav><ul>{nav}</ul></nav></header>
  <main>
  <article>
    <h1>{e(meta['title'])}</h1>
    <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta['dateline'])}</time></p>
{body}
  </article>
  <aside class="related"><h2>{RELATED[lang]}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>© 2026 {e(meta['outlet'])}. {FOOT[lang]}</p></footer>
</body>
</html>
"""

def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")

if __name__ == "__main__":
    main()
