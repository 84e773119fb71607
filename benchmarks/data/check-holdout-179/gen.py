#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: "key: value" header lines, a line "---", then one paragraph per
line (blank lines ignored). Keys: lang, outlet, url, published, author,
section, title, timeline, related (|-separated).
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(menu=["World", "Business", "Property", "Money", "Opinion", "Sport"],
               subscribe="Subscribe", related="Related stories", share="Share this article",
               cookie="We use cookies to personalise content and ads, and to analyse our traffic. You can change your choices at any time.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               footer=["About us", "Contact", "Terms of use", "Privacy policy", "Advertise"],
               rights="All rights reserved.", by="By"),
    "fr": dict(menu=["International", "Économie", "Immobilier", "Argent", "Débats", "Sport"],
               subscribe="S'abonner", related="À lire aussi", share="Partager cet article",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", manage="Paramétrer",
               footer=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Données personnelles", "Publicité"],
               rights="Tous droits réservés.", by="Par"),
    "de": dict(menu=["Politik", "Wirtschaft", "Immobilien", "Finanzen", "Meinung", "Sport"],
               subscribe="Abonnieren", related="Mehr zum Thema", share="Artikel teilen",
               cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und die Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               footer=["Über uns", "Kontakt", "AGB", "Datenschutz", "Impressum"],
               rights="Alle Rechte vorbehalten.", by="Von"),
    "es": dict(menu=["Internacional", "Economía", "Vivienda", "Mercados", "Opinión", "Deportes"],
               subscribe="Suscríbete", related="Noticias relacionadas", share="Compartir",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar el tráfico. Puede cambiar sus preferencias en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               footer=["Quiénes somos", "Contacto", "Aviso legal", "Política de privacidad", "Publicidad"],
               rights="Todos los derechos reservados.", by="Por"),
    "ja": dict(menu=["国際", "経済", "住宅・不動産", "マネー", "オピニオン", "スポーツ"],
               subscribe="有料会員登録", related="関連記事", share="この記事を共有",
               cookie="当サイトはコンテンツや広告の最適化、アクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必要なもののみ", manage="設定を管理",
               footer=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー", "広告掲載"],
               rights="無断転載を禁じます。", by=""),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.splitlines() if p.strip()]
    return meta, paras


def build(meta, paras):
    ui = UI[meta["lang"]]
    e = lambda s: html.escape(s, quote=True)
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    sep = " | " if meta["lang"] != "ja" else "："
    full_title = f"{title}{sep}{outlet}" if meta["lang"] == "ja" else f"{title}{sep}{outlet}"
    desc = paras[0][:157].rsplit(" ", 1)[0] + "…" if meta["lang"] != "ja" else paras[0][:80] + "…"
    domain = url.split("/")[2]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet,
                        "logo": {"@type": "ImageObject", "url": f"https://{domain}/static/logo.png"}},
          "mainEntityOfPage": url, "inLanguage": meta["lang"]}
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(ui["menu"]))
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    foot = "\n".join(f'      <li><a href="/{i}/">{e(f)}</a></li>' for i, f in enumerate(ui["footer"]))
    byline = f'{ui["by"]} {meta["author"]}'.strip()
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(full_title)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="og:image" content="https://{domain}/img/{year}/lead.jpg">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/main.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav aria-label="Sections">
      <ul>
{menu}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(ui['subscribe'])}</a>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(title)}</h1>
      <div class="byline"><span class="author">{e(byline)}</span> <time datetime="{meta['published']}">{e(meta['timeline'])}</time></div>
      <figure class="lead"><img src="/img/{year}/lead.jpg" alt=""><figcaption>{e(meta.get('caption', ''))}</figcaption></figure>
{body}
    </article>
    <div class="share">{e(ui['share'])}: <a href="/share/mail">Email</a> <a href="/share/x">X</a> <a href="/share/link">Link</a></div>
    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="reject">{e(ui['reject'])}</button> <a href="/privacy/">{e(ui['manage'])}</a>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(outlet)}. {e(ui['rights'])}</p>
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
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
