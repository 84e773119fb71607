#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (header lines 'key: value', '---', then paragraphs)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
UI = {
 "en": dict(nav=["World", "Politics", "Business", "Science", "Sport", "Opinion"], sub="Subscribe",
            cookie="We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.",
            acc="Accept all", rej="Reject non-essential", rel="Related stories", foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
 "fr": dict(nav=["International", "Politique", "Économie", "Sciences", "Sport", "Débats"], sub="S'abonner",
            cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et analyser notre trafic.",
            acc="Tout accepter", rej="Tout refuser", rel="Sur le même sujet", foot=["Qui sommes-nous", "Contact", "Conditions générales", "Confidentialité"], rights="Tous droits réservés."),
 "de": dict(nav=["Politik", "Wirtschaft", "Ausland", "Wissen", "Sport", "Meinung"], sub="Abonnieren",
            cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und Zugriffe zu analysieren.",
            acc="Alle akzeptieren", rej="Nur notwendige", rel="Mehr zum Thema", foot=["Impressum", "Kontakt", "AGB", "Datenschutz"], rights="Alle Rechte vorbehalten."),
 "es": dict(nav=["Internacional", "Política", "Economía", "Ciencia", "Deportes", "Opinión"], sub="Suscríbete",
            cookie="Utilizamos cookies para personalizar contenidos y anuncios y analizar nuestro tráfico.",
            acc="Aceptar todo", rej="Rechazar", rel="Noticias relacionadas", foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
 "ja": dict(nav=["国際", "政治", "経済", "科学", "スポーツ", "オピニオン"], sub="購読",
            cookie="当サイトはコンテンツと広告の最適化およびアクセス解析のためにクッキーを使用しています。",
            acc="すべて許可", rej="必要なもののみ", rel="関連記事", foot=["会社概要", "お問い合わせ", "利用規約", "プライバシー"], rights="無断転載を禁じます。"),
}

def build(spec):
    head, body = spec.split("\n---\n", 1)
    m = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n")]
    ui = UI[m["lang"]]
    e = html.escape
    url = f"https://{m['domain']}{m['path']}"
    pub = m["published"] + m["offset"]
    desc = paras[0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
                     "datePublished": pub, "author": {"@type": "Person", "name": m["author"]},
                     "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": url,
                     "inLanguage": m["lang"]}, ensure_ascii=False)
    nav = "\n".join(f'        <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in ui["nav"])
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(m["related"].split(" | ")))
    foot = "\n".join(f'      <li><a href="/f/{i}">{e(f)}</a></li>' for i, f in enumerate(ui["foot"]))
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])} - {e(m['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{ld}</script>
</head>
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(m['outlet'])}</a>
    <nav><ul class="menu">
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main class="layout">
    <article>
      <span class="kicker">{e(m['section'])}</span>
      <h1 class="headline">{e(m['title'])}</h1>
      <div class="meta"><span class="author">{e(m['author'])}</span> <time datetime="{pub}">{e(m['dateline'])}</time></div>
      <div class="story-body" itemprop="articleBody">
{ps}
      </div>
    </article>
    <aside class="related">
      <h3>{e(ui['rel'])}</h3>
      <ul>
{rel}
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
    <p>&copy; {m['published'][:4]} {e(m['outlet'])}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""

if __name__ == "__main__":
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for n in names:
        out = HERE / "cases" / n
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build((HERE / "specs" / f"{n}.txt").read_text()), encoding="utf-8")
        print("wrote", n)
