"""Render specs/<case>.txt into cases/<case>/source.html.

Spec format: 'key: value' header lines (lang, outlet, domain, path, published,
section, author, title), a blank line, then body paragraphs separated by blank lines.
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Sport", "Culture", "Science", "Business", "Opinion"],
       "fr": ["Monde", "Sport", "Culture", "Sciences", "Économie", "Opinions"],
       "de": ["Welt", "Sport", "Kultur", "Wissen", "Wirtschaft", "Meinung"],
       "es": ["Mundo", "Deportes", "Cultura", "Ciencia", "Economía", "Opinión"],
       "ja": ["国際", "スポーツ", "文化", "科学", "経済", "オピニオン"]}
COOKIE = {"en": ("We use cookies to personalise content and analyse our traffic.", "Accept all", "Reject"),
          "fr": ("Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Refuser"),
          "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen"),
          "es": ("Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar"),
          "ja": ("当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。", "すべて許可", "拒否")}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n\n", 1)
    meta = dict(line.split(": ", 1) for line in head.splitlines())
    meta["paras"] = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta


def render(m):
    e = html.escape
    url = f"https://{m['domain']}{m['path']}"
    desc = m["paras"][0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": url}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[m["lang"]]))
    paras = "\n".join(f"        <p>{e(p)}</p>" for p in m["paras"])
    c = COOKIE[m["lang"]]
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])} | {e(m['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">{e(m['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(m['title'])}</h1>
      <p class="byline">{e(m['author'])} · <time datetime="{m['published']}">{m['published'][:10]}</time></p>
      <div class="article-body">
{paras}
      </div>
    </article>
    <aside class="related"><h3>More</h3><ul><li><a href="/more/1">Newsletter</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(c[0])}</p><button>{e(c[1])}</button> <button>{e(c[2])}</button></div>
  <footer><p>&copy; {m['published'][:4]} {e(m['outlet'])}</p></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        m = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(m), encoding="utf-8")


if __name__ == "__main__":
    main()
