#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic)."""
import html, json, sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG_UI = {
    "en": dict(nav=["World", "Business", "Property", "Markets", "Opinion"], cookie="We use cookies to improve your experience.", accept="Accept all", related="Related stories", rights="All rights reserved.", sub="Subscribe"),
    "fr": dict(nav=["International", "Économie", "Immobilier", "Marchés", "Débats"], cookie="Nous utilisons des cookies pour améliorer votre expérience.", accept="Tout accepter", related="À lire aussi", rights="Tous droits réservés.", sub="S'abonner"),
    "de": dict(nav=["Politik", "Wirtschaft", "Immobilien", "Finanzen", "Meinung"], cookie="Wir verwenden Cookies, um unser Angebot zu verbessern.", accept="Alle akzeptieren", related="Mehr zum Thema", rights="Alle Rechte vorbehalten.", sub="Abonnieren"),
    "es": dict(nav=["Internacional", "Economía", "Vivienda", "Mercados", "Opinión"], cookie="Utilizamos cookies para mejorar su experiencia.", accept="Aceptar todas", related="Más noticias", rights="Todos los derechos reservados.", sub="Suscríbete"),
    "ja": dict(nav=["国際", "経済", "不動産", "マーケット", "オピニオン"], cookie="当サイトはクッキーを使用しています。", accept="同意する", related="関連記事", rights="無断転載を禁じます。", sub="購読する"),
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


def render(name, meta, paras, variant):
    e = html.escape
    ui = LANG_UI[meta["lang"]]
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    pub = meta["published"]
    sep = meta.get("sep", " - " if variant != 1 else " | ")
    shown = datetime.fromisoformat(pub).strftime("%Y-%m-%d %H:%M") + " " + meta.get("zone", "")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": meta["lang"]}
    desc = e(paras[0][:150])
    head = f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(outlet)}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    body_ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'      <li><a href="{e(r.split("|")[1].strip())}">{e(r.split("|")[0].strip())}</a></li>'
                    for r in meta.get("related", "").split(";;") if "|" in r)
    cookie = f"""  <div class="cookie-consent" role="dialog"><p>{e(ui['cookie'])}</p><button>{e(ui['accept'])}</button></div>\n"""
    byline = f"""      <p class="byline"><span class="author">{e(meta['author'])}</span> · <time datetime="{pub}">{e(shown)}</time></p>"""
    if variant == 0:
        body = f"""<body class="article">
{cookie}  <header class="masthead"><a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav><a class="cta" href="/subscribe">{e(ui['sub'])}</a></header>
  <main>
    <article>
      <span class="kicker">{e(meta.get('section', ''))}</span>
      <h1>{e(title)}</h1>
{byline}
{body_ps}
    </article>
    <aside class="related"><h2>{e(ui['related'])}</h2><ul>
{rel}
    </ul></aside>
  </main>
  <footer><p>© {pub[:4]} {e(outlet)}. {e(ui['rights'])}</p></footer>
</body>
</html>
"""
    elif variant == 1:
        body = f"""<body>
  <div id="site-top"><span class="brand">{e(outlet)}</span>
    <ul class="menu">
{nav}
    </ul>
  </div>
  <div class="grid">
    <article class="story" itemscope itemtype="https://schema.org/NewsArticle">
      <header><h1 itemprop="headline">{e(title)}</h1>
{byline}
      </header>
      <div class="story-body" itemprop="articleBody">
{body_ps}
      </div>
    </article>
    <section class="more"><h3>{e(ui['related'])}</h3><ul>
{rel}
    </ul></section>
  </div>
{cookie}  <div class="site-footer">{e(outlet)} — {e(ui['rights'])} <a href="/privacy">Privacy</a></div>
</body>
</html>
"""
    else:
        body = f"""<body class="layout-wide">
  <nav class="primary" aria-label="main"><ol>
{nav}
  </ol></nav>
  <div class="banner"><a href="/">{e(outlet)}</a></div>
{cookie}  <article id="main-article">
    <h1 class="title">{e(title)}</h1>
    <div class="meta">
{byline}
    </div>
    <div class="text">
{body_ps}
    </div>
  </article>
  <div class="sidebar"><h4>{e(ui['related'])}</h4><ul>
{rel}
  </ul></div>
  <footer class="foot"><small>{e(ui['rights'])} {e(outlet)} {pub[:4]}</small></footer>
</body>
</html>
"""
    return head + body


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    names = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    return render(name, meta, paras, names.index(name) % 3)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        out = HERE / "cases" / n / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(n), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
