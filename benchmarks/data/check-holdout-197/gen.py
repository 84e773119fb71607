#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (news-like page around an <article>)."""
import html, json, sys, datetime as dt
from pathlib import Path

HERE = Path(__file__).parent
NAV = {"en": ["World", "Business", "Banking", "Markets", "Money", "Opinion"],
       "fr": ["Monde", "Économie", "Banques", "Marchés", "Argent", "Débats"],
       "de": ["Welt", "Wirtschaft", "Banken", "Märkte", "Geld", "Meinung"],
       "es": ["Mundo", "Economía", "Banca", "Mercados", "Dinero", "Opinión"],
       "ja": ["国際", "経済", "金融", "マーケット", "暮らし", "オピニオン"]}
COOKIE = {"en": ("We use cookies to personalise content and analyse traffic.", "Accept all", "Reject"),
          "fr": ("Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Refuser"),
          "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen"),
          "es": ("Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar"),
          "ja": ("当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。", "同意する", "拒否する")}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}

def parse(p):
    head, body = p.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [b.strip() for b in body.strip().split("\n\n") if b.strip()]
    return meta, paras

def page(meta, paras):
    e = html.escape
    lang, outlet, title = meta["lang"], meta["outlet"], meta["title"]
    url = "https://" + meta["domain"] + meta["path"]
    pub = meta["published"]
    sep = meta.get("sep", " - ")
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = [r for r in meta.get("related", "").split(" | ") if r]
    rel_html = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(rel))
    c = COOKIE[lang]
    year = pub[:4]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
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
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(title)}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{pub}">{e(meta['shown'])}</time></div>
{body}
    </article>
    <aside class="related">
      <h3>{e(RELATED[lang])}</h3>
      <ul>
{rel_html}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(c[0])}</p><button>{e(c[1])}</button> <button>{e(c[2])}</button></div>
  <footer><p>&copy; {year} {e(outlet)}</p><a href="/impressum/">Legal</a> <a href="/privacy/">Privacy</a></footer>
</body>
</html>
"""

def main():
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for n in names:
        meta, paras = parse(HERE / "specs" / f"{n}.txt")
        out = HERE / "cases" / n
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(n, meta["lang"], words)

if __name__ == "__main__":
    main()
