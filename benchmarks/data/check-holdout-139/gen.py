#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: 'key: value' header lines, a line '---', then the article
paragraphs separated by blank lines. Keys: lang, outlet, domain, path,
published (ISO 8601 with the outlet's UTC offset), display (the dateline as the
outlet prints it), section, author, title, related (titles separated by ' | ').
"""
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

UI = {
    "en": dict(menu=["World", "Business", "Money", "Pensions", "Insurance", "Opinion"],
               sub="Subscribe", share="Share this article", related="Related stories",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               foot=["About us", "Contact", "Terms of use", "Privacy policy", "Corrections"],
               rights="All rights reserved.", sep=" - "),
    "fr": dict(menu=["International", "Économie", "Argent", "Retraites", "Assurance", "Débats"],
               sub="S'abonner", share="Partager cet article", related="À lire aussi",
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour analyser notre audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", manage="Paramétrer",
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité", "Mentions légales"],
               rights="Tous droits réservés.", sep=" | "),
    "de": dict(menu=["Politik", "Wirtschaft", "Finanzen", "Rente", "Versicherung", "Meinung"],
               sub="Abonnieren", share="Artikel teilen", related="Mehr zum Thema",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit in den Datenschutzeinstellungen ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               foot=["Über uns", "Kontakt", "AGB", "Datenschutz", "Impressum"],
               rights="Alle Rechte vorbehalten.", sep=" | "),
    "es": dict(menu=["Internacional", "Economía", "Mis finanzas", "Pensiones", "Seguros", "Opinión"],
               sub="Suscríbete", share="Compartir", related="Te puede interesar",
               cookie="Utilizamos cookies propias y de terceros para personalizar el contenido y la publicidad y para analizar el tráfico. Puede cambiar su configuración en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad", "Cookies"],
               rights="Todos los derechos reservados.", sep=" | "),
    "ja": dict(menu=["国際", "経済", "マネー", "年金", "保険", "オピニオン"],
               sub="購読する", share="この記事を共有", related="関連記事",
               cookie="当サイトではコンテンツや広告の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて同意", reject="必須のみ", manage="設定",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー", "著作権"],
               rights="無断転載を禁じます。", sep=" - "),
}


def parse_spec(text):
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    ui = UI[meta["lang"]]
    e = html.escape
    url = f"https://{meta['domain']}{meta['path']}"
    desc = paras[0][:157]
    title = meta["title"]
    outlet = meta["outlet"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(ui["menu"]))
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    foot = "\n".join(f'      <li><a href="/f/{i}">{e(f)}</a></li>' for i, f in enumerate(ui["foot"]))
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{ui['sep']}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav><ul class="menu">
{menu}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main class="layout">
    <article>
      <div class="story-header">
        <span class="kicker">{e(meta['section'])}</span>
        <h1 class="headline">{e(title)}</h1>
        <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['display'])}</time></div>
      </div>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
    </article>
    <div class="share">{e(ui['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="sidebar">
      <h3>{e(ui['related'])}</h3>
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
    <p>&copy; {meta['published'][:4]} {e(outlet)}. {e(ui['rights'])}</p>
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
        meta, paras = parse_spec(spec.read_text(encoding="utf-8"))
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{name}: {words} {'chars' if meta['lang'] == 'ja' else 'words'}")


if __name__ == "__main__":
    main(sys.argv[1:])
