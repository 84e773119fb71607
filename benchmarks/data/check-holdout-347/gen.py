#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are written by hand in cases/)."""
import html, json, pathlib, datetime

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["World", "Business", "Health", "Science", "Opinion"],
       "fr": ["International", "Économie", "Santé", "Sciences", "Débats"],
       "de": ["Politik", "Wirtschaft", "Gesundheit", "Wissen", "Meinung"],
       "es": ["Internacional", "Economía", "Salud", "Ciencia", "Opinión"],
       "ja": ["国際", "経済", "医療・健康", "科学", "社説"]}
COOKIE = {"en": ("We use cookies to personalise content and analyse our traffic.", "Accept all", "Reject"),
          "fr": ("Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Refuser"),
          "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen"),
          "es": ("Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar"),
          "ja": ("当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。", "同意する", "拒否する")}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}


def parse_spec(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    meta = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    lang, outlet, title, url, pub = meta["lang"], meta["outlet"], meta["title"], meta["url"], meta["published"]
    sep = meta.get("sep", " - ")
    e = html.escape
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": pub,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url}
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    host = url.split("/")[2]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'        <li><a href="https://{host}/r/{i}">{e(r)}</a></li>' for i, r in enumerate(related))
    ck = COOKIE[lang]
    page = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta.get('section', 'Health'))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <p class="kicker">{e(meta.get('section', 'Health'))}</p>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} <time datetime="{pub}">{e(meta['dateline'])}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{RELATED[lang]}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(ck[0])}</p><button>{e(ck[1])}</button> <button>{e(ck[2])}</button></div>
  <footer><p>&copy; {pub[:4]} {e(outlet)}</p><a href="/impressum">Impressum / Legal</a> <a href="/privacy">Privacy</a></footer>
</body>
</html>
"""
    out = HERE / "cases" / name
    out.mkdir(parents=True, exist_ok=True)
    (out / "source.html").write_text(page, encoding="utf-8")
    datetime.datetime.fromisoformat(pub)  # must parse


if __name__ == "__main__":
    for spec in sorted((HERE / "specs").glob("*.txt")):
        build(spec.stem)
        print("built", spec.stem)
