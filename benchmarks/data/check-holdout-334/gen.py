#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are written by hand)."""
import html, json, pathlib
HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Retail", "Style", "Opinion"], "fr": ["Monde", "Économie", "Mode", "Distribution", "Opinions"],
       "de": ["Wirtschaft", "Handel", "Mode", "Unternehmen", "Meinung"], "es": ["Economía", "Empresas", "Moda", "Consumo", "Opinión"],
       "ja": ["経済", "企業", "流通", "ファッション", "オピニオン"]}
COOKIE = {"en": "We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button>",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramétrer</button>",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
          "es": "Utilizamos cookies para mejorar su experiencia. <button>Aceptar todo</button> <button>Configurar</button>",
          "ja": "当サイトはクッキーを使用しています。<button>同意する</button> <button>設定</button>"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionado", "ja": "関連記事"}

def parse(p):
    head, body = p.read_text(encoding="utf-8").split("\n\n", 1)
    meta = dict(l.split(": ", 1) for l in head.splitlines())
    paras = [x.strip().replace("\n", " ") if meta["lang"] != "ja" else x.strip().replace("\n", "") for x in body.split("\n\n") if x.strip()]
    return meta, paras

def page(m, paras):
    e = html.escape
    lang = m["lang"]; sep = m.get("sep", " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"], "datePublished": m["published"],
          "author": {"@type": "Person", "name": m["author"]}, "publisher": {"@type": "Organization", "name": m["outlet"]},
          "mainEntityOfPage": m["url"]}
    base = m["url"].split("/")[0] + "//" + m["url"].split("/")[2]
    nav = "\n".join(f'      <li><a href="{base}/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'      <li><a href="{base}/{r.split("|")[0]}">{e(r.split("|")[1])}</a></li>' for r in m["related"].split(";"))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(m['title'])}{sep}{e(m['outlet'])}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{e(m['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:url" content="{e(m['url'])}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner">{COOKIE[lang]}</div>
  <header><a class="brand" href="{base}/">{e(m['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(m['section'])}</span>
      <h1>{e(m['title'])}</h1>
      <div class="byline">{e(m['author'])} · <time datetime="{m['published']}">{e(m['dateline'])}</time></div>
{body}
    </article>
    <aside class="related"><h2>{RELATED[lang]}</h2><ul>
{rel}
    </ul></aside>
  </main>
  <footer>© 2026 {e(m['outlet'])} · <a href="{base}/privacy">Privacy</a> · <a href="{base}/contact">Contact</a></footer>
</body>
</html>
"""

if __name__ == "__main__":
    for p in sorted((HERE / "specs").glob("*.txt")):
        m, paras = parse(p)
        d = HERE / "cases" / p.stem; d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(m, paras), encoding="utf-8")
        print("wrote", d / "source.html")
