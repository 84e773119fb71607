#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html  (check-holdout-375).

Spec format: header lines "key: value" (lang, outlet, url, published, title,
author, section, display, sep, related), a line "---", then paragraphs
separated by blank lines.  Usage: gen.py [--check]  (--check: report stale
pages without writing).
"""
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

UI = {
    "en": dict(nav=["World", "Business", "Markets", "Law", "Technology", "Opinion"],
               cookie="We use cookies to improve your experience and to measure traffic.",
               accept="Accept all", reject="Reject", related="Related coverage",
               most="Most read", sub="Subscribe", news="Get our morning briefing",
               rights="All rights reserved.", privacy="Privacy", terms="Terms", contact="Contact",
               by="By"),
    "fr": dict(nav=["International", "Économie", "Marchés", "Justice", "Tech", "Idées"],
               cookie="Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.",
               accept="Tout accepter", reject="Refuser", related="À lire aussi",
               most="Les plus lus", sub="S'abonner", news="Recevez notre lettre du matin",
               rights="Tous droits réservés.", privacy="Confidentialité", terms="Mentions légales",
               contact="Contact", by="Par"),
    "de": dict(nav=["Politik", "Wirtschaft", "Finanzen", "Recht", "Technik", "Meinung"],
               cookie="Wir verwenden Cookies, um unser Angebot zu verbessern und die Reichweite zu messen.",
               accept="Alle akzeptieren", reject="Ablehnen", related="Mehr zum Thema",
               most="Meistgelesen", sub="Abonnieren", news="Unser Newsletter am Morgen",
               rights="Alle Rechte vorbehalten.", privacy="Datenschutz", terms="Impressum",
               contact="Kontakt", by="Von"),
    "es": dict(nav=["Internacional", "Economía", "Mercados", "Justicia", "Tecnología", "Opinión"],
               cookie="Utilizamos cookies para mejorar su experiencia y medir la audiencia.",
               accept="Aceptar todo", reject="Rechazar", related="Te puede interesar",
               most="Lo más leído", sub="Suscríbete", news="Recibe nuestro boletín matinal",
               rights="Todos los derechos reservados.", privacy="Privacidad", terms="Aviso legal",
               contact="Contacto", by="Por"),
    "ja": dict(nav=["国際", "経済", "市場", "司法", "テクノロジー", "オピニオン"],
               cookie="当サイトは利便性の向上とアクセス解析のためにクッキーを使用しています。",
               accept="すべて許可", reject="拒否", related="関連記事",
               most="よく読まれている記事", sub="購読する", news="朝のニュースレター",
               rights="無断転載を禁じます。", privacy="プライバシー", terms="利用規約",
               contact="お問い合わせ", by="記者"),
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
    return meta, paras


def e(s):
    return html.escape(s, quote=True)


def render(name, meta, paras, variant):
    ui = UI[meta["lang"]]
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    sep = meta.get("sep", "-")
    pub = meta["published"]
    desc = paras[0][:150]
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    base = url.split("/")[0] + "//" + url.split("/")[2]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "dateModified": pub, "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    head = f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} {sep} {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/v{variant + 3}/main.css">
  <script src="/assets/v{variant + 3}/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    body_ps = "\n".join(f"        <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="{base}/r/{name}-{i}">{e(r)}</a></li>'
                    for i, r in enumerate(related))
    time_el = f'<time datetime="{pub}">{e(meta["display"])}</time>'
    cookie = f"""  <div class="cookie-banner" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="reject">{e(ui['reject'])}</button>
  </div>
"""
    footer = f"""  <footer class="site-footer">
    <a href="/privacy">{e(ui['privacy'])}</a> · <a href="/terms">{e(ui['terms'])}</a> · <a href="/contact">{e(ui['contact'])}</a>
    <p>© {pub[:4]} {e(outlet)}. {e(ui['rights'])}</p>
  </footer>
"""
    article = f"""    <article class="story">
      <header>
        <span class="section-label">{e(meta.get('section', ''))}</span>
        <h1>{e(title)}</h1>
        <p class="byline">{e(ui['by'])} {e(meta['author'])} · {time_el}</p>
      </header>
      <div class="article-body">
{body_ps}
      </div>
    </article>
"""
    aside = f"""    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
"""
    if variant == 0:
        page = f"""<body class="article">
{cookie}  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe">{e(ui['sub'])}</a>
  </header>
  <main>
{article}{aside}  </main>
{footer}</body>
</html>
"""
    elif variant == 1:
        page = f"""<body>
  <div id="top"><span class="brand">{e(outlet)}</span>
    <nav class="menu-nav"><ul class="menu">
{nav}
    </ul></nav>
  </div>
  <div class="breadcrumb"><a href="/">{e(outlet)}</a> › {e(meta.get('section', ''))}</div>
  <div class="wrap">
{article}    <div class="sidebar">
      <h3>{e(ui['most'])}</h3>
      <ol><li><a href="/most/1">…</a></li><li><a href="/most/2">…</a></li></ol>
    </div>
{aside}  </div>
{cookie}{footer}</body>
</html>
"""
    elif variant == 2:
        page = f"""<body class="layout-wide">
  <nav class="primary" aria-label="main">
    <strong>{e(outlet)}</strong>
    <ul>
{nav}
    </ul>
  </nav>
  <section class="newsletter"><p>{e(ui['news'])}</p><form><input type="email" name="email"><button>OK</button></form></section>
{article}{aside}{footer}{cookie}</body>
</html>
"""
    else:
        page = f"""<body>
{cookie}  <div class="shell">
    <div class="header-row"><a href="/">{e(outlet)}</a> <a href="/subscribe">{e(ui['sub'])}</a></div>
    <nav role="navigation"><ul class="nav">
{nav}
    </ul></nav>
    <div class="content">
{article}    </div>
{aside}    <div class="ad-slot" data-slot="rail-2"></div>
  </div>
{footer}</body>
</html>
"""
    return head + page


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    variant = sum(map(ord, name)) % 4
    return render(name, meta, paras, variant)


def main():
    check = "--check" in sys.argv
    stale = []
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        out = HERE / "cases" / name / "source.html"
        page = build(name)
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != page:
                stale.append(name)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(page, encoding="utf-8")
    if check:
        print("stale:", stale or "none")
        return 1 if stale else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
