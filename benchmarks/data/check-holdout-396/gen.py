#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic).

Spec format: header lines "key: value", a line "---", then paragraphs
separated by blank lines.  Keys: lang, outlet, url, published (ISO 8601 with
UTC offset), title, author, section, sep (" - " or " | "), chrome (1-4),
timestr (the byline time as the outlet prints it).
"""
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Markets", "Retail", "Luxury", "Opinion"],
    "fr": ["Monde", "Économie", "Entreprises", "Luxe", "Consommation", "Opinions"],
    "de": ["Politik", "Wirtschaft", "Unternehmen", "Handel", "Finanzen", "Meinung"],
    "es": ["Mundo", "Economía", "Empresas", "Consumo", "Mercados", "Opinión"],
    "ja": ["総合", "経済", "企業", "流通", "マーケット", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to measure traffic.", "Accept all", "Manage"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und Reichweite zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para mejorar su experiencia y medir la audiencia.", "Aceptar todas", "Configurar"),
    "ja": ("当サイトは利便性向上とアクセス解析のためにクッキーを使用します。", "同意する", "設定"),
}
RELATED = {
    "en": ("Related", ["Watchmakers brace for a slower holiday season", "Why handbag prices keep climbing", "Airport retailers bet on bigger stores"]),
    "fr": ("À lire aussi", ["Les horlogers s'attendent à une fin d'année plus calme", "Pourquoi le prix des sacs continue de grimper", "Les boutiques d'aéroport misent sur la taille"]),
    "de": ("Mehr zum Thema", ["Uhrenhersteller rechnen mit ruhigerem Jahresende", "Warum Handtaschen immer teurer werden", "Flughafenhändler setzen auf größere Läden"]),
    "es": ("Relacionadas", ["Los relojeros esperan un fin de año más tranquilo", "Por qué suben los bolsos de lujo", "Las tiendas de aeropuerto apuestan por el tamaño"]),
    "ja": ("関連記事", ["高級時計、年末商戦に慎重な見方", "ハンドバッグの値上げが続く理由", "空港免税店、大型化で集客狙う"]),
}
FOOTER = {
    "en": "All rights reserved. Terms of use · Privacy · Contact",
    "fr": "Tous droits réservés. Mentions légales · Confidentialité · Contact",
    "de": "Alle Rechte vorbehalten. Impressum · Datenschutz · Kontakt",
    "es": "Todos los derechos reservados. Aviso legal · Privacidad · Contacto",
    "ja": "無断転載を禁じます。利用規約・プライバシーポリシー・お問い合わせ",
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


def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    pub, author, section = meta["published"], meta["author"], meta["section"]
    sep = meta.get("sep", " - ").replace("_", " ")
    chrome = int(meta.get("chrome", "1"))
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = NAV[lang]
    ck = COOKIE[lang]
    rel_h, rel = RELATED[lang]
    body_ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
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
  <meta property="article:section" content="{e(section)}">
  <meta name="author" content="{e(author)}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    navhtml = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(nav))
    relhtml = "\n".join(f'      <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(rel))
    cookie = f"""  <div class="cookie-banner" role="dialog">
    <p>{e(ck[0])}</p>
    <button class="accept">{e(ck[1])}</button> <button class="manage">{e(ck[2])}</button>
  </div>
"""
    byline = f'<span class="byline">{e(author)}</span> <time datetime="{e(pub)}">{e(meta["timestr"])}</time>'
    article = f"""    <article>
      <header>
        <p class="kicker">{e(section)}</p>
        <h1>{e(title)}</h1>
        <p class="meta">{byline}</p>
      </header>
{body_ps}
    </article>
"""
    aside = f"""    <aside class="related">
      <h2>{e(rel_h)}</h2>
      <ul>
{relhtml}
      </ul>
    </aside>
"""
    header = f"""  <header class="site-header">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{navhtml}
    </ul></nav>
  </header>
"""
    footer = f"""  <footer class="site-footer">
    <p>© {pub[:4]} {e(outlet)}. {e(FOOTER[lang])}</p>
  </footer>
"""
    if chrome == 1:
        inner = header + cookie + '  <main class="layout">\n' + article + aside + "  </main>\n" + footer
    elif chrome == 2:
        inner = cookie + header + '  <div id="content">\n' + aside + article + "  </div>\n" + footer
    elif chrome == 3:
        inner = header + '  <section class="page">\n' + article + "  </section>\n" + aside + footer + cookie
    else:
        inner = ('  <div class="ad-slot">Advertisement</div>\n' + header + '  <main>\n' + article
                 + "  </main>\n" + '  <div class="newsletter">Newsletter</div>\n' + aside + cookie + footer)
    return head + '<body class="article">\n' + inner + "</body>\n</html>\n"


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
