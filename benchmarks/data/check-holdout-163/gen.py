#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec: 'key: value' header lines, a line '---', then paragraphs separated by
blank lines. Keys: lang outlet domain published (ISO with offset) display
(the outlet's own date line) title section author path related (a|b|c).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {
    "en": ["World", "Business", "Food", "Money", "Opinion", "Local"],
    "fr": ["Monde", "Économie", "Conso", "Régions", "Opinions", "Vidéos"],
    "de": ["Politik", "Wirtschaft", "Verbraucher", "Regional", "Meinung", "Video"],
    "es": ["Nacional", "Economía", "Consumo", "Opinión", "Regiones", "Vídeo"],
    "ja": ["国内", "経済", "暮らし", "地域", "オピニオン", "動画"],
}
COOKIE = {
    "en": "We use cookies to improve your experience and to show personalised ads. <button>Accept all</button> <button>Manage choices</button>",
    "fr": "Nous utilisons des cookies pour mesurer l'audience et personnaliser les publicités. <button>Tout accepter</button> <button>Paramétrer</button>",
    "de": "Wir verwenden Cookies, um unser Angebot zu verbessern und Werbung anzuzeigen. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
    "es": "Utilizamos cookies propias y de terceros para analizar el tráfico y mostrar publicidad. <button>Aceptar</button> <button>Configurar</button>",
    "ja": "当サイトはサービス向上と広告配信のためにクッキーを使用しています。 <button>同意する</button> <button>設定</button>",
}
REL = {"en": "Related stories", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Te puede interesar", "ja": "関連記事"}
FOOT = {"en": "All rights reserved. About us · Contact · Privacy · Terms",
        "fr": "Tous droits réservés. Qui sommes-nous · Contact · Confidentialité · Mentions légales",
        "de": "Alle Rechte vorbehalten. Impressum · Kontakt · Datenschutz · AGB",
        "es": "Todos los derechos reservados. Quiénes somos · Contacto · Privacidad · Aviso legal",
        "ja": "無断転載を禁じます。 会社概要・お問い合わせ・プライバシーポリシー・利用規約"}


def parse(text):
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    e = html.escape
    lang = meta["lang"]
    url = f"https://{meta['domain']}{meta['path']}"
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[lang])
    rel = "\n".join(f'        <li><a href="/more/{i}">{e(t)}</a></li>' for i, t in enumerate(meta["related"].split("|"), 1))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent">{COOKIE[lang]}</div>
  <header class="masthead">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(meta['title'])}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['display'])}</time></div>
{body}
    </article>
    <aside class="related">
      <h2>{REL[lang]}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer>
    <p>© 2026 {e(meta['outlet'])}. {FOOT[lang]}</p>
  </footer>
</body>
</html>
"""


def main():
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for name in names:
        meta, paras = parse((HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8"))
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{name}: {words} {'words' if meta['lang'] != 'ja' else 'chars'}")


if __name__ == "__main__":
    main()
