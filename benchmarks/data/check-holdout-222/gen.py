"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: "key: value" header lines (outlet, url, lang, title, published,
time_label, author, section, related1, related2), a line "---", then one
paragraph per non-empty line of article text.
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(menu=["World", "Science", "Space", "Business", "Opinion"], sub="Subscribe",
               cookie="We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               related="Related stories", share="Share this story", foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(menu=["International", "Sciences", "Espace", "Économie", "Opinions"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Tout refuser", manage="Paramétrer",
               related="À lire aussi", share="Partager cet article", foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Données personnelles"], rights="Tous droits réservés."),
    "de": dict(menu=["Politik", "Wissen", "Raumfahrt", "Wirtschaft", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und unseren Datenverkehr zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               related="Mehr zum Thema", share="Artikel teilen", foot=["Impressum", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(menu=["Internacional", "Ciencia", "Espacio", "Economía", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies para personalizar contenidos y anuncios y para analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               related="Noticias relacionadas", share="Compartir", foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "ja": dict(menu=["国際", "科学", "宇宙", "経済", "オピニオン"], sub="購読する",
               cookie="当サイトはコンテンツや広告の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必要なもののみ", manage="設定",
               related="関連記事", share="この記事を共有", foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.splitlines() if p.strip()]
    return meta, paras


def build(meta, paras):
    e = html.escape
    ui = UI[meta["lang"]]
    outlet, title, url, pub = meta["outlet"], meta["title"], meta["url"], meta["published"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": meta["lang"]}
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(ui["menu"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(meta[k])}</a></li>'
                    for i, k in enumerate(["related1", "related2"]) if k in meta)
    foot = "\n".join(f'      <li><a href="/f/{i}">{e(f)}</a></li>' for i, f in enumerate(ui["foot"]))
    year = pub[:4]
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
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="masthead">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav><ul class="menu">
{menu}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main class="layout">
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(title)}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{pub}">{e(meta['time_label'])}</time></div>
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
        meta, paras = parse(spec)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
