#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-224)."""
import html, json, pathlib, sys

ROOT = pathlib.Path(__file__).resolve().parent
CHROME = {
    "en": dict(nav=["World", "Business", "Markets", "Industry", "Climate", "Opinion"],
               cookie="We use cookies to improve your experience and to measure our audience.",
               accept="Accept all", reject="Reject", related="More on this story",
               foot="All rights reserved.", sub="Subscribe", by="By"),
    "fr": dict(nav=["International", "Économie", "Industrie", "Marchés", "Régions", "Opinions"],
               cookie="Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.",
               accept="Tout accepter", reject="Refuser", related="À lire aussi",
               foot="Tous droits réservés.", sub="S'abonner", by="Par"),
    "de": dict(nav=["Politik", "Wirtschaft", "Industrie", "Märkte", "Regionales", "Meinung"],
               cookie="Wir verwenden Cookies, um Ihr Nutzungserlebnis zu verbessern und Reichweite zu messen.",
               accept="Alle akzeptieren", reject="Ablehnen", related="Mehr zum Thema",
               foot="Alle Rechte vorbehalten.", sub="Abo", by="Von"),
    "es": dict(nav=["Internacional", "Economía", "Industria", "Mercados", "Regiones", "Opinión"],
               cookie="Utilizamos cookies para mejorar su experiencia y medir la audiencia.",
               accept="Aceptar todo", reject="Rechazar", related="Más sobre este tema",
               foot="Todos los derechos reservados.", sub="Suscribirse", by="Por"),
    "ja": dict(nav=["国内", "経済", "産業", "マーケット", "地域", "オピニオン"],
               cookie="当サイトは利便性向上と閲覧状況の計測のためにクッキーを使用します。",
               accept="同意する", reject="拒否する", related="関連記事",
               foot="無断転載を禁じます。", sub="購読", by=""),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    c = CHROME[meta["lang"]]
    e = html.escape
    url = "https://" + meta["site"] + meta["path"]
    pub = meta["published"] + ":00" + meta["offset"]
    title = meta["title"]
    outlet = meta["outlet"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": meta["lang"]}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(c["nav"]))
    body = "\n".join(f"      <p>{e(p)}</p>" if not p.startswith("## ") else f"      <h2>{e(p[3:])}</h2>" for p in paras)
    rel = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    rel_html = "\n".join(f'        <li><a href="/more/{i}">{e(r)}</a></li>' for i, r in enumerate(rel))
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} - {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <div id="cookie-banner" class="consent">
    <p>{e(c['cookie'])}</p>
    <button>{e(c['accept'])}</button> <button>{e(c['reject'])}</button>
  </div>
  <header class="top-bar">
    <a class="brand" href="/">{e(outlet)}</a>
    <ul class="menu">
{nav}
    </ul>
    <a class="subscribe" href="/subscribe/">{e(c['sub'])}</a>
  </header>
  <main class="layout">
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(title)}</h1>
      <div class="meta"><span class="author">{e((c['by'] + ' ' + meta['author']).strip())}</span> <time datetime="{pub}">{e(meta['timelabel'])}</time></div>
{body}
    </article>
    <aside class="related">
      <h3>{e(c['related'])}</h3>
      <ul>
{rel_html}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>© 2026 {e(outlet)}. {e(c['foot'])}</p>
  </footer>
</body>
</html>
"""


def main():
    names = sys.argv[1:] or [p.stem for p in sorted((ROOT / "specs").glob("*.txt"))]
    for n in names:
        meta, paras = parse(ROOT / "specs" / f"{n}.txt")
        out = ROOT / "cases" / n
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{n}: {meta['lang']} {words} {'chars' if meta['lang']=='ja' else 'words'}")


if __name__ == "__main__":
    main()
