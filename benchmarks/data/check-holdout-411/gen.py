#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic; run from anywhere)."""
import html, json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras

NAV = {
    "en": ["World", "Politics", "Business", "Immigration", "Opinion", "Sport"],
    "fr": ["International", "Politique", "Société", "Économie", "Idées", "Sport"],
    "de": ["Politik", "Wirtschaft", "Panorama", "Kultur", "Meinung", "Sport"],
    "es": ["Internacional", "España", "Economía", "Sociedad", "Opinión", "Deportes"],
    "ja": ["国際", "政治", "経済", "社会", "地域", "スポーツ"],
}
COOKIE = {
    "en": "We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button>",
    "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramétrer</button>",
    "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
    "es": "Utilizamos cookies para mejorar su experiencia. <button>Aceptar</button> <button>Configurar</button>",
    "ja": "当サイトはクッキーを使用しています。 <button>同意する</button> <button>設定</button>",
}
RELATED = {
    "en": "Related stories", "fr": "À lire aussi", "de": "Mehr zum Thema",
    "es": "Te puede interesar", "ja": "関連記事",
}
FOOT = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}

def e(s):
    return html.escape(s, quote=True)

def render(meta, paras):
    lang = meta["lang"]; outlet = meta["outlet"]; title = meta["title"]
    sep = meta.get("sep", " - ")
    style = int(meta.get("chrome", "1"))
    url = meta["url"]; pub = meta["published"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    site = url.split("/")[2]
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="https://{site}/related/{i + 1}">{e(r)}</a></li>' for i, r in enumerate(related))
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{e(pub)}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>"""
    cookie = f'  <div class="cookie-banner" role="dialog">{COOKIE[lang]}</div>'
    navblock = f"""  <nav class="site-nav">
    <a class="logo" href="/">{e(outlet)}</a>
    <ul>
{nav}
    </ul>
  </nav>"""
    article = f"""  <main>
    <article>
      <p class="kicker">{e(meta.get('section', ''))}</p>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{e(pub)}">{e(meta.get('dateline', pub))}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{RELATED[lang]}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>"""
    footer = f"""  <footer>
    <p>© {pub[:4]} {e(outlet)}. {FOOT[lang]}</p>
    <p><a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a></p>
  </footer>"""
    if style == 1:
        parts = [cookie, navblock, article, footer]
    elif style == 2:
        parts = [navblock, article, footer, cookie]
    elif style == 3:
        parts = ['  <div class="wrap">', navblock, cookie, article, footer, "  </div>"]
    else:
        parts = [navblock, '  <div class="ad-slot" aria-hidden="true"></div>', article, cookie, footer]
    return head + "\n<body>\n" + "\n".join(parts) + "\n</body>\n</html>\n"

def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(meta, paras)

def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        out = HERE / "cases" / n / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(n), encoding="utf-8")
        print("wrote", out.relative_to(HERE))

if __name__ == "__main__":
    main()
