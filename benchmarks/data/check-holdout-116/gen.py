#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

A spec is a header of `key: value` lines, a line `---`, then the article text:
paragraphs separated by blank lines; a paragraph starting with `## ` is a
subheading.  Keys: lang, outlet, url, title, published (ISO 8601 with the
outlet's own UTC offset), display (the byline time as the outlet prints it),
section, author, related (headlines separated by ` | `).
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

LOCALE = {
    "en": {
        "nav": ["World", "Business", "Travel", "Transport", "Markets", "Opinion"],
        "subscribe": "Subscribe",
        "cookie": "We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
        "accept": "Accept all", "reject": "Reject non-essential", "manage": "Manage preferences",
        "related": "Related stories", "share": "Share this story:",
        "footer": ["About us", "Contact", "Terms of use", "Privacy policy"],
        "rights": "All rights reserved.",
    },
    "fr": {
        "nav": ["International", "Économie", "Transports", "Entreprises", "Régions", "Opinions"],
        "subscribe": "S'abonner",
        "cookie": "Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre audience. Vous pouvez modifier vos choix à tout moment.",
        "accept": "Tout accepter", "reject": "Continuer sans accepter", "manage": "Paramétrer les cookies",
        "related": "À lire aussi", "share": "Partager l'article :",
        "footer": ["Qui sommes-nous", "Contact", "Mentions légales", "Politique de confidentialité"],
        "rights": "Tous droits réservés.",
    },
    "de": {
        "nav": ["Politik", "Wirtschaft", "Verkehr", "Logistik", "Regionales", "Meinung"],
        "subscribe": "Abonnieren",
        "cookie": "Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
        "accept": "Alle akzeptieren", "reject": "Nur notwendige", "manage": "Einstellungen",
        "related": "Mehr zum Thema", "share": "Artikel teilen:",
        "footer": ["Über uns", "Kontakt", "AGB", "Datenschutz", "Impressum"],
        "rights": "Alle Rechte vorbehalten.",
    },
    "es": {
        "nav": ["Internacional", "Economía", "Transporte", "Empresas", "Mercados", "Opinión"],
        "subscribe": "Suscríbete",
        "cookie": "Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar nuestro tráfico. Puede cambiar su configuración en cualquier momento.",
        "accept": "Aceptar todo", "reject": "Rechazar", "manage": "Configurar",
        "related": "Noticias relacionadas", "share": "Compartir:",
        "footer": ["Quiénes somos", "Contacto", "Aviso legal", "Política de privacidad"],
        "rights": "Todos los derechos reservados.",
    },
    "ja": {
        "nav": ["国際", "経済", "物流", "航空", "海運", "オピニオン"],
        "subscribe": "有料会員登録",
        "cookie": "当サイトでは、利便性の向上と広告配信、アクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
        "accept": "すべて許可", "reject": "必要なもののみ", "manage": "設定を管理",
        "related": "関連記事", "share": "この記事を共有:",
        "footer": ["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"],
        "rights": "無断転載を禁じます。",
    },
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    loc = LOCALE[meta["lang"]]
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    first = next(p for p in paras if not p.startswith("## "))
    desc = first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "…"
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": title, "datePublished": meta["published"],
        "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {"@type": "Organization", "name": outlet},
        "mainEntityOfPage": url, "inLanguage": meta["lang"],
    }
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"        <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"        <p>{e(' '.join(p.split(chr(10))))}</p>")
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(loc["nav"]))
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r.strip())}</a></li>'
                    for i, r in enumerate(meta.get("related", "").split("|")) if r.strip())
    foot = "\n".join(f'      <li><a href="/p/{i}">{e(f)}</a></li>' for i, f in enumerate(loc["footer"]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} - {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
    <a class="cta" href="/subscribe/">{e(loc['subscribe'])}</a>
  </header>
  <main>
    <article>
      <header>
        <span class="section">{e(meta['section'])}</span>
        <h1>{e(title)}</h1>
        <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['display'])}</time></p>
      </header>
      <div class="article-body">
{chr(10).join(body)}
      </div>
      <p class="share">{e(loc['share'])} <a href="/share/mail">Email</a> <a href="/share/x">X</a> <a href="/share/link">Link</a></p>
    </article>
    <aside class="related">
      <h3>{e(loc['related'])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-consent" role="dialog" aria-label="Cookies">
    <p>{e(loc['cookie'])}</p>
    <button class="accept">{e(loc['accept'])}</button> <button class="reject">{e(loc['reject'])}</button> <a href="/privacy/">{e(loc['manage'])}</a>
  </div>
  <footer>
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(outlet)}. {e(loc['rights'])}</p>
  </footer>
</body>
</html>
"""


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for spec in specs:
        name = spec.stem
        if names and name not in names:
            continue
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
