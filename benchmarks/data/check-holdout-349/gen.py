#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are hand-written in cases/)."""
import html, json, pathlib
HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ("Home", "Retail", "Business", "Markets", "Opinion"), "fr": ("Accueil", "Commerce", "Économie", "Marchés", "Opinions"),
       "de": ("Startseite", "Handel", "Wirtschaft", "Märkte", "Meinung"), "es": ("Portada", "Comercio", "Economía", "Mercados", "Opinión"),
       "ja": ("トップ", "流通", "経済", "マーケット", "オピニオン")}
COOKIE = {"en": "We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button>",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramétrer</button>",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
          "es": "Utilizamos cookies para mejorar su experiencia. <button>Aceptar todas</button> <button>Configurar</button>",
          "ja": "当サイトはクッキーを使用しています。<button>同意する</button> <button>設定</button>"}
REL = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}

def parse(p):
    head, body = p.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [x.strip() for x in body.strip().split("\n\n") if x.strip()]
    return meta, paras

def page(meta, paras):
    e = html.escape
    lang = meta["lang"]; t = meta["title"]; o = meta["outlet"]; sep = meta.get("sep", " - ")
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]}, "publisher": {"@type": "Organization", "name": o},
          "mainEntityOfPage": meta["url"]}
    nav = "".join(f'<li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "".join(f'<li><a href="{e(u)}">{e(x)}</a></li>' for x, u in (r.split(" | ") for r in meta.get("related", "").split(" ;; ") if r))
    body = "\n".join(f"    <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(t)}{e(sep)}{e(o)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(o)}">
  <meta property="og:title" content="{e(t)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner">{COOKIE[lang]}</div>
  <header><a class="logo" href="/">{e(o)}</a><nav><ul>{nav}</ul></nav></header>
  <main>
  <article>
    <h1>{e(t)}</h1>
    <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta['dateline'])}</time></p>
{body}
  </article>
  <aside class="related"><h2>{REL[lang]}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>© 2026 {e(o)}</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body>
</html>
"""

def main():
    for p in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(p)
        d = HERE / "cases" / p.stem; d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
        print("wrote", p.stem)

if __name__ == "__main__":
    main()
