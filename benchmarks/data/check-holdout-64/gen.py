#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: "key: value" header lines, a line "---", then one paragraph per
line (blank lines ignored).  Keys: lang, outlet, domain, path, published,
author, section, title, description (optional).
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": (["World", "Science", "Health", "Space", "Environment", "Opinion"], "Subscribe",
           "We use cookies and similar technologies to personalise content and measure our audience. You can change your choices at any time in Privacy settings.",
           "Accept all", "Reject non-essential", "About us", "Contact", "Terms of use", "Privacy policy", "All rights reserved.", "Most read"),
    "fr": (["Monde", "Sciences", "Santé", "Espace", "Planète", "Idées"], "S'abonner",
           "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
           "Tout accepter", "Tout refuser", "Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité", "Tous droits réservés.", "Les plus lus"),
    "de": (["Welt", "Wissen", "Gesundheit", "Raumfahrt", "Umwelt", "Meinung"], "Abonnieren",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und die Nutzung zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
           "Alle akzeptieren", "Nur notwendige", "Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz", "Alle Rechte vorbehalten.", "Meistgelesen"),
    "es": (["Mundo", "Ciencia", "Salud", "Espacio", "Medio ambiente", "Opinión"], "Suscribirse",
           "Utilizamos cookies para personalizar el contenido y analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
           "Aceptar todo", "Rechazar", "Quiénes somos", "Contacto", "Condiciones de uso", "Privacidad", "Todos los derechos reservados.", "Lo más leído"),
    "ja": (["国際", "科学", "医療", "宇宙", "環境", "オピニオン"], "購読する",
           "当サイトではコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
           "すべて許可", "必要なもののみ", "会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー", "無断転載を禁じます。", "よく読まれている記事"),
}


def parse(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.splitlines() if p.strip()]
    return meta, paras


def build(name):
    meta, paras = parse(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]
    nav, sub, cookie, acc, rej, about, contact, terms, privacy, rights, most = UI[lang]
    url = f"https://{meta['domain']}{meta['path']}"
    title = meta["title"]
    outlet = meta["outlet"]
    desc = meta.get("description") or paras[0][:150]
    pub = meta["published"]
    e = lambda s: html.escape(s, quote=True)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": title, "datePublished": pub, "inLanguage": lang,
                     "author": {"@type": "Person", "name": meta["author"]},
                     "publisher": {"@type": "Organization", "name": outlet},
                     "mainEntityOfPage": url}, ensure_ascii=False)
    navhtml = "\n".join(f'        <li><a href="/{n.lower().replace(" ", "-")}/">{e(n)}</a></li>' for n in nav)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    year = pub[:4]
    page = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} | {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{ld}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav class="primary-nav">
      <ul>
{navhtml}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(sub)}</a>
  </header>
  <main class="page">
    <article>
      <header class="article-header">
        <span class="kicker">{e(meta['section'])}</span>
        <h1>{e(title)}</h1>
        <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{pub}">{pub[:10]} {pub[11:16]}</time></p>
      </header>
      <div class="article-body">
{body}
      </div>
    </article>
    <aside class="sidebar">
      <h3>{e(most)}</h3>
      <ol>
        <li><a href="/newsletters/">Newsletter</a></li>
        <li><a href="/podcasts/">Podcast</a></li>
      </ol>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(cookie)}</p>
    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button>
  </div>
  <footer class="site-footer">
    <ul>
      <li><a href="/about/">{e(about)}</a></li>
      <li><a href="/contact/">{e(contact)}</a></li>
      <li><a href="/terms/">{e(terms)}</a></li>
      <li><a href="/privacy/">{e(privacy)}</a></li>
    </ul>
    <p>&copy; {year} {e(outlet)}. {e(rights)}</p>
  </footer>
</body>
</html>
"""
    out = HERE / "cases" / name
    out.mkdir(parents=True, exist_ok=True)
    (out / "source.html").write_text(page, encoding="utf-8")
    return len("".join(paras))


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        print(n, build(n))
