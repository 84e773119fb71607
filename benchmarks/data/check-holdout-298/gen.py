"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are written by hand)."""
import html, json, pathlib
from datetime import datetime
HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Energy", "Climate", "Opinion"], "fr": ["Monde", "Économie", "Énergie", "Régions", "Opinions"],
       "de": ["Politik", "Wirtschaft", "Energie", "Regional", "Meinung"], "es": ["Nacional", "Economía", "Energía", "Clima", "Opinión"],
       "ja": ["国内", "経済", "エネルギー", "地域", "社説"]}
COOKIE = {"en": "We use cookies to improve your experience and analyse traffic.", "fr": "Nous utilisons des cookies pour mesurer l'audience.",
          "de": "Wir verwenden Cookies, um unser Angebot zu verbessern.", "es": "Utilizamos cookies para mejorar su experiencia.",
          "ja": "当サイトはクッキーを使用しています。"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionados", "ja": "関連記事"}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n")]
    return meta, paras

def page(meta, paras):
    e = html.escape
    lang, outlet, url, pub, title = meta["lang"], meta["outlet"], meta["url"], meta["published"], meta["title"]
    sep = meta.get("sep", " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": pub,
          "author": {"@type": "Person", "name": meta["author"]}, "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": lang}
    dt = datetime.fromisoformat(pub)
    nav = "".join(f'<li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "".join(f'<li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(meta.get("related", "").split(" | ")) if r)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(title)}{e(sep)}{e(outlet)}</title>
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header><a class="logo" href="/">{e(outlet)}</a><nav><ul>{nav}</ul></nav></header>
  <div id="cookie-consent" role="dialog"><p>{e(COOKIE[lang])}</p><button>OK</button></div>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{pub}">{dt.strftime('%Y-%m-%d %H:%M')} (UTC{pub[-6:]})</time></p>
{body}
    </article>
    <aside class="related"><h2>{e(RELATED[lang])}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>&copy; {dt.year} {e(outlet)}</p><a href="/impressum">Impressum / Legal</a> <a href="/privacy">Privacy</a></footer>
</body>
</html>
"""

if __name__ == "__main__":
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
    print("generated", len(list((HERE / "specs").glob("*.txt"))))
