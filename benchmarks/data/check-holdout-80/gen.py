"""Build cases/<name>/source.html from specs/<name>.txt (check-holdout-80).

Spec: "key: value" header lines, a line "---", then body paragraphs separated
by blank lines.  Keys: lang, outlet, domain, path, published, tzlabel,
section, author, title.
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

CHROME = {
    "en": dict(nav=["World", "Courts", "Crime", "Business", "Sport", "Opinion"], sub="Subscribe",
               cookie="We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.",
               share="Share this story", more="Most read"),
    "fr": dict(nav=["Monde", "Justice", "Faits divers", "Économie", "Sport", "Opinions"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic.",
               accept="Tout accepter", reject="Tout refuser", manage="Paramétrer",
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés.",
               share="Partager cet article", more="Les plus lus"),
    "de": dict(nav=["Welt", "Justiz", "Panorama", "Wirtschaft", "Sport", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und unsere Zugriffe zu analysieren.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               foot=["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten.",
               share="Artikel teilen", more="Meistgelesen"),
    "es": dict(nav=["Mundo", "Tribunales", "Sucesos", "Economía", "Deportes", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies para personalizar contenidos y anuncios y para analizar nuestro tráfico.",
               accept="Aceptar todas", reject="Rechazar", manage="Configurar",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados.",
               share="Compartir", more="Lo más leído"),
    "ja": dict(nav=["国際", "司法", "事件・事故", "経済", "スポーツ", "オピニオン"], sub="購読する",
               cookie="当サイトはコンテンツと広告の最適化およびアクセス解析のためにクッキーを使用しています。",
               accept="すべて同意", reject="必須のみ", manage="設定",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。",
               share="この記事をシェア", more="よく読まれている記事"),
}


def parse(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    joiner = "" if meta["lang"] == "ja" else " "
    paras = [joiner.join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    c = CHROME[meta["lang"]]
    e = lambda s: html.escape(s, quote=True)
    url = "https://" + meta["domain"] + meta["path"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": url}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(c["nav"]))
    foot = "\n".join(f'      <li><a href="/info/{i}/">{e(n)}</a></li>' for i, n in enumerate(c["foot"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} | {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="story">
  <header class="masthead">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav class="primary">
    <ul>
{nav}
    </ul>
    </nav>
    <a class="cta" href="/subscribe/">{e(c['sub'])}</a>
  </header>
  <main class="wrap">
    <article>
      <p class="kicker">{e(meta['section'])}</p>
      <h1>{e(meta['title'])}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['published'][:10])} {e(meta['published'][11:16])} {e(meta['tzlabel'])}</time></p>
{body}
    </article>
    <div class="share">{e(c['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="rail">
      <h3>{e(c['more'])}</h3>
      <ol><li><a href="/x/1">Newsletter</a></li><li><a href="/x/2">Podcast</a></li></ol>
    </aside>
  </main>
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>{e(c['cookie'])}</p>
    <button class="ok">{e(c['accept'])}</button> <button class="no">{e(c['reject'])}</button> <a href="/privacy/">{e(c['manage'])}</a>
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


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        name = sp.stem
        if names and name not in names:
            continue
        meta, paras = parse(sp)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        n = sum(len(p) for p in paras)
        print(f"{name}: {meta['lang']} body {n} chars")


if __name__ == "__main__":
    main(sys.argv[1:])
