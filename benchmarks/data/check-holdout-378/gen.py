#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-378).

A spec is a header of `key: value` lines, a line `---`, then paragraphs
separated by blank lines. The page chrome (nav, cookie banner, related links,
footer, separator in <title>) varies with a hash of the case name.
"""
import hashlib
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

UI = {
    "en": {"nav": ["World", "Business", "Technology", "Markets", "Opinion", "Sport"],
           "cookie": "We use cookies to improve your experience and to show relevant ads.",
           "accept": "Accept all", "related": "More on this story", "by": "By",
           "rights": "All rights reserved.", "sub": "Subscribe"},
    "fr": {"nav": ["Monde", "Économie", "Télécoms", "Numérique", "Opinions", "Sport"],
           "cookie": "Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.",
           "accept": "Tout accepter", "related": "À lire aussi", "by": "Par",
           "rights": "Tous droits réservés.", "sub": "S'abonner"},
    "de": {"nav": ["Politik", "Wirtschaft", "Digitales", "Regional", "Meinung", "Sport"],
           "cookie": "Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten.",
           "accept": "Alle akzeptieren", "related": "Mehr zum Thema", "by": "Von",
           "rights": "Alle Rechte vorbehalten.", "sub": "Abo"},
    "es": {"nav": ["Nacional", "Economía", "Tecnología", "Mundo", "Opinión", "Deportes"],
           "cookie": "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
           "accept": "Aceptar", "related": "Te puede interesar", "by": "Por",
           "rights": "Todos los derechos reservados.", "sub": "Suscríbete"},
    "ja": {"nav": ["経済", "政治", "国際", "テクノロジー", "マーケット", "コラム"],
           "cookie": "当サイトはサービス向上のためにCookieを使用しています。",
           "accept": "同意する", "related": "関連記事", "by": "",
           "rights": "無断転載を禁じます。", "sub": "会員登録"},
}

RELATED = {
    "en": ["Regulator weighs new rules on roaming charges", "Fibre builders face shortage of engineers",
           "Why satellite broadband is not a cure-all"],
    "fr": ["Itinérance : le régulateur veut plafonner les tarifs", "Les installateurs de fibre manquent de bras",
           "Le satellite, solution miracle pour les campagnes ?"],
    "de": ["Roaming: Behörde prüft neue Preisgrenzen", "Glasfaserbau: Fachkräfte fehlen",
           "Satelliteninternet ist kein Allheilmittel"],
    "es": ["El regulador estudia nuevas reglas para el roaming", "Falta personal para desplegar fibra",
           "Internet satelital, ¿la solución para el campo?"],
    "ja": ["ローミング料金に新たな規制案", "光回線工事の人手不足が深刻に", "衛星通信は地方の切り札になるか"],
}


def parse_spec(path: Path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(name: str, meta: dict, paras: list) -> str:
    h = int(hashlib.sha256(name.encode()).hexdigest(), 16)
    v = h % 3
    lang = meta["lang"]
    ui = UI[lang]
    e = html.escape
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    sep = [" - ", " | ", " – "][v]
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "\n".join(f'        <li><a href="/related/{i + 1}">{e(t)}</a></li>'
                    for i, t in enumerate(RELATED[lang][: 2 + v % 2]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    byline = f'{ui["by"]} {meta["author"]}'.strip()
    root = url.split("/")[2]
    cookie = f'''  <div class="cookie-banner" role="dialog">
    <p>{e(ui["cookie"])}</p>
    <button type="button">{e(ui["accept"])}</button>
  </div>'''
    header = f'''  <header class="site-header v{v}">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
    <a class="cta" href="/subscribe">{e(ui["sub"])}</a>
  </header>'''
    aside = f'''    <aside class="related">
      <h2>{e(ui["related"])}</h2>
      <ul>
{rel}
      </ul>
    </aside>'''
    top = [cookie, header] if v != 1 else [header, cookie]
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
  <meta property="article:published_time" content="{meta["published"]}">
  <meta property="article:section" content="{e(meta.get("section", ""))}">
  <meta name="author" content="{e(meta["author"])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
{top[0]}
{top[1]}
  <main class="page">
    <article>
      <span class="section-label">{e(meta.get("section", ""))}</span>
      <h1>{e(title)}</h1>
      <p class="byline">{e(byline)} · <time datetime="{meta["published"]}">{e(meta["shown"])}</time></p>
{body}
    </article>
{aside}
  </main>
  <footer class="site-footer">
    <p>© 2024 {e(outlet)}. {e(ui["rights"])}</p>
    <p><a href="https://{root}/privacy">Privacy</a> · <a href="https://{root}/contact">Contact</a></p>
  </footer>
</body>
</html>
'''


def build(name: str) -> str:
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
