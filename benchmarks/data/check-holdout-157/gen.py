#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: 'key: value' header lines, a line '---', then paragraphs
separated by blank lines. Keys: lang, outlet, domain, path, published
(ISO 8601 with the outlet's UTC offset), author, section, title, shown
(the human-readable date line), related (';'-separated headlines).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
UI = {
    "en": ("World", "Family", "Money", "Politics", "Opinion", "Subscribe", "Most read",
           "We use cookies to personalise content and ads and to analyse our traffic.",
           "Accept all", "Reject non-essential", "About us", "Contact", "Privacy policy", "All rights reserved."),
    "fr": ("Monde", "Famille", "Économie", "Politique", "Opinions", "S'abonner", "Les plus lus",
           "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience.",
           "Tout accepter", "Tout refuser", "Qui sommes-nous", "Contact", "Confidentialité", "Tous droits réservés."),
    "de": ("Welt", "Familie", "Wirtschaft", "Politik", "Meinung", "Abonnieren", "Meistgelesen",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
           "Alle akzeptieren", "Nur notwendige", "Über uns", "Kontakt", "Datenschutz", "Alle Rechte vorbehalten."),
    "es": ("Mundo", "Familia", "Economía", "Política", "Opinión", "Suscríbete", "Lo más leído",
           "Utilizamos cookies para personalizar el contenido y analizar el tráfico.",
           "Aceptar todo", "Rechazar", "Quiénes somos", "Contacto", "Privacidad", "Todos los derechos reservados."),
    "ja": ("国際", "くらし", "経済", "政治", "オピニオン", "購読する", "よく読まれている記事",
           "当サイトではコンテンツの最適化とアクセス解析のためにクッキーを使用しています。",
           "すべて許可", "必須のみ", "会社案内", "お問い合わせ", "プライバシーポリシー", "無断転載を禁じます。"),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    joiner = "" if meta["lang"] == "ja" else " "
    paras = [joiner.join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    e = html.escape
    lang = meta["lang"]
    ui = UI[lang]
    url = f"https://{meta['domain']}{meta['path']}"
    title, outlet = meta["title"], meta["outlet"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    related = [r.strip() for r in meta.get("related", "").split(";") if r.strip()]
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related))
    nav = "\n".join(f'        <li><a href="/s/{i}/">{e(x)}</a></li>' for i, x in enumerate(ui[:5]))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
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
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(ui[5])}</a>
  </header>
  <main class="layout">
    <article>
      <div class="story-header">
        <span class="kicker">{e(meta['section'])}</span>
        <h1 class="headline">{e(title)}</h1>
        <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['shown'])}</time></div>
      </div>
      <div class="story-body" itemprop="articleBody">
{ps}
      </div>
    </article>
    <aside class="sidebar">
      <h3>{e(ui[6])}</h3>
      <ol>
{rel}
      </ol>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(ui[7])}</p>
    <button class="accept">{e(ui[8])}</button> <button class="reject">{e(ui[9])}</button>
  </div>
  <footer class="site-footer">
    <ul>
      <li><a href="/about/">{e(ui[10])}</a></li>
      <li><a href="/contact/">{e(ui[11])}</a></li>
      <li><a href="/privacy/">{e(ui[12])}</a></li>
    </ul>
    <p>&copy; {meta['published'][:4]} {e(outlet)}. {e(ui[13])}</p>
  </footer>
</body>
</html>
"""


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        meta, paras = parse(HERE / "specs" / f"{name}.txt")
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print(name, "ok")


if __name__ == "__main__":
    main()
