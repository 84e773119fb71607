"""specs/<name>.txt -> cases/<name>/source.html (header lines, '---', paragraphs)."""
import html, json, pathlib, sys
HERE = pathlib.Path(__file__).parent
MENUS = {"en": ["World", "Weather", "Climate", "Business", "Opinion"],
         "fr": ["Monde", "Météo", "Climat", "Économie", "Opinions"],
         "de": ["Welt", "Wetter", "Klima", "Wirtschaft", "Meinung"],
         "es": ["Mundo", "Tiempo", "Clima", "Economía", "Opinión"],
         "ja": ["国内", "天気", "気候", "経済", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and analyse our traffic.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
          "es": "Utilizamos cookies para personalizar el contenido y analizar el tráfico.",
          "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。"}
def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras
def render(meta, paras):
    e = html.escape
    url = f"https://{meta['domain']}{meta['path']}"
    t, o = meta["title"], meta["outlet"]
    desc = paras[0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
                     "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
                     "publisher": {"@type": "Organization", "name": o}, "mainEntityOfPage": url}, ensure_ascii=False)
    lang = meta["lang"]
    menu = "\n".join(f'        <li><a href="/{m.lower()}/">{e(m)}</a></li>' for m in MENUS[lang])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    related = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(meta.get("related", "").split(" | ")) if r)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(t)} - {e(o)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(o)}">
  <meta property="og:title" content="{e(t)}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body class="article-page">
  <div class="top-bar">
    <a class="brand" href="/">{e(o)}</a>
    <ul class="menu">
{menu}
    </ul>
  </div>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(COOKIE[lang])}</p><button class="accept">OK</button>
  </div>
  <main class="layout">
    <article>
      <header>
        <span class="kicker">{e(meta['section'])}</span>
        <h1 class="headline">{e(t)}</h1>
        <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['dateline'])}</time></div>
      </header>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
    </article>
    <aside class="related">
      <h3>Related</h3>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li></ul>
    <p>&copy; {meta['published'][:4]} {e(o)}</p>
  </footer>
</body>
</html>
"""
if __name__ == "__main__":
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for n in names:
        meta, paras = parse(HERE / "specs" / f"{n}.txt")
        d = HERE / "cases" / n; d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print(n, "ok")
