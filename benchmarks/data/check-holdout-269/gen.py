#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

A spec is a header of "key: value" lines, a line "---", then the article
paragraphs separated by blank lines. digest.txt and expected.json are written
by hand in cases/<name>/ and are not generated.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": dict(menu=["World", "Business", "Markets", "Industry", "Energy", "Opinion"], sub="Subscribe",
               cookie="We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.",
               acc="Accept all", rej="Reject non-essential", rel="Related coverage", foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(menu=["International", "Économie", "Entreprises", "Industrie", "Énergie", "Opinions"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
               acc="Tout accepter", rej="Continuer sans accepter", rel="Sur le même sujet", foot=["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"], rights="Tous droits réservés."),
    "de": dict(menu=["Politik", "Wirtschaft", "Unternehmen", "Industrie", "Energie", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               acc="Alle akzeptieren", rej="Nur notwendige", rel="Mehr zum Thema", foot=["Impressum", "Kontakt", "AGB", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(menu=["Internacional", "Economía", "Empresas", "Industria", "Energía", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar sus preferencias en cualquier momento.",
               acc="Aceptar todo", rej="Rechazar", rel="Noticias relacionadas", foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "ja": dict(menu=["国際", "経済", "企業", "産業", "エネルギー", "オピニオン"], sub="購読する",
               cookie="当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               acc="すべて許可", rej="必須のみ", rel="関連記事", foot=["会社概要", "お問い合わせ", "利用規約", "プライバシー"], rights="無断転載を禁じます。"),
}


def parse_spec(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def page(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    ui = UI[meta["lang"]]
    title, outlet, url, pub = meta["title"], meta["outlet"], meta["url"], meta["published"]
    sep = {"-": " - ", "|": " | "}.get(meta.get("titlesep", "-"), meta.get("titlesep", "-"))
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url}
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(ui["menu"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    related = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>'
                        for i, r in enumerate(meta.get("related", "").split("|")) if r)
    foot = "\n".join(f'      <li><a href="/f{i}/">{e(f)}</a></li>' for i, f in enumerate(ui["foot"]))
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/main.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav class="main-nav">
      <ul>
{menu}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta.get('section', ''))}</span>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{pub}">{e(meta['dateline'])}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(ui['rel'])}</h2>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['acc'])}</button> <button class="reject">{e(ui['rej'])}</button>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {pub[:4]} {e(outlet)}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""


def main(names=None):
    for spec in sorted((HERE / "specs").glob("*.txt")):
        if names and spec.stem not in names:
            continue
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
