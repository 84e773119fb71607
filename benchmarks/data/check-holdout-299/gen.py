#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are hand-written)."""
import html, json, pathlib, re

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["World", "Business", "Sport", "Stadiums", "Opinion"],
       "fr": ["Monde", "Économie", "Sport", "Stades", "Débats"],
       "de": ["Welt", "Wirtschaft", "Sport", "Stadien", "Meinung"],
       "es": ["Mundo", "Economía", "Deportes", "Estadios", "Opinión"],
       "ja": ["国内", "経済", "スポーツ", "スタジアム", "オピニオン"]}
COOKIE = {"en": "We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button>",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramétrer</button>",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
          "es": "Utilizamos cookies para mejorar su experiencia. <button>Aceptar todo</button> <button>Configurar</button>",
          "ja": "当サイトはクッキーを使用しています。<button>同意する</button> <button>設定</button>"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionados", "ja": "関連記事"}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def page(meta, paras):
    e = html.escape
    lang, outlet, title = meta["lang"], meta["outlet"], meta["title"]
    sep = meta.get("sep", "-")
    sep = sep if not sep.isascii() else f" {sep} "
    desc = paras[0][:150]
    base = re.match(r"https?://[^/]+", meta["url"]).group(0)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'        <li><a href="{base}/{r.split("|")[0].strip()}">{e(r.split("|")[1].strip())}</a></li>'
                    for r in meta.get("related", "").split(";;") if "|" in r)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent">{COOKIE[lang]}</div>
  <header class="site-header">
    <a class="brand" href="{base}/">{e(outlet)}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(title)}</h1>
      <div class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta['dateline'])}</time></div>
{body}
    </article>
    <aside class="related">
      <h2>{RELATED[lang]}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">© {meta['published'][:4]} {e(outlet)} · <a href="{base}/privacy">Privacy</a> · <a href="{base}/contact">Contact</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")


if __name__ == "__main__":
    main()
