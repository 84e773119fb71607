#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt (header lines, '---', body paragraphs)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
COOKIE = {"en": "We use cookies to improve your experience. Accept all | Manage settings",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter | Paramétrer",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren | Einstellungen",
          "es": "Usamos cookies para mejorar su experiencia. Aceptar todas | Configurar",
          "ja": "当サイトはクッキーを使用しています。同意する | 設定"}
NAV = {"en": ["World", "Business", "Travel", "Transport", "Opinion"],
       "fr": ["Monde", "Économie", "Voyage", "Transports", "Opinions"],
       "de": ["Welt", "Wirtschaft", "Reise", "Verkehr", "Meinung"],
       "es": ["Mundo", "Economía", "Viajes", "Transporte", "Opinión"],
       "ja": ["国際", "経済", "旅行", "交通", "オピニオン"]}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    e = html.escape
    lang = meta["lang"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"]}
    desc = paras[0][:150]
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
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
  <div id="cookie-banner" class="consent">{e(COOKIE[lang])}</div>
  <header class="site-header">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{e(meta['published'])}">{e(meta['published'])}</time></div>
{body}
    </article>
    <aside class="related"><h2>More</h2><ul><li><a href="/travel/">Travel</a></li></ul></aside>
  </main>
  <footer class="site-footer">© {e(meta['outlet'])}. {e(FOOT[lang])}</footer>
</body>
</html>
"""


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        meta, paras = parse(HERE / "specs" / f"{name}.txt")
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print(name, sum(len(p) for p in paras))


if __name__ == "__main__":
    main()
