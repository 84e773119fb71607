#!/usr/bin/env python3
"""Render specs/<case>.txt into cases/<case>/source.html.

Spec format: `key: value` header lines, a line `---`, then body paragraphs
separated by blank lines. Keys: outlet, lang, title, url, published (ISO with
UTC offset), timestr (human date line), author, section, description.
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Health", "Education", "Property", "Food", "Opinion"],
    "fr": ["Monde", "Santé", "Éducation", "Immobilier", "Agriculture", "Débats"],
    "de": ["Politik", "Gesundheit", "Bildung", "Wohnen", "Landwirtschaft", "Meinung"],
    "es": ["Mundo", "Salud", "Educación", "Vivienda", "Campo", "Opinión"],
    "ja": ["国際", "医療", "教育", "住宅", "農業", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.", "Accept all", "Reject non-essential"),
    "fr": ("Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.", "Tout accepter", "Refuser"),
    "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.", "Alle akzeptieren", "Nur notwendige"),
    "es": ("Utilizamos cookies para personalizar contenidos y analizar el tráfico. Puede cambiar su elección en cualquier momento.", "Aceptar todo", "Rechazar"),
    "ja": ("当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。設定はいつでも変更できます。", "すべて許可", "必須のみ"),
}
FOOT = {
    "en": ["About us", "Contact", "Terms of use", "Privacy policy"],
    "fr": ["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"],
    "de": ["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"],
    "es": ["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"],
    "ja": ["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"],
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    return meta, [p for p in paras if p]


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    desc = meta.get("description") or paras[0][:150]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": title, "datePublished": meta["published"],
        "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {"@type": "Organization", "name": outlet},
        "mainEntityOfPage": url, "inLanguage": lang,
    }
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    c = COOKIE[lang]
    foot = "\n".join(f'      <li><a href="/f{i}/">{e(n)}</a></li>' for i, n in enumerate(FOOT[lang]))
    year = meta["published"][:4]
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
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav class="sections">
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main class="page">
    <article>
      <span class="kicker">{e(meta.get('section', ''))}</span>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timestr'])}</time></p>
{body}
    </article>
    <aside class="related">
      <h3>{e(NAV[lang][1])}</h3>
      <ul><li><a href="/r/1">Newsletter</a></li><li><a href="/r/2">Podcast</a></li></ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(c[0])}</p>
    <button class="accept">{e(c[1])}</button> <button class="reject">{e(c[2])}</button>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(outlet)}</p>
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
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print(name, sum(len(p) for p in paras))


if __name__ == "__main__":
    main(sys.argv[1:])
