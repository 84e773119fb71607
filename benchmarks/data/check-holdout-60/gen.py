"""Render specs/<case>.txt into cases/<case>/source.html.

A spec is "key: value" header lines, a line "---", then body paragraphs
separated by blank lines. Everything is fictional; domains use .example.
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": ("Subscribe", "Most read", "We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.", "Accept all", "Reject non-essential", "About us", "Contact", "Privacy policy", "All rights reserved."),
    "fr": ("S'abonner", "Les plus lus", "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.", "Tout accepter", "Tout refuser", "Qui sommes-nous", "Contact", "Confidentialité", "Tous droits réservés."),
    "de": ("Abonnieren", "Meistgelesen", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.", "Alle akzeptieren", "Ablehnen", "Über uns", "Kontakt", "Datenschutz", "Alle Rechte vorbehalten."),
    "es": ("Suscríbete", "Lo más leído", "Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar su elección en cualquier momento.", "Aceptar todo", "Rechazar", "Quiénes somos", "Contacto", "Privacidad", "Todos los derechos reservados."),
    "ja": ("購読する", "よく読まれている記事", "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。", "すべて許可", "拒否する", "会社概要", "お問い合わせ", "プライバシーポリシー", "無断転載を禁じます。"),
}
NAV = {
    "en": ["World", "Economy", "Politics", "Health", "Business", "Opinion"],
    "fr": ["Monde", "Économie", "Politique", "Santé", "Entreprises", "Débats"],
    "de": ["Welt", "Wirtschaft", "Politik", "Gesundheit", "Unternehmen", "Meinung"],
    "es": ["Mundo", "Economía", "Política", "Salud", "Empresas", "Opinión"],
    "ja": ["国際", "経済", "政治", "医療", "企業", "オピニオン"],
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    return meta, paras


def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    ui = UI[lang]
    url = "https://" + meta["domain"] + meta["path"]
    outlet = meta["outlet"]
    title = meta["title"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"        <p>{e(p)}</p>" for p in paras)
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
  <link rel="stylesheet" href="/assets/main.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav class="primary">
      <ul>
{nav}
      </ul>
    </nav>
    <a class="cta" href="/subscribe/">{e(ui[0])}</a>
  </header>
  <main>
    <article>
      <header>
        <span class="section">{e(meta['section'])}</span>
        <h1>{e(title)}</h1>
        <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timelabel'])}</time></p>
      </header>
      <div class="article-body">
{body}
      </div>
    </article>
    <aside class="rail">
      <h3>{e(ui[1])}</h3>
      <ol><li><a href="/r/1">Newsletter</a></li><li><a href="/r/2">Podcast</a></li></ol>
    </aside>
  </main>
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>{e(ui[2])}</p>
    <button>{e(ui[3])}</button> <button>{e(ui[4])}</button>
  </div>
  <footer class="site-footer">
    <ul><li><a href="/about/">{e(ui[5])}</a></li><li><a href="/contact/">{e(ui[6])}</a></li><li><a href="/privacy/">{e(ui[7])}</a></li></ul>
    <p>&copy; {meta['published'][:4]} {e(outlet)}. {e(ui[8])}</p>
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
        meta, paras = parse(spec)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print(name, "url:", "https://" + meta["domain"] + meta["path"], "body chars:", sum(len(p) for p in paras))


if __name__ == "__main__":
    main(sys.argv[1:])
