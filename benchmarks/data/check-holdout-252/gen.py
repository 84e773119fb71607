#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are written by hand in cases/)."""
import html, json, pathlib, datetime

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["World", "Weather", "Climate", "Business", "Opinion"],
       "fr": ["Monde", "Météo", "Climat", "Économie", "Opinions"],
       "de": ["Welt", "Wetter", "Klima", "Wirtschaft", "Meinung"],
       "es": ["Mundo", "Tiempo", "Clima", "Economía", "Opinión"],
       "ja": ["国内", "気象", "防災", "経済", "オピニオン"]}
COOKIE = {"en": "We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button>",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramétrer</button>",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
          "es": "Utilizamos cookies para mejorar su experiencia. <button>Aceptar todo</button> <button>Configurar</button>",
          "ja": "当サイトはクッキーを使用しています。<button>同意する</button> <button>設定</button>"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}


def read_spec(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    meta = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def page(meta, paras):
    e = html.escape
    lang = meta["lang"]
    title, outlet, url, pub = meta["title"], meta["outlet"], meta["url"], meta["published"]
    sep = " " + meta.get("sep", "-").strip() + " "
    base = url.split("/")[0] + "//" + url.split("/")[2]
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    dt = datetime.datetime.fromisoformat(pub)
    nav = "\n".join(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[lang])
    rel = "\n".join(f'      <li><a href="{base}/{r.split("|")[0].strip()}">{e(r.split("|")[1].strip())}</a></li>'
                    for r in meta.get("related", "").split(";") if "|" in r)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
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
  <meta property="article:published_time" content="{e(pub)}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent">{COOKIE[lang]}</div>
  <header class="site-header">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta.get('section', ''))}</span>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{e(pub)}">{dt.strftime('%Y-%m-%d %H:%M')} ({dt.strftime('%z')[:3]}:{dt.strftime('%z')[3:]})</time></p>
{body}
    </article>
    <aside class="related"><h2>{RELATED[lang]}</h2><ul>
{rel}
    </ul></aside>
  </main>
  <footer class="site-footer">© 2026 {e(outlet)} · <a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a> · <a href="/contact/">Contact</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = read_spec(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")
    print("generated", len(list((HERE / "specs").glob("*.txt"))), "pages")


if __name__ == "__main__":
    main()
