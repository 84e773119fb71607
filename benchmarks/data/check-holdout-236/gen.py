#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: "key: value" header lines, a line "---", then the article
paragraphs separated by blank lines.  Keys: lang, outlet, domain, path,
published (ISO 8601 with the outlet's UTC offset), time_display, author,
section, title, related (";"-separated headlines).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
UI = {
    "en": ("Health", "Most read", "We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.", "Accept all", "Reject", "About us", "Contact", "Privacy policy", "All rights reserved."),
    "fr": ("Santé", "Les plus lus", "Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic. Vous pouvez modifier vos choix à tout moment.", "Tout accepter", "Refuser", "Qui sommes-nous", "Contact", "Confidentialité", "Tous droits réservés."),
    "de": ("Gesundheit", "Meistgelesen", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.", "Alle akzeptieren", "Ablehnen", "Impressum", "Kontakt", "Datenschutz", "Alle Rechte vorbehalten."),
    "es": ("Salud", "Lo más leído", "Utilizamos cookies para personalizar el contenido y analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.", "Aceptar todo", "Rechazar", "Quiénes somos", "Contacto", "Privacidad", "Todos los derechos reservados."),
    "ja": ("医療・健康", "よく読まれている記事", "当サイトではサービス向上のためにクッキーを使用しています。設定はいつでも変更できます。", "すべて許可", "拒否", "会社案内", "お問い合わせ", "プライバシーポリシー", "無断転載を禁じます。"),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    return meta, paras

def build(meta, paras):
    e = html.escape
    lang = meta["lang"]
    ui = UI[lang]
    url = f"https://{meta['domain']}{meta['path']}"
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": lang}
    related = [r.strip() for r in meta.get("related", "").split(";") if r.strip()]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ui[0]))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul class="menu">
      <li><a href="/news/">News</a></li>
      <li><a href="/health/">{e(ui[0])}</a></li>
      <li><a href="/politics/">Politics</a></li>
      <li><a href="/business/">Business</a></li>
      <li><a href="/sport/">Sport</a></li>
    </ul></nav>
  </header>
  <main class="layout">
    <article>
      <div class="story-header">
        <span class="kicker">{e(meta.get('section', ui[0]))}</span>
        <h1 class="headline">{e(meta['title'])}</h1>
        <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['time_display'])}</time></div>
      </div>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
    </article>
    <aside class="sidebar">
      <h3>{e(ui[1])}</h3>
      <ol>
{rel}
      </ol>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{e(ui[2])}</p>
    <button class="accept">{e(ui[3])}</button> <button class="reject">{e(ui[4])}</button>
  </div>
  <footer class="site-footer">
    <ul>
      <li><a href="/about/">{e(ui[5])}</a></li>
      <li><a href="/contact/">{e(ui[6])}</a></li>
      <li><a href="/privacy/">{e(ui[7])}</a></li>
    </ul>
    <p>&copy; {year} {e(meta['outlet'])}. {e(ui[8])}</p>
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
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{name}: {words} {'chars' if meta['lang']=='ja' else 'words'}")

if __name__ == "__main__":
    main(sys.argv[1:])
