#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": ["News", "Local", "Business", "Transport", "Opinion", "Sport"],
    "fr": ["Actualités", "Région", "Économie", "Mobilités", "Opinions", "Sports"],
    "de": ["Nachrichten", "Region", "Wirtschaft", "Verkehr", "Meinung", "Sport"],
    "es": ["Noticias", "Región", "Economía", "Movilidad", "Opinión", "Deportes"],
    "ja": ["ニュース", "地域", "経済", "交通", "社説", "スポーツ"],
}
COOKIE = {
    "en": "We use cookies to improve your experience and to measure readership. <button>Accept all</button> <button>Manage choices</button>",
    "fr": "Nous utilisons des cookies pour mesurer l'audience et améliorer nos services. <button>Tout accepter</button> <button>Paramétrer</button>",
    "de": "Wir verwenden Cookies, um die Nutzung zu messen und unser Angebot zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
    "es": "Utilizamos cookies para medir la audiencia y mejorar nuestros servicios. <button>Aceptar</button> <button>Configurar</button>",
    "ja": "当サイトは利用状況の分析のためにクッキーを使用します。<button>同意する</button> <button>設定</button>",
}
RELATED = {
    "en": "Related coverage", "fr": "À lire aussi", "de": "Mehr zum Thema",
    "es": "Te puede interesar", "ja": "関連記事",
}
FOOT = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    meta["related"] = [r.strip() for r in meta.get("related", "").split(";") if r.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    sep = {"dash": " - ", "pipe": " | "}[meta.get("sep", "dash")]
    pub = meta["published"]
    desc = paras[0][:160]
    variant = int(meta.get("chrome", "1"))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'        <li><a href="/more/{i}">{e(r)}</a></li>' for i, r in enumerate(meta["related"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    head = f"""<!DOCTYPE html>
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
"""
    byline = f'<span class="byline">{e(meta["author"])}</span> <time datetime="{e(pub)}">{e(meta["display_time"])}</time>'
    cookie = f'  <div class="cookie-banner" role="dialog">{COOKIE[lang]}</div>\n'
    header = f"""  <header class="site-header">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
"""
    article = f"""  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="meta">{byline}</p>
{body}
    </article>
"""
    aside = f"""    <aside class="related">
      <h2>{e(RELATED[lang])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
"""
    footer = f"""  <footer>
    <p>&copy; {pub[:4]} {e(outlet)}. {e(FOOT[lang])}</p>
    <p><a href="/privacy">Privacy</a> · <a href="/contact">Contact</a> · <a href="/newsletter">Newsletter</a></p>
  </footer>
"""
    if variant == 1:
        parts = [cookie, header, article, aside, footer]
    elif variant == 2:
        parts = [header, '  <div class="ticker">Live: service updates</div>\n', article, aside, footer, cookie]
    elif variant == 3:
        parts = [header, cookie, '  <div class="ad-slot" aria-hidden="true"></div>\n', article, aside, footer]
    else:
        parts = [header, article, aside, '  <div class="newsletter-box">Sign up / Abonnieren / Suscríbete</div>\n', footer, cookie]
    return head + '<body class="article v%d">\n' % variant + "".join(parts) + "</body>\n</html>\n"


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(meta, paras)


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        out = HERE / "cases" / n
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(n), encoding="utf-8")
    print(f"wrote {len(names)} source.html")


if __name__ == "__main__":
    main()
