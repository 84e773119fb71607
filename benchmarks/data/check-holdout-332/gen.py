#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt, expected.json are hand-written)."""
import html, json, pathlib
HERE = pathlib.Path(__file__).parent

def parse(p):
    head, body = p.read_text(encoding="utf-8").split("\n\n", 1)
    meta = dict(l.split(": ", 1) for l in head.splitlines())
    paras = [x.strip().replace("\n", " ") for x in body.strip().split("\n\n")]
    return meta, paras

NAV = {"en": ["Markets", "Commodities", "Agriculture", "Climate", "Opinion"],
       "fr": ["Marchés", "Matières premières", "Agriculture", "Climat", "Opinions"],
       "de": ["Märkte", "Rohstoffe", "Agrar", "Klima", "Meinung"],
       "es": ["Mercados", "Materias primas", "Agro", "Clima", "Opinión"],
       "ja": ["経済", "市況", "農業", "国際", "オピニオン"]}
COOKIE = {"en": "We use cookies to improve your experience. Accept all / Manage choices",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter / Paramétrer",
          "de": "Wir verwenden Cookies, um Ihr Nutzungserlebnis zu verbessern. Alle akzeptieren / Einstellungen",
          "es": "Usamos cookies para mejorar su experiencia. Aceptar todo / Configurar",
          "ja": "当サイトはクッキーを使用しています。同意する / 設定"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}

def page(m, paras):
    e = html.escape
    lang = m["lang"]; sep = m.get("sep", " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": m["url"],
          "inLanguage": lang}
    desc = paras[0][:160]
    rel = "".join(f'<li><a href="{e(u)}">{e(t)}</a></li>' for t, u in
                  (x.split(" | ") for x in m.get("related", "").split(" || ") if x))
    nav = "".join(f'<li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])}{e(sep)}{e(m['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(m['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:url" content="{e(m['url'])}">
  <meta property="article:published_time" content="{e(m['published'])}">
  <meta name="author" content="{e(m['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog">{e(COOKIE[lang])}</div>
  <header><a class="logo" href="/">{e(m['outlet'])}</a><nav><ul>{nav}</ul></nav></header>
  <main>
    <article>
      <h1>{e(m['title'])}</h1>
      <p class="byline">{e(m['author'])} · <time datetime="{e(m['published'])}">{e(m['dateline'])}</time></p>
{body}
    </article>
    <aside><h2>{e(RELATED[lang])}</h2><ul>{rel}</ul></aside>
  </main>
  <footer>© {m['published'][:4]} {e(m['outlet'])} · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></footer>
</body>
</html>
"""

if __name__ == "__main__":
    for p in sorted((HERE / "specs").glob("*.txt")):
        m, paras = parse(p)
        d = HERE / "cases" / p.stem; d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(m, paras), encoding="utf-8")
        print("wrote", p.stem)
