"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: 'key: value' header lines (lang, outlet, domain, path, title,
published, shown, author, section), a blank line, then body paragraphs
separated by blank lines.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Sport", "Culture", "Business", "Opinion"],
       "fr": ["Monde", "Sport", "Culture", "Économie", "Opinions"],
       "de": ["Welt", "Sport", "Kultur", "Wirtschaft", "Meinung"],
       "es": ["Mundo", "Deportes", "Cultura", "Economía", "Opinión"],
       "ja": ["国際", "スポーツ", "文化", "経済", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and ads and to analyse our traffic. Manage your choices in Privacy settings.",
          "fr": "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Gérez vos choix dans les paramètres.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Einstellungen jederzeit änderbar.",
          "es": "Utilizamos cookies para personalizar contenidos y analizar el tráfico. Puede cambiar sus preferencias cuando quiera.",
          "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n\n", 1)
    meta = dict(line.split(": ", 1) for line in head.splitlines())
    paras = [p.strip().replace("\n", " ") if meta["lang"] != "ja" else p.strip().replace("\n", "")
             for p in body.split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    url = f"https://{meta['domain']}{meta['path']}"
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url}
    nav = "\n".join(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[meta["lang"]])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(meta['title'])} | {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead"><a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta['shown'])}</time></p>
{body}
    </article>
    <aside class="related"><h3>Most read</h3><ul><li><a href="/more/1">Newsletter</a></li><li><a href="/more/2">Podcast</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(COOKIE[meta['lang']])}</p><button>OK</button></div>
  <footer><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li></ul>
    <p>&copy; {meta['published'][:4]} {e(meta['outlet'])}</p></footer>
</body>
</html>
"""


def main(names):
    for spec in sorted((HERE / "specs").glob("*.txt")):
        if names and spec.stem not in names:
            continue
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print(spec.stem, meta["lang"], sum(len(p) for p in paras))


if __name__ == "__main__":
    main(sys.argv[1:])
