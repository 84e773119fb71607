#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

A spec is `key: value` header lines, a line `---`, then the article
paragraphs separated by blank lines. Keys: lang, outlet, url, published
(ISO 8601 with the outlet's UTC offset), shown (the dateline as printed),
author, section, title, related (titles separated by ` | `).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

CHROME = {
    "en": dict(menu=["World", "Business", "Local", "Environment", "Opinion", "Sport"],
               sub="Subscribe", share="Share this story", rel="Related stories",
               cookie="We use cookies and similar technologies to personalise content and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               acc="Accept all", rej="Reject non-essential", man="Manage preferences",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(menu=["International", "Économie", "Régions", "Environnement", "Débats", "Sports"],
               sub="S'abonner", share="Partager cet article", rel="Sur le même sujet",
               cookie="Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus. Vous pouvez modifier vos choix à tout moment.",
               acc="Tout accepter", rej="Continuer sans accepter", man="Paramétrer",
               foot=["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"], rights="Tous droits réservés."),
    "de": dict(menu=["Politik", "Wirtschaft", "Region", "Umwelt", "Meinung", "Sport"],
               sub="Abonnieren", share="Artikel teilen", rel="Mehr zum Thema",
               cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und die Nutzung unserer Seiten zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               acc="Alle akzeptieren", rej="Nur notwendige", man="Einstellungen",
               foot=["Impressum", "Kontakt", "AGB", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(menu=["Internacional", "Economía", "Regiones", "Medio ambiente", "Opinión", "Deportes"],
               sub="Suscríbete", share="Compartir", rel="Noticias relacionadas",
               cookie="Utilizamos cookies propias y de terceros para analizar el tráfico y personalizar el contenido. Puede cambiar su configuración en cualquier momento.",
               acc="Aceptar todo", rej="Rechazar", man="Configurar",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "ja": dict(menu=["国際", "経済", "地域", "環境", "オピニオン", "スポーツ"],
               sub="購読する", share="この記事を共有", rel="関連記事",
               cookie="当サイトでは、利便性向上とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               acc="すべて許可", rej="必要なもののみ", man="設定を管理",
               foot=["会社案内", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split()) if meta["lang"] != "ja" else "".join(p.split())
             for p in body.strip().split("\n\n")]
    return meta, paras


def render(meta, paras):
    c = CHROME[meta["lang"]]
    e = lambda s: html.escape(s, quote=True)
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "dateModified": meta["published"],
          "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"]}
    host = meta["url"].split("/")[2]
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(c["menu"]))
    related = "\n".join(f'        <li><a href="https://{host}/r/{i}">{e(t.strip())}</a></li>'
                        for i, t in enumerate(meta.get("related", "").split("|")) if t.strip())
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    foot = "\n".join(f'      <li><a href="/f/{i}/">{e(f)}</a></li>' for i, f in enumerate(c["foot"]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul class="menu">
{menu}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(c['sub'])}</a>
  </header>
  <main class="layout">
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(meta['title'])}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['shown'])}</time></div>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
    </article>
    <div class="share">{e(c['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="related">
      <h3>{e(c['rel'])}</h3>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(c['cookie'])}</p>
    <button class="accept">{e(c['acc'])}</button> <button class="reject">{e(c['rej'])}</button> <a href="/privacy/">{e(c['man'])}</a>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(meta['outlet'])}. {e(c['rights'])}</p>
  </footer>
</body>
</html>
"""


def words(meta, paras):
    text = " ".join(paras)
    return len(text) // 2 if meta["lang"] == "ja" else len(text.split())


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for s in specs:
        name = s.stem
        if names and name not in names:
            continue
        meta, paras = parse(s)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print(f"{name}: {meta['lang']} {words(meta, paras)} words")


if __name__ == "__main__":
    main(sys.argv[1:])
