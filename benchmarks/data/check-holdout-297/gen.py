#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

Spec format: 'key: value' header lines (lang, outlet, url, published, title,
author, section, sep), a line '---', then paragraphs separated by blank lines.
digest.txt and expected.json are written by hand and kept in cases/<name>/.
"""
import html
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Science", "Education", "Business", "Opinion"],
    "fr": ["International", "Sciences", "Campus", "Économie", "Débats"],
    "de": ["Politik", "Wissen", "Hochschule", "Wirtschaft", "Meinung"],
    "es": ["Internacional", "Ciencia", "Universidad", "Economía", "Opinión"],
    "ja": ["社会", "科学", "大学", "経済", "オピニオン"],
}
COOKIE = {
    "en": "We use cookies to improve your experience. <button>Accept</button> <button>Manage</button>",
    "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Accepter</button> <button>Paramétrer</button>",
    "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. <button>Akzeptieren</button> <button>Einstellungen</button>",
    "es": "Utilizamos cookies para mejorar su experiencia. <button>Aceptar</button> <button>Configurar</button>",
    "ja": "当サイトはクッキーを使用しています。<button>同意する</button> <button>設定</button>",
}
RELATED = {
    "en": ("Related", ["Grant agencies brace for lean year", "Inside the lab-space shortage", "Letters: what research budgets are for"]),
    "fr": ("À lire aussi", ["Le casse-tête des contrats doctoraux", "Laboratoires : la pénurie de locaux", "Tribune : financer la science fondamentale"]),
    "de": ("Mehr zum Thema", ["Drittmittel im Wandel", "Wenn das Labor zu klein wird", "Kommentar: Forschung braucht Planbarkeit"]),
    "es": ("Te puede interesar", ["La fuga de investigadores, en cifras", "Laboratorios sin espacio", "Opinión: la ciencia no es un gasto"]),
    "ja": ("関連記事", ["研究費の配分、見直し論議", "博士課程の処遇改善どこまで", "社説:基礎研究を細らせるな"]),
}
FOOT = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.",
    "de": "Alle Rechte vorbehalten.", "es": "Todos los derechos reservados.",
    "ja": "無断転載を禁じます。",
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") if meta["lang"] != "ja" else p.strip().replace("\n", "")
             for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    sep = meta.get("sep", "-")
    title = meta["title"]
    outlet = meta["outlet"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel_head, rel = RELATED[lang]
    rel_html = "\n".join(f'      <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(rel))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(title)} {sep} {e(outlet)}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner">{COOKIE[lang]}</div>
  <header class="site-header">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta.get('dateline', meta['published']))}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(rel_head)}</h2>
      <ul>
{rel_html}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">© {meta['published'][:4]} {e(outlet)}. {FOOT[lang]} <a href="/privacy">Privacy</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
    print("rendered", len(list((HERE / "specs").glob("*.txt"))), "sources")


if __name__ == "__main__":
    main()
