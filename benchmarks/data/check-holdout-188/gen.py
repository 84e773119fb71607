"""specs/<name>.txt -> cases/<name>/source.html (header lines, '---', paragraphs)."""
import html, json, pathlib, datetime
ROOT = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Tech", "Telecom", "Opinion"], "fr": ["Monde", "Économie", "Tech", "Télécoms", "Opinions"],
       "de": ["Politik", "Wirtschaft", "Digital", "Netze", "Meinung"], "es": ["Mundo", "Economía", "Tecnología", "Telecom", "Opinión"],
       "ja": ["国際", "経済", "テクノロジー", "通信", "オピニオン"]}
COOKIE = {"en": "We use cookies to improve your experience. Accept all cookies?", "fr": "Nous utilisons des cookies pour améliorer votre expérience.",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "es": "Utilizamos cookies para mejorar su experiencia.", "ja": "当サイトはクッキーを使用しています。"}
REL = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionado", "ja": "関連記事"}

def page(spec):
    head, body = spec.split("\n---\n", 1)
    m = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    e = lambda s: html.escape(s, quote=True)
    url = f"https://{m['domain']}{m['path']}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"], "datePublished": m["published"],
          "author": {"@type": "Person", "name": m["author"]}, "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": url}
    lang = m["lang"]
    nav = "\n".join(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[lang])
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'      <li><a href="/{i}/">{e(r)}</a></li>' for i, r in enumerate(m.get("related", "More news|Latest headlines").split("|")))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(m['title'])} - {e(m['outlet'])}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner">{e(COOKIE[lang])} <button>OK</button></div>
  <header><a class="brand" href="/">{e(m['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(m['title'])}</h1>
      <div class="byline">{e(m['author'])} · <time datetime="{m['published']}">{e(m['dateline'])}</time></div>
{ps}
    </article>
    <aside><h2>{REL[lang]}</h2><ul>
{rel}
    </ul></aside>
  </main>
  <footer>© {m['published'][:4]} {e(m['outlet'])} · <a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a></footer>
</body>
</html>
"""

if __name__ == "__main__":
    for f in sorted((ROOT / "specs").glob("*.txt")):
        d = ROOT / "cases" / f.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(f.read_text()), encoding="utf-8")
        print("wrote", d / "source.html")
