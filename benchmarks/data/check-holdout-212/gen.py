#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (realistic news page)."""
import html, json, pathlib, sys
from datetime import datetime

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Culture", "Arts", "Opinion"],
       "fr": ["International", "Économie", "Culture", "Arts", "Débats"],
       "de": ["Politik", "Wirtschaft", "Kultur", "Kunst", "Meinung"],
       "es": ["Mundo", "Economía", "Cultura", "Arte", "Opinión"],
       "ja": ["国際", "経済", "文化", "アート", "オピニオン"]}
COOKIE = {"en": "We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button>",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramétrer</button>",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
          "es": "Utilizamos cookies para mejorar su experiencia. <button>Aceptar todo</button> <button>Configurar</button>",
          "ja": "当サイトはクッキーを使用しています。<button>同意する</button> <button>設定</button>"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionado", "ja": "関連記事"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.splitlines() if l.strip())
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def page(meta, paras):
    e = html.escape
    lang, outlet = meta["lang"], meta["outlet"]
    url = f"https://{meta['domain']}{meta['path']}"
    pub = meta["published"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": pub, "dateModified": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[lang])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'      <li><a href="/{meta["section"].lower()}/more-{i}">{e(t)}</a></li>'
                    for i, t in enumerate(meta.get("related", "").split(" | "), 1) if t)
    disp = datetime.fromisoformat(pub).strftime("%Y-%m-%d %H:%M")
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} - {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <div id="cookie-banner" class="cookie">{COOKIE[lang]}</div>
  <header class="top-bar">
    <a class="brand" href="/">{e(outlet)}</a>
    <ul class="menu">
{nav}
    </ul>
  </header>
  <main class="layout">
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(meta['title'])}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{pub}">{disp}</time></div>
      <div class="story-body">
{body}
      </div>
    </article>
    <aside class="related"><h2>{RELATED[lang]}</h2>
    <ul>
{rel}
    </ul></aside>
  </main>
  <footer class="site-footer">© 2026 {e(outlet)}. {FOOT[lang]} <a href="/privacy/">Privacy</a> <a href="/terms/">Terms</a></footer>
</body>
</html>
"""


def main():
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for n in names:
        meta, paras = parse(HERE / "specs" / f"{n}.txt")
        out = HERE / "cases" / n
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")


if __name__ == "__main__":
    main()
