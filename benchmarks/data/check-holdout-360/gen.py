#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

A spec is a header of `key: value` lines, a line `---`, then the article's
paragraphs separated by blank lines.  Header keys: lang, outlet, url,
published (ISO 8601 with UTC offset), title, author, section, sep ("-" or
"|"), chrome (0-3), display_time (the byline time as the outlet prints it).
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": ["News", "Football", "Basketball", "Business", "Opinion", "Podcasts"],
    "fr": ["Actualité", "Football", "Basket", "Économie", "Opinions", "Vidéos"],
    "de": ["Nachrichten", "Fußball", "Basketball", "Wirtschaft", "Meinung", "Videos"],
    "es": ["Noticias", "Fútbol", "Baloncesto", "Economía", "Opinión", "Vídeos"],
    "ja": ["ニュース", "サッカー", "バスケットボール", "経済", "オピニオン", "動画"],
}
COOKIE = {
    "en": ("We use cookies to personalise content and measure traffic.", "Accept all", "Manage choices"),
    "fr": ("Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para personalizar el contenido y medir el tráfico.", "Aceptar todo", "Configurar"),
    "ja": ("当サイトはコンテンツの最適化とアクセス解析のためにCookieを使用します。", "同意する", "設定"),
}
RELATED = {
    "en": ("Related", ["Transfer window: the deals that never happened", "How broadcast money reshaped the league table", "Inside the numbers: matchday income after the pandemic"]),
    "fr": ("À lire aussi", ["Mercato : les dossiers qui traînent", "Droits télé : la grande incertitude", "Les tribunes se remplissent à nouveau"]),
    "de": ("Mehr zum Thema", ["Transfersommer: Die teuersten Abgänge", "Fernsehgeld: Wer profitiert?", "Stadionneubauten im Vergleich"]),
    "es": ("Te puede interesar", ["Mercado de fichajes: las operaciones pendientes", "Derechos de televisión: el nuevo reparto", "Los estadios se modernizan"]),
    "ja": ("関連記事", ["移籍市場の舞台裏", "放映権収入の行方", "スタジアム改修ラッシュ"]),
}
FOOTER = {
    "en": ("About us", "Contact", "Privacy", "Terms", "All rights reserved."),
    "fr": ("Qui sommes-nous", "Contact", "Confidentialité", "Mentions légales", "Tous droits réservés."),
    "de": ("Über uns", "Kontakt", "Datenschutz", "Impressum", "Alle Rechte vorbehalten."),
    "es": ("Quiénes somos", "Contacto", "Privacidad", "Aviso legal", "Todos los derechos reservados."),
    "ja": ("会社概要", "お問い合わせ", "プライバシー", "利用規約", "無断転載を禁じます。"),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    if meta["lang"] == "ja":
        paras = ["".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    pub, author, section = meta["published"], meta["author"], meta["section"]
    sep = meta.get("sep", "-")
    chrome = int(meta.get("chrome", "0"))
    desc = paras[0][:160]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
        "datePublished": pub, "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
        "inLanguage": lang,
    }
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ctext, cyes, cno = COOKIE[lang]
    rhead, rlinks = RELATED[lang]
    rel = "\n".join(f'        <li><a href="/story/{1000 + 37 * i + chrome}">{e(t)}</a></li>' for i, t in enumerate(rlinks))
    f1, f2, f3, f4, f5 = FOOTER[lang]
    body = "\n".join(f"        <p>{e(p)}</p>" for p in paras)
    shown = meta.get("display_time", pub)
    cls = ["site-header", "masthead", "topbar", "global-nav"][chrome]
    cookie = f'''  <div class="{['cookie-banner', 'consent', 'gdpr-notice', 'cookie-bar'][chrome]}" role="dialog">
    <p>{e(ctext)}</p><button>{e(cyes)}</button> <button>{e(cno)}</button>
  </div>'''
    header = f'''  <header class="{cls}">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>'''
    article = f'''    <article class="{['story', 'article', 'post', 'news-item'][chrome]}">
      <p class="kicker">{e(section)}</p>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(author)}</span> · <time datetime="{e(pub)}">{e(shown)}</time></p>
      <div class="article-body">
{body}
      </div>
    </article>'''
    aside = f'''    <aside class="related">
      <h2>{e(rhead)}</h2>
      <ul>
{rel}
      </ul>
    </aside>'''
    main = f"{article}\n{aside}" if chrome % 2 == 0 else f"{aside}\n{article}"
    top = f"{cookie}\n{header}" if chrome < 2 else f"{header}\n{cookie}"
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} {e(sep)} {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{e(pub)}">
  <meta property="article:section" content="{e(section)}">
  <meta name="author" content="{e(author)}">
  <link rel="stylesheet" href="/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
{top}
  <main class="page">
{main}
  </main>
  <footer class="site-footer">
    <a href="/about">{e(f1)}</a> · <a href="/contact">{e(f2)}</a> · <a href="/privacy">{e(f3)}</a> · <a href="/legal">{e(f4)}</a>
    <p>© {pub[:4]} {e(outlet)}. {e(f5)}</p>
  </footer>
</body>
</html>
'''


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        out = HERE / "cases" / name / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(name), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
