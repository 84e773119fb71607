#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (header lines 'key: value', '---', paragraphs)."""
import html, json, pathlib, sys
HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Travel", "Safety", "Opinion"], "fr": ["Monde", "Économie", "Transports", "Sécurité", "Débats"],
       "de": ["Politik", "Wirtschaft", "Verkehr", "Sicherheit", "Meinung"], "es": ["Mundo", "Economía", "Transporte", "Seguridad", "Opinión"],
       "ja": ["国際", "経済", "交通", "安全", "オピニオン"]}
COOKIE = {"en": "We use cookies to improve your experience. <button>Accept all</button> <button>Settings</button>",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramètres</button>",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
          "es": "Utilizamos cookies para mejorar su experiencia. <button>Aceptar todo</button> <button>Configuración</button>",
          "ja": "当サイトはクッキーを使用しています。<button>同意する</button> <button>設定</button>"}
REL = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionados", "ja": "関連記事"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.", "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras

def render(meta, paras):
    e = html.escape
    t, o, u, p, lang = meta["title"], meta["outlet"], meta["url"], meta["published"], meta["lang"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": p,
          "author": {"@type": "Person", "name": meta["author"]}, "publisher": {"@type": "Organization", "name": o},
          "mainEntityOfPage": u, "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="/{e(n.lower())}/">{e(n)}</a></li>' for n in NAV[lang])
    body = "\n".join(f"        <p>{e(x)}</p>" for x in paras)
    rel = "\n".join(f'        <li><a href="/{i}">{e(x)}</a></li>' for i, x in enumerate(meta.get("related", "").split(" | ")) if x)
    desc = e(paras[0][:160])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(t)} - {e(o)}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{e(u)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(o)}">
  <meta property="og:title" content="{e(t)}">
  <meta property="og:description" content="{desc}">
  <meta property="og:url" content="{e(u)}">
  <meta property="article:published_time" content="{p}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent">{COOKIE[lang]}</div>
  <header class="site-header">
    <a class="brand" href="/">{e(o)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(t)}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{p}">{e(meta['dateline'])}</time></div>
      <div class="article-body">
{body}
      </div>
    </article>
    <aside class="related"><h2>{REL[lang]}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer>© 2026 {e(o)}. {FOOT[lang]} <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></footer>
</body>
</html>
"""

if __name__ == "__main__":
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print(spec.stem, len(" ".join(paras).split()), "words")
