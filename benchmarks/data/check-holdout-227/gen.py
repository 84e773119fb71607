#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (header 'key: value' lines, '---', paragraphs)."""
import html, json, pathlib, sys
HERE = pathlib.Path(__file__).parent
NAV = {"en": ["News", "Business", "Property", "Local", "Opinion"], "fr": ["Actualités", "Économie", "Immobilier", "Régions", "Opinions"],
       "de": ["Nachrichten", "Wirtschaft", "Immobilien", "Region", "Meinung"], "es": ["Noticias", "Economía", "Vivienda", "Regiones", "Opinión"],
       "ja": ["ニュース", "経済", "住宅", "地域", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and analyse traffic. You can change your choices at any time.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
          "es": "Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar su elección en cualquier momento.",
          "ja": "当サイトはクッキーを使用してコンテンツの最適化とアクセス解析を行っています。設定はいつでも変更できます。"}
REL = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}

def build(spec: pathlib.Path) -> str:
    head, body = spec.read_text(encoding="utf-8").split("\n---\n", 1)
    m = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    e = lambda s: html.escape(s, quote=True)
    lang, outlet, title, url, pub = m["lang"], m["outlet"], m["title"], m["url"], m["published"]
    desc = paras[0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": pub,
                     "author": {"@type": "Person", "name": m["author"]}, "publisher": {"@type": "Organization", "name": outlet},
                     "mainEntityOfPage": url, "inLanguage": lang}, ensure_ascii=False)
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(m.get("related", "").split(" | ")) if r)
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(title)} - {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <header class="masthead"><a class="brand" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(m['section'])}</span>
      <h1>{e(title)}</h1>
      <div class="byline"><span class="author">{e(m['author'])}</span> <time datetime="{pub}">{e(m['datetext'])}</time></div>
{ps}
    </article>
    <aside class="related"><h3>{REL[lang]}</h3><ul>
{rel}
    </ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(COOKIE[lang])}</p><button>OK</button></div>
  <footer><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li></ul>
    <p>&copy; {pub[:4]} {e(outlet)}</p></footer>
</body>
</html>
"""

if __name__ == "__main__":
    for spec in sorted((HERE / "specs").glob("*.txt")):
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(spec), encoding="utf-8")
        print("wrote", out / "source.html")
