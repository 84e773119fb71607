"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are hand-written in cases/)."""
import html, json, pathlib

HERE = pathlib.Path(__file__).parent
COOKIE = {"en": "We use cookies to improve your experience. Accept all / Manage settings",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter / Paramétrer",
          "de": "Wir verwenden Cookies, um Ihr Nutzungserlebnis zu verbessern. Alle akzeptieren / Einstellungen",
          "es": "Utilizamos cookies para mejorar su experiencia. Aceptar todas / Configurar",
          "ja": "当サイトはクッキーを使用しています。同意する / 設定"}
NAV = {"en": ["Home", "Business", "Retail", "Logistics", "Tech", "Opinion"],
       "fr": ["Accueil", "Économie", "Commerce", "Logistique", "Tech", "Opinions"],
       "de": ["Startseite", "Wirtschaft", "Handel", "Logistik", "Digital", "Meinung"],
       "es": ["Portada", "Economía", "Comercio", "Logística", "Tecnología", "Opinión"],
       "ja": ["トップ", "経済", "流通", "物流", "テクノロジー", "社説"]}
REL = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    sep = {"|": " | "}.get(meta.get("sep"), " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"]}
    desc = paras[0][:150]
    nav = "".join(f'<li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "".join(f'<li><a href="{e(u)}">{e(t)}</a></li>' for t, u in
                  (x.split(" | ") for x in meta["related"].split(" || ")))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog">{e(COOKIE[lang])}</div>
  <header><a class="logo" href="/">{e(meta['outlet'])}</a><nav><ul>{nav}</ul></nav></header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{e(meta['published'])}">{e(meta['dateline'])}</time></p>
{body}
    </article>
    <aside class="related"><h2>{e(REL[lang])}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>© 2026 {e(meta['outlet'])}. {e(FOOT[lang])}</p></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")


if __name__ == "__main__":
    main()
