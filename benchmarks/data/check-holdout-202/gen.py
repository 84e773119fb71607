#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (header lines 'key: value', '---', paragraphs)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Markets", "Metals", "Mining", "Energy", "Opinion"],
       "fr": ["International", "Marchés", "Matières premières", "Mines", "Énergie", "Opinions"],
       "de": ["Welt", "Märkte", "Rohstoffe", "Bergbau", "Energie", "Meinung"],
       "es": ["Mundo", "Mercados", "Metales", "Minería", "Energía", "Opinión"],
       "ja": ["国際", "マーケット", "資源", "鉱業", "エネルギー", "オピニオン"]}
COOKIE = {"en": ("We use cookies to personalise content and ads and to analyse our traffic.", "Accept all", "Reject non-essential"),
          "fr": ("Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience.", "Tout accepter", "Tout refuser"),
          "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Nur notwendige"),
          "es": ("Utilizamos cookies para personalizar contenidos y analizar el tráfico.", "Aceptar todo", "Rechazar"),
          "ja": ("当サイトはクッキーを使用してコンテンツの最適化とアクセス解析を行っています。", "同意する", "拒否する")}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(line.split(": ", 1) for line in head.strip().splitlines())
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    t, o = meta["title"], meta["outlet"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": o}, "mainEntityOfPage": meta["url"]}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(meta.get("related", "").split(" | ")) if r)
    c = COOKIE[lang]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(t)} {meta.get('sep', '-')} {e(o)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(o)}">
  <meta property="og:title" content="{e(t)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">{e(o)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(t)}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['dateline'])}</time></div>
{body}
    </article>
    <aside class="related">
      <h3>{e(RELATED[lang])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(c[0])}</p><button>{e(c[1])}</button> <button>{e(c[2])}</button></div>
  <footer><p>&copy; 2026 {e(o)}</p><a href="/privacy/">Privacy</a> <a href="/terms/">Terms</a></footer>
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
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
