#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are written by hand in cases/)."""
import html, json, pathlib
HERE = pathlib.Path(__file__).parent
COOKIE = {"en": ("We use cookies to improve your experience.", "Accept all", "Manage"),
          "fr": ("Nous utilisons des cookies pour améliorer votre expérience.", "Tout accepter", "Paramétrer"),
          "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Alle akzeptieren", "Einstellungen"),
          "es": ("Utilizamos cookies para mejorar su experiencia.", "Aceptar todo", "Configurar"),
          "ja": ("当サイトではクッキーを使用しています。", "同意する", "設定")}
NAV = {"en": ["News", "Travel", "Business", "Hotels"], "fr": ["Actualités", "Voyage", "Économie", "Hôtellerie"],
       "de": ["Nachrichten", "Reise", "Wirtschaft", "Hotellerie"], "es": ["Noticias", "Viajes", "Economía", "Hoteles"],
       "ja": ["ニュース", "旅行", "経済", "ホテル"]}
REL = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}
def parse(p):
    head, body = p.read_text(encoding="utf-8").split("\n\n", 1)
    h = dict(l.split(": ", 1) for l in head.splitlines())
    paras = [x.strip() for x in body.strip().split("\n\n")]
    return h, paras
def page(h, paras):
    e = html.escape
    lang = h["lang"]; sep = h.get("sep", " - ")
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": h["title"], "datePublished": h["published"],
          "author": {"@type": "Person", "name": h["author"]}, "publisher": {"@type": "Organization", "name": h["outlet"]},
          "mainEntityOfPage": h["url"], "inLanguage": lang}
    base = h["url"].split("/")[0] + "//" + h["url"].split("/")[2]
    rel = "".join(f'<li><a href="{base}/{i}/{r}">{e(t)}</a></li>' for i, (r, t) in enumerate(
        [x.split("|", 1) for x in h["related"].split(";;")], 1))
    body = "\n".join(f"      <p>{e(x)}</p>" for x in paras)
    c = COOKIE[lang]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(h['title'])}{sep}{e(h['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(h['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(h['outlet'])}">
  <meta property="og:title" content="{e(h['title'])}">
  <meta property="og:url" content="{e(h['url'])}">
  <meta property="article:published_time" content="{h['published']}">
  <meta property="article:section" content="{e(h['section'])}">
  <meta name="author" content="{e(h['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent"><p>{c[0]}</p><button>{c[1]}</button><button>{c[2]}</button></div>
  <header class="masthead"><a href="{base}/" class="logo">{e(h['outlet'])}</a>
    <nav><ul>{''.join(f'<li><a href="{base}/{n.lower()}">{e(n)}</a></li>' for n in NAV[lang])}</ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(h['title'])}</h1>
      <p class="byline">{e(h['author'])} · <time datetime="{h['published']}">{e(h['dateline'])}</time></p>
{body}
    </article>
    <aside class="related"><h2>{REL[lang]}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>© {h['published'][:4]} {e(h['outlet'])}</p><ul><li><a href="{base}/privacy">Privacy</a></li><li><a href="{base}/contact">Contact</a></li></ul></footer>
</body>
</html>
"""
if __name__ == "__main__":
    for p in sorted((HERE / "specs").glob("*.txt")):
        h, paras = parse(p)
        d = HERE / "cases" / p.stem; d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(h, paras), encoding="utf-8")
        print("wrote", p.stem)
