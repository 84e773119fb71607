#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic).

A spec is a header of `key: value` lines, a line `---`, then paragraphs
separated by blank lines.  Keys: lang, outlet, url, published (ISO 8601 with
UTC offset), title, author, section, dateline (the human-readable date shown
on the page), sep (" - " or " | ").
"""
import hashlib
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Autos", "Markets", "Tech", "Opinion"],
    "fr": ["Monde", "Économie", "Automobile", "Entreprises", "Opinions", "Vidéos"],
    "de": ["Politik", "Wirtschaft", "Auto", "Unternehmen", "Meinung", "Videos"],
    "es": ["Mundo", "Economía", "Motor", "Empresas", "Opinión", "Vídeos"],
    "ja": ["国際", "経済", "自動車", "企業", "マーケット", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to measure audiences.", "Accept all", "Manage choices"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihr Nutzungserlebnis zu verbessern und Reichweite zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para mejorar su experiencia y medir la audiencia.", "Aceptar todo", "Configurar"),
    "ja": ("当サイトでは利便性向上とアクセス解析のためにクッキーを使用しています。", "同意する", "設定"),
}
RELATED = {
    "en": ["Dealers brace for a slower spring", "How charging networks are financed", "Opinion: the recall system needs an overhaul"],
    "fr": ["Les concessionnaires inquiets pour le printemps", "Bornes de recharge : qui paie ?", "Tribune : repenser les rappels"],
    "de": ["Händler rechnen mit schwachem Frühjahr", "Wer bezahlt die Ladesäulen?", "Kommentar: Rückrufe neu denken"],
    "es": ["Los concesionarios temen una primavera floja", "¿Quién paga los cargadores?", "Opinión: hay que reformar los llamados a revisión"],
    "ja": ["販売店、春商戦に慎重姿勢", "充電網の整備費は誰が負担するのか", "論説:リコール制度の見直しを"],
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
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    if meta["lang"] == "ja":
        paras = [p.replace(" ", "") for p in paras]
    return meta, paras


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    variant = int(hashlib.sha1(name.encode()).hexdigest(), 16) % 3
    sep = " " + meta.get("sep", "-").strip() + " "
    title = meta["title"]
    outlet = meta["outlet"]
    desc = paras[0][:150]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
        "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": meta["url"],
        "inLanguage": lang,
    }
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck = COOKIE[lang]
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(RELATED[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    byline = f'<span class="byline">{e(meta["author"])}</span> <time datetime="{e(meta["published"])}">{e(meta["dateline"])}</time>'
    article = f"""    <article class="story">
      <header>
        <p class="kicker">{e(meta['section'])}</p>
        <h1>{e(title)}</h1>
        <p class="meta">{byline}</p>
      </header>
      <div class="story-body">
{body}
      </div>
    </article>"""
    cookie = f"""  <div id="consent" class="cookie-banner" role="dialog">
    <p>{e(ck[0])}</p>
    <button class="accept">{e(ck[1])}</button> <button class="manage">{e(ck[2])}</button>
  </div>"""
    related = f"""    <aside class="related">
      <h2>{'関連記事' if lang == 'ja' else 'Related' if lang == 'en' else 'À lire aussi' if lang == 'fr' else 'Mehr zum Thema' if lang == 'de' else 'Relacionados'}</h2>
      <ul>
{rel}
      </ul>
    </aside>"""
    footer = f"""  <footer class="site-footer">
    <p>&copy; {meta['published'][:4]} {e(outlet)}. {e(FOOT[lang])}</p>
    <p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact</a></p>
  </footer>"""
    if variant == 0:
        page = f"""<body class="article">
{cookie}
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
{article}
{related}
  </main>
{footer}
</body>
</html>
"""
    elif variant == 1:
        page = f"""<body>
  <div class="topbar"><a href="/">{e(outlet)}</a> <a class="login" href="/account">Account</a></div>
  <nav class="sections"><ul>
{nav}
  </ul></nav>
  <div class="grid">
{article}
{related}
    <div class="ad-slot" data-slot="sidebar-1"></div>
  </div>
{footer}
{cookie}
</body>
</html>
"""
    else:
        page = f"""<body class="layout-wide">
  <nav class="main-nav" aria-label="sections">
    <span class="brand">{e(outlet)}</span>
    <ul>
{nav}
    </ul>
  </nav>
{cookie}
  <div class="breadcrumbs"><a href="/">Home</a> › <a href="/autos/">{e(meta['section'])}</a></div>
  <main id="content">
{article}
  </main>
{related}
  <div class="newsletter">Newsletter · <a href="/newsletter">Sign up</a></div>
{footer}
</body>
</html>
"""
    return head + page


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        out = HERE / "cases" / name / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(name), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
