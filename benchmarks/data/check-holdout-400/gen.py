#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic).

Spec: "key: value" header lines, a line "---", then paragraphs separated by blank lines.
Keys: lang, outlet, url, published (ISO 8601 with UTC offset), title, author, section,
shown_time (the byline time as the outlet prints it), sep (" - " or " | ").
"""
import hashlib
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHROME = {
    "en": {"nav": ["News", "Local", "Business", "Giving", "Opinion", "Culture"],
           "cookie": "We use cookies to measure readership and to keep you signed in.",
           "accept": "Accept all", "reject": "Manage settings",
           "related": "More from this section", "footer": "All rights reserved.",
           "newsletter": "Get the morning briefing in your inbox", "by": "By"},
    "fr": {"nav": ["Actualités", "Société", "Économie", "Solidarité", "Culture", "Idées"],
           "cookie": "Nous utilisons des cookies pour mesurer l'audience et améliorer votre expérience.",
           "accept": "Tout accepter", "reject": "Paramétrer",
           "related": "À lire aussi", "footer": "Tous droits réservés.",
           "newsletter": "Recevez notre lettre du matin", "by": "Par"},
    "de": {"nav": ["Nachrichten", "Region", "Wirtschaft", "Gesellschaft", "Kultur", "Meinung"],
           "cookie": "Wir verwenden Cookies, um die Reichweite zu messen und Inhalte zu verbessern.",
           "accept": "Alle akzeptieren", "reject": "Einstellungen",
           "related": "Mehr zum Thema", "footer": "Alle Rechte vorbehalten.",
           "newsletter": "Der Morgen-Newsletter", "by": "Von"},
    "es": {"nav": ["Noticias", "Sociedad", "Economía", "Solidaridad", "Cultura", "Opinión"],
           "cookie": "Usamos cookies para medir la audiencia y mejorar su experiencia.",
           "accept": "Aceptar todo", "reject": "Configurar",
           "related": "Más noticias", "footer": "Todos los derechos reservados.",
           "newsletter": "Reciba el boletín de la mañana", "by": "Por"},
    "ja": {"nav": ["ニュース", "社会", "経済", "地域", "文化", "オピニオン"],
           "cookie": "当サイトは閲覧状況の把握のためにクッキーを使用しています。",
           "accept": "同意する", "reject": "設定",
           "related": "関連記事", "footer": "無断転載を禁じます。",
           "newsletter": "朝刊メールマガジンのご案内", "by": ""},
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [" ".join(p.strip().splitlines()) for p in body.strip().split("\n\n") if p.strip()]
    if meta["lang"] == "ja":
        paras = ["".join(p.strip().splitlines()) for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def e(s):
    return html.escape(s, quote=True)


def render(name, meta, paras):
    lang = meta["lang"]
    c = CHROME[lang]
    v = int(hashlib.sha1(name.encode()).hexdigest(), 16) % 4
    sep = meta.get("sep", " - " if v % 2 == 0 else " | ")
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    pub, author, section = meta["published"], meta["author"], meta.get("section", c["nav"][3])
    desc = paras[0][:157].rstrip() + ("…" if len(paras[0]) > 157 else "")
    base = url.split("/", 3)
    root = base[0] + "//" + base[2]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(c["nav"]))
    related = "\n".join(
        f'        <li><a href="{root}/{section.lower().replace(" ", "-")}/{k}">{e(t)}</a></li>'
        for k, t in enumerate(meta.get("related", "").split(" ;; ")) if t)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    byline = f'{c["by"]} {author}'.strip()
    shown = meta.get("shown_time", pub)
    cls = ["site-header", "masthead", "topbar", "page-head"][v]
    cookie = f'''  <div class="cookie-{['banner','notice','consent','bar'][v]}" role="dialog">
    <p>{e(c["cookie"])}</p>
    <button>{e(c["accept"])}</button> <button>{e(c["reject"])}</button>
  </div>'''
    header = f'''  <header class="{cls}">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>'''
    art = f'''    <article class="story">
      <p class="section">{e(section)}</p>
      <h1>{e(title)}</h1>
      <p class="byline">{e(byline)} · <time datetime="{pub}">{e(shown)}</time></p>
{body}
    </article>'''
    aside = f'''    <aside class="related">
      <h2>{e(c["related"])}</h2>
      <ul>
{related}
      </ul>
      <p class="promo">{e(c["newsletter"])}</p>
    </aside>'''
    main = art + "\n" + aside if v < 2 else aside + "\n" + art
    top = cookie + "\n" + header if v in (0, 3) else header + "\n" + cookie
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(section)}">
  <meta name="author" content="{e(author)}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
{top}
  <main class="layout-{v}">
{main}
  </main>
  <footer class="site-footer">
    <p>© {pub[:4]} {e(outlet)}. {e(c["footer"])}</p>
    <p><a href="/about/">About</a> · <a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a></p>
  </footer>
</body>
</html>
'''


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
