"""Render specs/<case>.json into cases/<case>/source.html.

Each spec is hand-written: lang, site, domain, path, published (ISO 8601 with
the outlet's UTC offset), time_display, author, section, title, description,
paragraphs. Everything is fictional; every domain is under .example.
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": (["World", "Politics", "Business", "Opinion", "Culture"], "Subscribe",
           "We use cookies to improve your experience and to measure our audience. You can change your choices at any time.",
           "Accept all", "Reject", "Most read", "About us", "Contact", "Privacy", "All rights reserved."),
    "fr": (["Monde", "Politique", "Économie", "Idées", "Culture"], "S'abonner",
           "Nous utilisons des cookies pour améliorer votre expérience et mesurer notre audience. Vous pouvez modifier vos choix à tout moment.",
           "Tout accepter", "Refuser", "Les plus lus", "Qui sommes-nous", "Contact", "Confidentialité", "Tous droits réservés."),
    "de": (["Welt", "Politik", "Wirtschaft", "Meinung", "Kultur"], "Abonnieren",
           "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und die Reichweite zu messen. Sie können Ihre Auswahl jederzeit ändern.",
           "Alle akzeptieren", "Ablehnen", "Meistgelesen", "Über uns", "Kontakt", "Datenschutz", "Alle Rechte vorbehalten."),
    "es": (["Mundo", "Política", "Economía", "Opinión", "Cultura"], "Suscribirse",
           "Utilizamos cookies para mejorar su experiencia y medir nuestra audiencia. Puede cambiar sus preferencias en cualquier momento.",
           "Aceptar todo", "Rechazar", "Lo más leído", "Quiénes somos", "Contacto", "Privacidad", "Todos los derechos reservados."),
    "ja": (["国際", "政治", "経済", "オピニオン", "文化"], "購読する",
           "当サイトは利便性の向上と利用状況の分析のためにクッキーを使用します。設定はいつでも変更できます。",
           "すべて許可", "拒否", "よく読まれている記事", "会社概要", "お問い合わせ", "プライバシー", "無断転載を禁じます。"),
}


def render(spec):
    e = lambda s: html.escape(s, quote=True)
    nav, sub, cookie, acc, rej, most, about, contact, priv, rights = NAV[spec["lang"]]
    url = f"https://{spec['domain']}{spec['path']}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": spec["title"], "datePublished": spec["published"],
          "author": {"@type": "Person", "name": spec["author"]},
          "publisher": {"@type": "Organization", "name": spec["site"]},
          "mainEntityOfPage": url, "inLanguage": spec["lang"]}
    paras = "\n".join(f"        <p>{e(p)}</p>" for p in spec["paragraphs"])
    navs = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(nav))
    year = spec["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{spec['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(spec['title'])} | {e(spec['site'])}</title>
  <meta name="description" content="{e(spec['description'])}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(spec['site'])}">
  <meta property="og:title" content="{e(spec['title'])}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{spec['published']}">
  <meta property="article:section" content="{e(spec['section'])}">
  <meta name="author" content="{e(spec['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">{e(spec['site'])}</a>
    <nav class="main-nav">
      <ul>
{navs}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(sub)}</a>
  </header>
  <main>
    <article>
      <p class="kicker">{e(spec['section'])}</p>
      <h1>{e(spec['title'])}</h1>
      <p class="byline"><span class="author">{e(spec['author'])}</span> <time datetime="{spec['published']}">{e(spec['time_display'])}</time></p>
      <div class="article-body">
{paras}
      </div>
    </article>
    <aside class="sidebar">
      <h3>{e(most)}</h3>
      <ol><li><a href="/more/1">Newsletter</a></li><li><a href="/more/2">Podcast</a></li></ol>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(cookie)}</p>
    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button>
  </div>
  <footer class="site-footer">
    <ul><li><a href="/about/">{e(about)}</a></li><li><a href="/contact/">{e(contact)}</a></li><li><a href="/privacy/">{e(priv)}</a></li></ul>
    <p>&copy; {year} {e(spec['site'])}. {e(rights)}</p>
  </footer>
</body>
</html>
"""


def body_len(spec):
    return len("\n".join(spec["paragraphs"]))


def main(names):
    specs = sorted((HERE / "specs").glob("*.json"))
    for p in specs:
        name = p.stem
        if names and name not in names:
            continue
        spec = json.loads(p.read_text(encoding="utf-8"))
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(spec), encoding="utf-8")
        print(f"{name}: {spec['lang']} body {body_len(spec)} chars")


if __name__ == "__main__":
    main(sys.argv[1:])
