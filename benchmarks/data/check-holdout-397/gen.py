#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic)."""
import html, json, sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Energy", "Markets", "Climate", "Opinion"],
    "fr": ["International", "Économie", "Énergie", "Entreprises", "Planète", "Débats"],
    "de": ["Politik", "Wirtschaft", "Energie", "Finanzen", "Klima", "Meinung"],
    "es": ["Internacional", "Economía", "Energía", "Mercados", "Clima", "Opinión"],
    "ja": ["国際", "経済", "エネルギー", "市場", "環境", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and measure our audience.", "Accept all", "Manage choices"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und die Reichweite zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Usamos cookies para mejorar su experiencia y medir nuestra audiencia.", "Aceptar todo", "Configurar"),
    "ja": ("当サイトは利便性向上とアクセス解析のためにクッキーを使用しています。", "同意する", "設定"),
}
RELATED = {
    "en": "Related coverage", "fr": "À lire aussi", "de": "Mehr zum Thema",
    "es": "Más información", "ja": "関連記事",
}
FOOT = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    related = [r.split(" => ") for r in meta.get("related", "").split(" || ") if r]
    meta["related_list"] = related
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    sep = meta.get("sep", " - ")
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    pub = meta["published"]
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck = COOKIE[lang]
    rel = "\n".join(f'        <li><a href="{e(h)}">{e(t)}</a></li>' for t, h in meta["related_list"])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    style = meta.get("style", "a")
    shown = meta.get("shown", pub)
    if style == "a":
        top = f'''  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>{e(ck[0])}</p><button>{e(ck[1])}</button> <button>{e(ck[2])}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul class="menu">
{nav}
    </ul></nav>
  </header>'''
        foot_cookie = ""
    elif style == "b":
        top = f'''  <div class="masthead"><a class="brand" href="/">{e(outlet)}</a>
    <ul class="sections">
{nav}
    </ul>
    <a class="subscribe" href="/subscribe/">+</a>
  </div>'''
        foot_cookie = f'''  <aside class="consent" id="consent-bar"><span>{e(ck[0])}</span> <a href="#accept">{e(ck[1])}</a> · <a href="#prefs">{e(ck[2])}</a></aside>'''
    else:
        top = f'''  <nav class="topnav" aria-label="main">
    <span class="site">{e(outlet)}</span>
    <ol>
{nav}
    </ol>
  </nav>
  <div class="gdpr-overlay"><div class="gdpr-box"><p>{e(ck[0])}</p><button class="ok">{e(ck[1])}</button><button class="more">{e(ck[2])}</button></div></div>'''
        foot_cookie = ""
    return f'''<!DOCTYPE html>
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
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
{top}
  <main class="page">
    <article class="story">
      <p class="kicker">{e(meta.get('section', ''))}</p>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> · <time datetime="{pub}">{e(shown)}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(RELATED[lang])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
{foot_cookie}
  <footer class="site-footer">
    <p>© 2024 {e(outlet)}. {e(FOOT[lang])}</p>
    <a href="/privacy/">Privacy</a> <a href="/terms/">Terms</a> <a href="/contact/">Contact</a>
  </footer>
</body>
</html>
'''


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        out = HERE / "cases" / n / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(n), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
