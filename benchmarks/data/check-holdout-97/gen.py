"""Generate cases/<name>/source.html from specs/<name>.json (hand-written specs)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
COOKIE = {
    "en": ("We use cookies to improve your experience and to measure our audience.", "Accept all", "Reject"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer notre audience.", "Tout accepter", "Refuser"),
    "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und Reichweite zu messen.", "Alle akzeptieren", "Ablehnen"),
    "es": ("Utilizamos cookies para mejorar su experiencia y medir nuestra audiencia.", "Aceptar todo", "Rechazar"),
    "ja": ("当サイトはサービス向上と利用状況の分析のためにクッキーを使用しています。", "同意する", "拒否する"),
}
NAV = {
    "en": ["World", "Politics", "Business", "Opinion"],
    "fr": ["Monde", "Politique", "Économie", "Opinions"],
    "de": ["Welt", "Politik", "Wirtschaft", "Meinung"],
    "es": ["Mundo", "Política", "Economía", "Opinión"],
    "ja": ["国際", "政治", "経済", "オピニオン"],
}

def page(s):
    e = html.escape
    url = f"https://{s['domain']}{s['path']}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"],
          "datePublished": s["published"], "author": {"@type": "Person", "name": s["author"]},
          "publisher": {"@type": "Organization", "name": s["outlet"]}, "mainEntityOfPage": url}
    c = COOKIE[s["lang"]]
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[s["lang"]]))
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in s["paras"])
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(s['title'])} - {e(s['outlet'])}</title>
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(s['outlet'])}">
  <meta property="og:title" content="{e(s['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{s['published']}">
  <meta name="author" content="{e(s['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">{e(s['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(s['title'])}</h1>
      <p class="byline">{e(s['author'])} · <time datetime="{s['published']}">{e(s['published'])}</time></p>
{paras}
    </article>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(c[0])}</p><button>{e(c[1])}</button> <button>{e(c[2])}</button></div>
  <footer><p>&copy; {s['published'][:4]} {e(s['outlet'])}</p></footer>
</body>
</html>
"""

def main(names):
    for f in sorted((HERE / "specs").glob("*.json")):
        s = json.loads(f.read_text())
        if names and f.stem not in names:
            continue
        d = HERE / "cases" / f.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(s))

if __name__ == "__main__":
    main(sys.argv[1:])
