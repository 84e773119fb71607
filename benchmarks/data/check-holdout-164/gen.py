#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: 'key: value' header lines, a line '---', then the article
paragraphs separated by blank lines."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
UI = {
    "en": dict(nav=["World", "Business", "Travel", "Aviation", "Opinion"], sub="Subscribe",
               cookie="We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               acc="Accept all", rej="Reject non-essential", more="Related stories",
               rel=["Newsletter: the day's main stories in your inbox", "Podcast: the week in travel"],
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(nav=["Monde", "Économie", "Voyage", "Aérien", "Opinions"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
               acc="Tout accepter", rej="Continuer sans accepter", more="À lire aussi",
               rel=["La newsletter du matin", "Podcast : la semaine de l'économie"],
               foot=["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"], rights="Tous droits réservés."),
    "de": dict(nav=["Politik", "Wirtschaft", "Reise", "Luftfahrt", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               acc="Alle akzeptieren", rej="Nur notwendige", more="Mehr zum Thema",
               rel=["Newsletter: Der Morgen kompakt", "Podcast: Die Woche in der Wirtschaft"],
               foot=["Impressum", "Kontakt", "AGB", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(nav=["Mundo", "Economía", "Viajes", "Aviación", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico. Puede cambiar su elección en cualquier momento.",
               acc="Aceptar todo", rej="Rechazar", more="Te puede interesar",
               rel=["Boletín: las noticias del día", "Pódcast: la semana económica"],
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "ja": dict(nav=["国際", "経済", "旅行", "航空", "オピニオン"], sub="購読する",
               cookie="当サイトはクッキーを使用してコンテンツの最適化とアクセス解析を行っています。設定はいつでも変更できます。",
               acc="すべて許可", rej="必須のみ", more="関連記事",
               rel=["ニュースレター:朝の主要ニュース", "ポッドキャスト:今週の経済"],
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    ui = UI[meta["lang"]]
    sep = " %s " % meta.get("sep", "-")
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"]}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(n)}</a></li>' for i, n in enumerate(ui["rel"]))
    foot = "\n".join(f'      <li><a href="/info/{i}">{e(n)}</a></li>' for i, n in enumerate(ui["foot"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{e(sep)}{e(meta['outlet'])}</title>
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
  <link rel="stylesheet" href="/static/css/main.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(meta['title'])}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timestr'])}</time></div>
{body}
    </article>
    <aside class="related">
      <h3>{e(ui['more'])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['acc'])}</button> <button class="reject">{e(ui['rej'])}</button>
  </div>
  <footer>
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(meta['outlet'])}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""


def main():
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for name in names:
        meta, paras = parse(HERE / "specs" / f"{name}.txt")
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{name}: {words} {'chars' if meta['lang']=='ja' else 'words'}")


if __name__ == "__main__":
    main()
