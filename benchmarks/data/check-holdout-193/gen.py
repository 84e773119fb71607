"""Render specs/<name>.txt into cases/<name>/source.html (realistic news page)."""
import html, json, pathlib, sys
from datetime import datetime

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Energy", "Markets", "Climate", "Opinion"],
       "fr": ["Monde", "Économie", "Énergie", "Marchés", "Planète", "Débats"],
       "de": ["Politik", "Wirtschaft", "Energie", "Märkte", "Klima", "Meinung"],
       "es": ["Mundo", "Economía", "Energía", "Mercados", "Clima", "Opinión"],
       "ja": ["国際", "経済", "エネルギー", "マーケット", "環境", "オピニオン"]}
COOKIE = {"en": "We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button>",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramétrer</button>",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
          "es": "Utilizamos cookies para mejorar su experiencia. <button>Aceptar todo</button> <button>Configurar</button>",
          "ja": "当サイトはクッキーを使用しています。 <button>同意する</button> <button>設定</button>"}
REL = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    meta["paras"] = [p.strip() for p in body.split("\n\n") if p.strip()]
    meta["related"] = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    return meta


def render(m):
    e = html.escape
    url = f"https://{m['domain']}{m['path']}"
    desc = m["paras"][0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "dateModified": m["published"], "inLanguage": m["lang"],
          "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": url}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[m["lang"]]))
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in m["paras"])
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(m["related"]))
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])} - {e(m['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m.get('section', 'Energy'))}">
  <meta name="author" content="{e(m['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <div id="cookie-banner" class="cookie">{COOKIE[m['lang']]}</div>
  <header class="top-bar">
    <a class="brand" href="/">{e(m['outlet'])}</a>
    <nav><ul class="menu">
{nav}
    </ul></nav>
  </header>
  <main class="layout">
    <article>
    <div class="story-header">
      <span class="kicker">{e(m.get('section', 'Energy'))}</span>
      <h1 class="headline">{e(m['title'])}</h1>
      <div class="meta"><span class="author">{e(m['author'])}</span> <time datetime="{m['published']}">{e(m['dateline'])}</time></div>
    </div>
    <div class="story-body" itemprop="articleBody">
{paras}
    </div>
    </article>
    <aside class="related">
      <h2>{REL[m['lang']]}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>&copy; {m['published'][:4]} {e(m['outlet'])}. {FOOT[m['lang']]}</p>
  </footer>
</body>
</html>
"""


if __name__ == "__main__":
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for n in names:
        m = parse(HERE / "specs" / f"{n}.txt")
        out = HERE / "cases" / n
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(m), encoding="utf-8")
        print(n, len(" ".join(m["paras"]).split()), "words")
