#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are written by hand in cases/)."""
import html, json, pathlib, datetime

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": ("World", "Business", "Technology", "Markets", "Opinion", "Subscribe", "Most read", "Related",
           "We use cookies to personalise content and ads and to analyse our traffic.", "Accept all", "Reject",
           "About us", "Contact", "Privacy policy", "All rights reserved."),
    "fr": ("Monde", "Économie", "Tech", "Marchés", "Opinions", "S'abonner", "Les plus lus", "À lire aussi",
           "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience.", "Tout accepter", "Refuser",
           "Qui sommes-nous", "Contact", "Confidentialité", "Tous droits réservés."),
    "de": ("Welt", "Wirtschaft", "Technik", "Börse", "Meinung", "Abonnieren", "Meistgelesen", "Mehr zum Thema",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen",
           "Impressum", "Kontakt", "Datenschutz", "Alle Rechte vorbehalten."),
    "es": ("Mundo", "Economía", "Tecnología", "Mercados", "Opinión", "Suscríbete", "Lo más leído", "Relacionadas",
           "Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar",
           "Quiénes somos", "Contacto", "Privacidad", "Todos los derechos reservados."),
    "ja": ("国際", "経済", "テクノロジー", "マーケット", "オピニオン", "購読する", "よく読まれている記事", "関連記事",
           "当サイトではコンテンツの最適化とアクセス解析のためにクッキーを使用しています。", "すべて許可", "拒否",
           "会社概要", "お問い合わせ", "プライバシーポリシー", "無断転載を禁じます。"),
}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    ui = UI[meta["lang"]]
    sep = meta.get("sep", " - ")
    title = meta["title"]
    pub = meta["published"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "dateModified": pub, "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"]}
    related = meta.get("related", "").split(" | ")
    body = "\n".join(f"        <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related) if r)
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta.get('section', ui[2]))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav class="main-nav"><ul>
      <li><a href="/world/">{ui[0]}</a></li><li><a href="/business/">{ui[1]}</a></li>
      <li><a href="/tech/">{ui[2]}</a></li><li><a href="/markets/">{ui[3]}</a></li>
      <li><a href="/opinion/">{ui[4]}</a></li>
    </ul></nav>
    <a class="cta" href="/subscribe/">{ui[5]}</a>
  </header>
  <main>
    <article>
      <p class="kicker">{e(meta.get('section', ui[2]))}</p>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{pub}">{e(meta['dateline'])}</time></p>
      <div class="article-body">
{body}
      </div>
    </article>
    <aside class="related">
      <h2>{ui[7]}</h2>
      <ul>
{rel}
      </ul>
      <h2>{ui[6]}</h2>
      <ol><li><a href="/newsletter/">Newsletter</a></li><li><a href="/podcast/">Podcast</a></li></ol>
    </aside>
  </main>
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>{ui[8]}</p>
    <button class="accept">{ui[9]}</button> <button class="reject">{ui[10]}</button>
  </div>
  <footer class="site-footer">
    <ul><li><a href="/about/">{ui[11]}</a></li><li><a href="/contact/">{ui[12]}</a></li><li><a href="/privacy/">{ui[13]}</a></li></ul>
    <p>&copy; {pub[:4]} {e(meta['outlet'])}. {ui[14]}</p>
  </footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main()
