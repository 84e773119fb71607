#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: header lines "key: value" (lang, outlet, url, published, author,
section, title, display_time, related (repeatable)), a line "---", then the
article paragraphs separated by blank lines. A paragraph starting with "## "
becomes a sub-heading.
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

L10N = {
    "en": dict(menu=["World", "Health", "Science", "Business", "Opinion", "Podcasts"],
               subscribe="Subscribe", share="Share this article", related="Related stories",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               footer=["About us", "Contact", "Corrections", "Terms of use", "Privacy policy"],
               rights="All rights reserved.", by="By"),
    "fr": dict(menu=["International", "Santé", "Sciences", "Économie", "Opinions", "Podcasts"],
               subscribe="S'abonner", share="Partager cet article", related="À lire aussi",
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", manage="Paramétrer",
               footer=["Qui sommes-nous", "Contact", "Mentions légales", "Conditions d'utilisation", "Confidentialité"],
               rights="Tous droits réservés.", by="Par"),
    "de": dict(menu=["Politik", "Gesundheit", "Wissen", "Wirtschaft", "Meinung", "Podcasts"],
               subscribe="Abonnieren", share="Artikel teilen", related="Mehr zum Thema",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Nutzung unserer Seite zu analysieren. Ihre Auswahl können Sie jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               footer=["Über uns", "Kontakt", "Impressum", "Nutzungsbedingungen", "Datenschutz"],
               rights="Alle Rechte vorbehalten.", by="Von"),
    "es": dict(menu=["Internacional", "Salud", "Ciencia", "Economía", "Opinión", "Podcasts"],
               subscribe="Suscríbete", share="Compartir este artículo", related="Noticias relacionadas",
               cookie="Utilizamos cookies y tecnologías similares para personalizar contenidos y anuncios y para analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               footer=["Quiénes somos", "Contacto", "Aviso legal", "Condiciones de uso", "Privacidad"],
               rights="Todos los derechos reservados.", by="Por"),
    "ja": dict(menu=["国際", "医療・健康", "科学", "経済", "オピニオン", "動画"],
               subscribe="有料会員登録", share="この記事をシェア", related="関連記事",
               cookie="当サイトでは、コンテンツや広告の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必要なもののみ", manage="設定を管理",
               footer=["会社概要", "お問い合わせ", "訂正・おわび", "利用規約", "プライバシーポリシー"],
               rights="無断転載を禁じます。", by=""),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {"related": []}
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(":", 1)
        k, v = k.strip(), v.strip()
        if k == "related":
            meta["related"].append(v)
        else:
            meta[k] = v
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    t = L10N[meta["lang"]]
    e = html.escape
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": meta["lang"]}
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(t["menu"]))
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(meta["related"]))
    foot = "\n".join(f'      <li><a href="/info/{i}">{e(f)}</a></li>' for i, f in enumerate(t["footer"]))
    byline = f'{t["by"]} {meta["author"]}'.strip()
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
    <a class="subscribe" href="/subscribe/">{e(t['subscribe'])}</a>
  </header>
  <main class="layout">
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(title)}</h1>
      <div class="meta"><span class="author">{e(byline)}</span> <time datetime="{meta['published']}">{e(meta['display_time'])}</time></div>
      <div class="story-body" itemprop="articleBody">
{chr(10).join(body)}
      </div>
    </article>
    <div class="share">{e(t['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="related">
      <h3>{e(t['related'])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(t['cookie'])}</p>
    <button class="accept">{e(t['accept'])}</button> <button class="reject">{e(t['reject'])}</button> <a href="/privacy/">{e(t['manage'])}</a>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(outlet)}. {e(t['rights'])}</p>
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
