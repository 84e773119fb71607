#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

A spec is "key: value" header lines, a line "---", then one paragraph per
line (blank lines ignored). Keys: lang, outlet, domain, path, published
(ISO 8601 with the outlet's UTC offset), author, section, title, dateline
(the date as the outlet prints it), related (titles separated by " | ").
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(nav=["World", "Business", "Media", "Technology", "Culture", "Opinion"],
               sub="Subscribe", cookie="We use cookies and similar technologies to personalise content and ads and to measure our audience. You can change your choices at any time under Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               related="Related stories", footer=["About us", "Contact", "Terms of use", "Privacy policy", "Advertise with us"],
               rights="All rights reserved.", share="Share this story"),
    "fr": dict(nav=["International", "Économie", "Médias", "Tech", "Culture", "Idées"],
               sub="S'abonner", cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour mesurer notre audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", manage="Paramétrer les cookies",
               related="À lire aussi", footer=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Politique de confidentialité", "Publicité"],
               rights="Tous droits réservés.", share="Partager l'article"),
    "de": dict(nav=["Politik", "Wirtschaft", "Medien", "Digital", "Kultur", "Meinung"],
               sub="Abonnieren", cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und die Reichweite zu messen. Ihre Auswahl können Sie jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               related="Mehr zum Thema", footer=["Über uns", "Kontakt", "AGB", "Datenschutz", "Impressum"],
               rights="Alle Rechte vorbehalten.", share="Artikel teilen"),
    "es": dict(nav=["Internacional", "Economía", "Medios", "Tecnología", "Cultura", "Opinión"],
               sub="Suscríbete", cookie="Utilizamos cookies y tecnologías similares para personalizar el contenido y los anuncios y para analizar nuestro tráfico. Puede cambiar su configuración en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               related="Noticias relacionadas", footer=["Quiénes somos", "Contacto", "Aviso legal", "Política de privacidad", "Publicidad"],
               rights="Todos los derechos reservados.", share="Compartir"),
    "ja": dict(nav=["国際", "経済", "メディア", "テクノロジー", "文化", "オピニオン"],
               sub="会員登録", cookie="当サイトでは、コンテンツや広告の表示の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて同意する", reject="必要なもののみ", manage="設定を管理",
               related="関連記事", footer=["会社案内", "お問い合わせ", "利用規約", "プライバシーポリシー", "広告掲載"],
               rights="無断転載を禁じます。", share="この記事を共有"),
}


def parse_spec(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.splitlines() if p.strip()]
    return meta, paras


def build(meta, paras):
    e = html.escape
    ui = UI[meta["lang"]]
    url = f"https://{meta['domain']}{meta['path']}"
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": meta["title"], "datePublished": meta["published"],
          "dateModified": meta["published"], "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": url}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    related = meta.get("related", "").split(" | ") if meta.get("related") else []
    rel = "\n".join(f'          <li><a href="/related/{i}">{e(t)}</a></li>' for i, t in enumerate(related))
    body = "\n".join(f"        <p>{e(p)}</p>" for p in paras)
    foot = "\n".join(f'      <li><a href="/f/{i}">{e(t)}</a></li>' for i, t in enumerate(ui["footer"]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="site-header">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav>
      <ul class="menu">
{nav}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main class="layout">
    <article>
      <header class="story-header">
        <span class="kicker">{e(meta['section'])}</span>
        <h1 class="headline">{e(meta['title'])}</h1>
        <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['dateline'])}</time></div>
      </header>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
    </article>
    <div class="share">{e(ui['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="related">
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
    <p>&copy; {year} {e(meta['outlet'])}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        name = sp.stem
        if names and name not in names:
            continue
        meta, paras = parse_spec(sp)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print(f"{name}: {len(paras)} paragraphs")


if __name__ == "__main__":
    main(sys.argv[1:])
