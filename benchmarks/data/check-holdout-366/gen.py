#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-366).

A spec is a header of `key: value` lines, a line `---`, then paragraphs
separated by blank lines.  Keys: lang, outlet, url, published (ISO 8601 with
UTC offset), title, author, section, sep (" - " or " | "), chrome (1-4),
timestr (the human-readable date line shown on the page).
"""
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Banking", "Markets", "Economy", "Opinion"],
    "fr": ["International", "Économie", "Banques", "Marchés", "Entreprises", "Opinions"],
    "de": ["Politik", "Wirtschaft", "Banken", "Märkte", "Unternehmen", "Meinung"],
    "es": ["Internacional", "Economía", "Banca", "Mercados", "Empresas", "Opinión"],
    "ja": ["国際", "経済", "金融", "マーケット", "企業", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to personalise content and analyse our traffic.", "Accept all", "Manage settings"),
    "fr": ("Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todas", "Configurar"),
    "ja": ("当サイトはサービス向上のためにクッキーを使用しています。", "同意する", "設定"),
}
RELATED = {
    "en": ("Related stories", ["Regulators weigh tighter capital buffers", "Deposit rates: who is still paying more?", "Five charts on the lending slowdown"]),
    "fr": ("À lire aussi", ["Les régulateurs durcissent les exigences de fonds propres", "Épargne : les taux des livrets en question", "Le crédit immobilier ralentit encore"]),
    "de": ("Mehr zum Thema", ["Aufsicht verschärft Kapitalpuffer", "Tagesgeld: Wer zahlt noch Zinsen?", "Kreditvergabe schwächt sich ab"]),
    "es": ("Te puede interesar", ["Los reguladores endurecen los colchones de capital", "Depósitos: quién paga más", "El crédito hipotecario se enfría"]),
    "ja": ("関連記事", ["自己資本規制、見直し議論が本格化", "預金金利の引き上げ競争、地銀に広がる", "企業向け融資の伸び鈍化"]),
}
FOOTER = {
    "en": ("About us", "Contact", "Privacy policy", "Terms of use", "All rights reserved."),
    "fr": ("Qui sommes-nous", "Contact", "Confidentialité", "Mentions légales", "Tous droits réservés."),
    "de": ("Über uns", "Kontakt", "Datenschutz", "Impressum", "Alle Rechte vorbehalten."),
    "es": ("Quiénes somos", "Contacto", "Privacidad", "Aviso legal", "Todos los derechos reservados."),
    "ja": ("会社概要", "お問い合わせ", "プライバシーポリシー", "利用規約", "無断転載を禁じます。"),
}


def parse_spec(path):
    text = Path(path).read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    if meta["lang"] == "ja":
        paras = ["".join(p.split()) for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    sep = meta.get("sep", " - ").strip('"')
    chrome = int(meta.get("chrome", "1"))
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    pub, author = meta["published"], meta["author"]
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck, ca, cm = COOKIE[lang]
    rh, rl = RELATED[lang]
    rel = "\n".join(f'        <li><a href="/related/{i + 1}">{e(t)}</a></li>' for i, t in enumerate(rl))
    f1, f2, f3, f4, f5 = FOOTER[lang]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    year = pub[:4]
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
  <meta name="author" content="{e(author)}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    cookie = f"""  <div class="cookie-consent" role="dialog">
    <p>{e(ck)}</p>
    <button class="accept">{e(ca)}</button> <button class="manage">{e(cm)}</button>
  </div>
"""
    header = f"""  <header class="site-header">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav class="main-nav"><ul>
{nav}
    </ul></nav>
  </header>
"""
    article = f"""    <article class="story">
      <p class="kicker">{e(meta.get('section', ''))}</p>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(author)}</span> · <time datetime="{e(pub)}">{e(meta['timestr'])}</time></p>
{body}
    </article>
"""
    aside = f"""    <aside class="related">
      <h2>{e(rh)}</h2>
      <ul>
{rel}
      </ul>
    </aside>
"""
    footer = f"""  <footer class="site-footer">
    <ul><li><a href="/about">{e(f1)}</a></li><li><a href="/contact">{e(f2)}</a></li><li><a href="/privacy">{e(f3)}</a></li><li><a href="/terms">{e(f4)}</a></li></ul>
    <p>© {year} {e(outlet)}. {e(f5)}</p>
  </footer>
"""
    if chrome == 1:
        page = cookie + header + '  <main class="content">\n' + article + aside + "  </main>\n" + footer
    elif chrome == 2:
        page = header + '  <div class="grid">\n' + aside + article + "  </div>\n" + footer + cookie
    elif chrome == 3:
        page = (header + '  <div class="ad-slot" data-slot="top">Advertisement</div>\n'
                + '  <section class="wrap">\n' + article + "  </section>\n" + '  <section class="more">\n'
                + aside + "  </section>\n" + cookie + footer)
    else:
        page = cookie + '  <div class="ticker">EUR/USD · USD/JPY · Brent</div>\n' + header + article + aside + footer
    return head + '<body class="article">\n' + page + "</body>\n</html>\n"


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
