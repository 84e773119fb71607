#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are hand-written in cases/)."""
import html, json, pathlib

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Cities", "Transport", "Opinion"],
       "fr": ["France", "Économie", "Régions", "Mobilités", "Opinions"],
       "de": ["Politik", "Wirtschaft", "Regionales", "Verkehr", "Meinung"],
       "es": ["Nacional", "Economía", "Ciudades", "Movilidad", "Opinión"],
       "ja": ["社会", "経済", "地域", "交通", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and analyse our traffic.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
          "es": "Utilizamos cookies para personalizar el contenido y analizar el tráfico.",
          "ja": "当サイトはクッキーを使用してコンテンツの表示や利用状況の分析を行っています。"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def page(meta, paras):
    e = html.escape
    sep = meta.get("sep", " - ")
    url = meta["url"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url}
    lang = meta["lang"]
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="{e(u)}">{e(t)}</a></li>' for t, u in
                    [x.split(" | ") for x in meta.get("related", "").split(" || ") if x])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
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
      <p class="byline">{e(meta['author'])} <time datetime="{meta['published']}">{e(meta['dateline'])}</time></p>
{body}
    </article>
    <aside class="related"><h2>{RELATED[lang]}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{COOKIE[lang]}</p><button>OK</button></div>
  <footer><p>&copy; 2026 {e(meta['outlet'])}</p><a href="/impressum/">Legal</a> <a href="/privacy/">Privacy</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")


if __name__ == "__main__":
    main()
