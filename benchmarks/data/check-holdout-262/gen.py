#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are written by hand in cases/)."""
import html, json, pathlib, datetime as dt

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["World", "Markets", "Farming", "Food", "Opinion"],
       "fr": ["International", "Économie", "Agriculture", "Alimentation", "Opinions"],
       "de": ["Politik", "Wirtschaft", "Landwirtschaft", "Ernährung", "Meinung"],
       "es": ["Internacional", "Economía", "Campo", "Alimentación", "Opinión"],
       "ja": ["国際", "経済", "農業", "食品", "社説"]}
COOKIE = {"en": ("We use cookies to personalise content and analyse traffic.", "Accept all", "Reject"),
          "fr": ("Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Refuser"),
          "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen"),
          "es": ("Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar"),
          "ja": ("当サイトはクッキーを使用しています。", "同意する", "拒否する")}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    meta["paras"] = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta


def render(m):
    e = html.escape
    lang, outlet, title = m["lang"], m["outlet"], m["title"]
    sep = " | " if m.get("sep") == "|" else " - "
    pub = dt.datetime.fromisoformat(m["published"])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": m["url"],
          "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in m["paras"])
    c = COOKIE[lang]
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(t)}</a></li>' for i, t in enumerate(m.get("related", "").split(" | ")) if t)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(m['paras'][0][:150])}">
  <link rel="canonical" href="{e(m['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(m['url'])}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(m['section'])}</span>
      <h1>{e(title)}</h1>
      <p class="byline">{e(m['author'])} <time datetime="{m['published']}">{pub.strftime('%Y-%m-%d %H:%M')} (UTC{m['published'][-6:]})</time></p>
{paras}
    </article>
    <aside class="related">
      <h3>{RELATED[lang]}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(c[0])}</p><button>{e(c[1])}</button> <button>{e(c[2])}</button></div>
  <footer><p>&copy; {pub.year} {e(outlet)}</p><a href="/about/">About</a> <a href="/privacy/">Privacy</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(parse_spec(spec)), encoding="utf-8")


if __name__ == "__main__":
    main()
