#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

A spec is a header of `key: value` lines (lang, outlet, url, published,
title, author, section, related), a blank line, then the article paragraphs
separated by blank lines. digest.txt and expected.json are written by hand
in cases/<name>/ and are not touched here.
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).parent
UI = {
    "en": ("Home", "News", "Transport", "Business", "Opinion", "Subscribe",
           "We use cookies to improve your experience and to measure our audience. You can change your choice at any time.",
           "Accept", "Reject", "Related", "About us", "Contact", "Terms", "Privacy", "All rights reserved."),
    "fr": ("Accueil", "Actualités", "Transports", "Économie", "Opinions", "S'abonner",
           "Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus. Vous pouvez modifier vos choix à tout moment.",
           "Tout accepter", "Refuser", "À lire aussi", "Qui sommes-nous", "Contact", "Conditions", "Confidentialité", "Tous droits réservés."),
    "de": ("Startseite", "Nachrichten", "Verkehr", "Wirtschaft", "Meinung", "Abo",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
           "Alle akzeptieren", "Ablehnen", "Mehr zum Thema", "Über uns", "Kontakt", "AGB", "Datenschutz", "Alle Rechte vorbehalten."),
    "es": ("Portada", "Noticias", "Movilidad", "Economía", "Opinión", "Suscríbete",
           "Utilizamos cookies propias y de terceros para analizar el tráfico y personalizar contenidos. Puede cambiar su elección en cualquier momento.",
           "Aceptar", "Rechazar", "Relacionadas", "Quiénes somos", "Contacto", "Aviso legal", "Privacidad", "Todos los derechos reservados."),
    "ja": ("トップ", "ニュース", "交通", "経済", "オピニオン", "購読",
           "当サイトは利便性向上とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
           "同意する", "拒否する", "関連記事", "会社概要", "お問い合わせ", "利用規約", "プライバシー", "無断転載を禁じます。"),
}


def parse(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    if "sep" in meta:
        meta["sep"] = " " + meta["sep"] + " "
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def page(meta, paras):
    e = html.escape
    ui = UI[meta["lang"]]
    sep = meta.get("sep", " - ")
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": meta["title"], "datePublished": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": meta["lang"]}
    desc = paras[0][:160]
    out = f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{e(sep)}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ui[2]))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav><ul>
      <li><a href="/">{ui[0]}</a></li><li><a href="/news/">{ui[1]}</a></li><li><a href="/transport/">{ui[2]}</a></li>
      <li><a href="/business/">{ui[3]}</a></li><li><a href="/opinion/">{ui[4]}</a></li>
    </ul><a class="cta" href="/subscribe/">{ui[5]}</a></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta.get('dateline', meta['published']))}</time></p>
"""
    for p in paras:
        out += f"      <p>{e(p)}</p>\n"
    out += f"""    </article>
    <aside class="related"><h2>{ui[9]}</h2><ul>
""" + "".join(f'      <li><a href="/transport/r{i}">{e(r)}</a></li>\n' for i, r in enumerate(related)) + f"""    </ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{ui[6]}</p><button>{ui[7]}</button> <button>{ui[8]}</button></div>
  <footer><ul><li><a href="/about/">{ui[10]}</a></li><li><a href="/contact/">{ui[11]}</a></li><li><a href="/terms/">{ui[12]}</a></li><li><a href="/privacy/">{ui[13]}</a></li></ul>
  <p>&copy; {meta['published'][:4]} {e(meta['outlet'])}. {ui[14]}</p></footer>
</body>
</html>
"""
    return out


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
        print("wrote", d / "source.html")


if __name__ == "__main__":
    main()
