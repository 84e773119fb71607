#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (one spec may feed several cases).

Spec: 'key: value' header lines, a line '---', then one paragraph per line.
Header keys: cases (space-separated case names), lang, outlet, host, url, title,
published (ISO with the outlet's UTC offset), shown (displayed time), author,
section, related (| separated).
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": ("Home|News|Cities|Transport|Business|Opinion", "Subscribe",
           "We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.",
           "Accept all", "Reject non-essential", "Related stories", "About us|Contact|Terms of use|Privacy policy", "All rights reserved.", "By"),
    "fr": ("Accueil|Actualités|Villes|Transports|Économie|Opinions", "S'abonner",
           "Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic.",
           "Tout accepter", "Continuer sans accepter", "À lire aussi", "Qui sommes-nous|Contact|Mentions légales|Confidentialité", "Tous droits réservés.", "Par"),
    "de": ("Startseite|Nachrichten|Städte|Verkehr|Wirtschaft|Meinung", "Abonnieren",
           "Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und unsere Zugriffe zu analysieren.",
           "Alle akzeptieren", "Nur notwendige", "Mehr zum Thema", "Über uns|Kontakt|AGB|Datenschutz", "Alle Rechte vorbehalten.", "Von"),
    "es": ("Portada|Noticias|Ciudades|Movilidad|Economía|Opinión", "Suscríbete",
           "Utilizamos cookies para personalizar contenidos y anuncios y para analizar nuestro tráfico.",
           "Aceptar todo", "Rechazar", "Te puede interesar", "Quiénes somos|Contacto|Aviso legal|Privacidad", "Todos los derechos reservados.", "Por"),
    "ja": ("トップ|ニュース|地域|交通|経済|オピニオン", "購読する",
           "当サイトはコンテンツと広告の最適化およびアクセス解析のためにクッキーを使用しています。",
           "すべて許可", "必須のみ", "関連記事", "会社概要|お問い合わせ|利用規約|プライバシーポリシー", "無断転載を禁じます。", ""),
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

def render(m, paras):
    e = html.escape
    nav, sub, cookie, acc, rej, rel, foot, rights, by = UI[m["lang"]]
    desc = paras[0][:157]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "inLanguage": m["lang"],
          "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]},
          "mainEntityOfPage": m["url"]}
    li = "\n".join(f'      <li><a href="/{i}/">{e(x)}</a></li>' for i, x in enumerate(nav.split("|")))
    rl = "\n".join(f'        <li><a href="/related/{i}">{e(x)}</a></li>' for i, x in enumerate(m["related"].split("|")))
    fl = "\n".join(f'      <li><a href="/p/{i}">{e(x)}</a></li>' for i, x in enumerate(foot.split("|")))
    ps = "\n".join(f"        <p>{e(p)}</p>" for p in paras)
    year = m["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])} - {e(m['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(m['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(m['url'])}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <link rel="stylesheet" href="/assets/site.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(m['outlet'])}</a>
    <nav><ul>
{li}
    </ul></nav>
    <a class="cta" href="/subscribe">{e(sub)}</a>
  </header>
  <main>
    <article>
      <p class="kicker">{e(m['section'])}</p>
      <h1>{e(m['title'])}</h1>
      <p class="byline">{e(by)} {e(m['author'])} · <time datetime="{m['published']}">{e(m['shown'])}</time></p>
      <div class="article-body">
{ps}
      </div>
    </article>
    <aside class="related">
      <h2>{e(rel)}</h2>
      <ul>
{rl}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" role="dialog">
    <p>{e(cookie)}</p>
    <button>{e(acc)}</button> <button>{e(rej)}</button>
  </div>
  <footer>
    <ul>
{fl}
    </ul>
    <p>&copy; {year} {e(m['outlet'])}. {e(rights)}</p>
  </footer>
</body>
</html>
"""

def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        m, paras = parse(spec)
        for case in m["cases"].split():
            d = HERE / "cases" / case
            d.mkdir(parents=True, exist_ok=True)
            (d / "source.html").write_text(render(m, paras), encoding="utf-8")
            print("wrote", d / "source.html")

if __name__ == "__main__":
    main()
