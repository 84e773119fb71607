#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html (digest.txt and expected.json are hand-written).

Spec header keys: lang, outlet, url (canonical), published (ISO 8601 with the outlet's UTC offset),
dateline, title, author, section, sep (dash|pipe), related ("path | text;; ..."); paragraphs follow "---"."""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["World", "Business", "Energy", "Climate", "Markets", "Opinion"],
       "fr": ["International", "Économie", "Énergie", "Climat", "Marchés", "Opinions"],
       "de": ["Politik", "Wirtschaft", "Energie", "Klima", "Märkte", "Meinung"],
       "es": ["Internacional", "Economía", "Energía", "Clima", "Mercados", "Opinión"],
       "ja": ["国際", "経済", "エネルギー", "環境", "マーケット", "オピニオン"]}
COOKIE = {"en": "We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button>",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramétrer</button>",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
          "es": "Usamos cookies para mejorar su experiencia. <button>Aceptar todo</button> <button>Configurar</button>",
          "ja": "当サイトはクッキーを使用しています。<button>同意する</button> <button>設定</button>"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n")]
    return meta, paras


def render(meta, paras):
    e = html.escape
    lang, outlet, title, url, pub = meta["lang"], meta["outlet"], meta["title"], meta["url"], meta["published"]
    sep = {"pipe": " | ", "dash": " - "}[meta.get("sep", "dash")]  # <title> "Headline - Outlet" or "Headline | Outlet"
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url}
    base = url.split("/", 3)
    root = base[0] + "//" + base[2]
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'        <li><a href="{root}/{r.split("|")[0].strip()}">{e(r.split("|")[1].strip())}</a></li>'
                    for r in meta.get("related", "").split(";;") if r.strip())
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <div id="cookie-banner" class="cookie-banner">{COOKIE[lang]}</div>
  <header class="top-bar">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav>
      <ul class="menu">
{nav}
      </ul>
    </nav>
  </header>
  <main class="layout">
    <article>
      <span class="kicker">{e(meta.get('section', ''))}</span>
      <h1 class="headline">{e(title)}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{pub}">{e(meta.get('dateline', pub))}</time></div>
{body}
    </article>
    <aside class="related">
      <h2>{RELATED[lang]}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>&copy; 2026 {e(outlet)}. All rights reserved.</p>
    <ul><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li><li><a href="/contact/">Contact</a></li></ul>
  </footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
    print("rendered", len(list((HERE / "specs").glob("*.txt"))), "sources")


if __name__ == "__main__":
    main()
