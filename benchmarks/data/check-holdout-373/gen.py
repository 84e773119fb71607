#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic).

Spec: 'key: value' header lines, a line '---', then one paragraph per line
(blank lines ignored). Header keys: lang, outlet, url, published (ISO 8601
with UTC offset), shown (the dateline as the page prints it), title, author,
section, sep (dash: ' - ', pipe: ' | ').
"""
import hashlib, html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Travel", "Markets", "Opinion", "Culture"],
    "fr": ["International", "Économie", "Voyages", "Régions", "Culture", "Débats"],
    "de": ["Politik", "Wirtschaft", "Reisen", "Regionales", "Kultur", "Meinung"],
    "es": ["Mundo", "Economía", "Turismo", "Mercados", "Opinión", "Cultura"],
    "ja": ["国際", "経済", "観光", "地域", "文化", "オピニオン"],
}
COOKIE = {
    "en": "We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button>",
    "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramétrer</button>",
    "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
    "es": "Usamos cookies para mejorar su experiencia. <button>Aceptar todo</button> <button>Configurar</button>",
    "ja": "当サイトはクッキーを使用しています。<button>同意する</button> <button>設定</button>",
}
RELATED = {
    "en": ["Cruise calls set to rise next season", "Rail pass prices frozen for summer", "Museum ticketing goes digital"],
    "fr": ["Les croisières reviennent au port", "Le train de nuit prolongé jusqu'en octobre", "Musées : la billetterie en ligne s'étend"],
    "de": ["Kreuzfahrtanläufe sollen steigen", "Bahnpass-Preise bleiben stabil", "Museen setzen auf Online-Tickets"],
    "es": ["Vuelven los cruceros al puerto", "El tren nocturno se amplía hasta octubre", "Los museos digitalizan la venta de entradas"],
    "ja": ["クルーズ船の寄港、来季は増加へ", "鉄道パス、夏季は価格据え置き", "美術館の入場券、電子化が拡大"],
}
FOOT = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}
RELHEAD = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionado", "ja": "関連記事"}


def parse_spec(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.splitlines() if p.strip()]
    return meta, paras


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang, outlet, url = meta["lang"], meta["outlet"], meta["url"]
    title, pub, author = meta["title"], meta["published"], meta["author"]
    sep = {"dash": " - ", "pipe": " | "}[meta.get("sep", "dash")]
    v = int(hashlib.sha1(name.encode()).hexdigest(), 16) % 3
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    host = url.split("/")[2]
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'        <li><a href="https://{host}/more/{i+1}">{e(r)}</a></li>' for i, r in enumerate(RELATED[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    cls = ["page-article", "story", "article-view"][v]
    cookie = f'  <div class="{["cookie-banner", "consent", "gdpr-bar"][v]}">{COOKIE[lang]}</div>'
    header = f"""  <header class="site-header">
    <a class="logo" href="https://{host}/">{e(outlet)}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>"""
    article = f"""    <article>
      <p class="section">{e(meta.get('section', ''))}</p>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(author)}</span> <time datetime="{pub}">{e(meta.get('shown', pub))}</time></p>
{body}
    </article>"""
    aside = f"""    <aside class="related">
      <h2>{RELHEAD[lang]}</h2>
      <ul>
{rel}
      </ul>
    </aside>"""
    footer = f"""  <footer>
    <p>&copy; {pub[:4]} {e(outlet)}. {FOOT[lang]}</p>
    <p><a href="https://{host}/privacy">Privacy</a> · <a href="https://{host}/contact">Contact</a></p>
  </footer>"""
    order = [[header, cookie], [cookie, header], [header]][v]
    main = [article, aside] if v != 1 else [aside, article]
    parts = ["<!DOCTYPE html>", f'<html lang="{lang}">', "<head>",
             '  <meta charset="utf-8">',
             '  <meta name="viewport" content="width=device-width, initial-scale=1">',
             f"  <title>{e(title)}{sep}{e(outlet)}</title>",
             f'  <meta name="description" content="{e(desc)}">',
             f'  <link rel="canonical" href="{e(url)}">',
             '  <meta property="og:type" content="article">',
             f'  <meta property="og:site_name" content="{e(outlet)}">',
             f'  <meta property="og:title" content="{e(title)}">',
             f'  <meta property="og:url" content="{e(url)}">',
             f'  <meta property="article:published_time" content="{pub}">',
             f'  <meta name="author" content="{e(author)}">',
             f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
             "</head>", f'<body class="{cls}">', *order,
             '  <main class="content">', *main, "  </main>"]
    if v == 2:
        parts.append(cookie)
    parts += [footer, "</body>", "</html>", ""]
    return "\n".join(parts)


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        out = HERE / "cases" / n / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(n), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main()
