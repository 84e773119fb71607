#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

Spec: 'key: value' header lines, a line '---', then paragraphs separated by
blank lines. Keys: lang outlet url published display author section title
description (optional)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
UI = {
 "en": dict(nav=["World", "Business", "Film", "Culture", "Opinion"], sub="Subscribe", share="Share this story", most="Most read",
            cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic.",
            acc="Accept all", rej="Reject non-essential", rel=["Newsletter: the week in film", "Podcast: the reel story", "Reviews: this week's new releases"],
            foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
 "fr": dict(nav=["Monde", "Économie", "Cinéma", "Culture", "Idées"], sub="S'abonner", share="Partager cet article", most="Les plus lus",
            cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et analyser notre trafic.",
            acc="Tout accepter", rej="Refuser", rel=["Lettre d'information : l'actualité du cinéma", "Critiques : les sorties de la semaine", "Podcast : le grand écran"],
            foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés."),
 "de": dict(nav=["Politik", "Wirtschaft", "Kino", "Kultur", "Meinung"], sub="Abonnieren", share="Artikel teilen", most="Meistgelesen",
            cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und unsere Zugriffe zu analysieren.",
            acc="Alle akzeptieren", rej="Nur notwendige", rel=["Newsletter: Die Kinowoche", "Kritiken: Die Neustarts", "Podcast: Abspann"],
            foot=["Impressum", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten."),
 "es": dict(nav=["Internacional", "Economía", "Cine", "Cultura", "Opinión"], sub="Suscríbete", share="Compartir", most="Lo más leído",
            cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar nuestro tráfico.",
            acc="Aceptar todo", rej="Rechazar", rel=["Boletín: la semana del cine", "Críticas: los estrenos del viernes", "Pódcast: fuera de plano"],
            foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
 "ja": dict(nav=["国際", "経済", "映画", "文化", "オピニオン"], sub="購読する", share="この記事をシェア", most="よく読まれている記事",
            cookie="当サイトはコンテンツや広告の最適化とアクセス解析のためにCookieを使用しています。",
            acc="すべて許可", rej="必要なもののみ", rel=["ニュースレター:今週の映画", "新作レビュー", "ポッドキャスト:銀幕の裏側"],
            foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}

def parse(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras

def render(meta, paras):
    ui = UI[meta["lang"]]
    e = lambda s: html.escape(s, quote=True)
    desc = meta.get("description") or paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"],
          "inLanguage": meta["lang"]}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(n)}</a></li>' for i, n in enumerate(ui["rel"]))
    foot = "\n".join(f'      <li><a href="/f/{i}">{e(n)}</a></li>' for i, n in enumerate(ui["foot"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
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
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul class="menu">
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main class="layout">
    <article>
    <div class="story-header">
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(meta['title'])}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['display'])}</time></div>
    </div>
    <div class="story-body" itemprop="articleBody">
{body}
    </div>
    </article>
    <div class="share">{e(ui['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="sidebar">
      <h3>{e(ui['most'])}</h3>
      <ol>
{rel}
      </ol>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['acc'])}</button> <button class="reject">{e(ui['rej'])}</button>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(meta['outlet'])}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""

def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        if names and sp.stem not in names:
            continue
        meta, paras = parse(sp)
        out = HERE / "cases" / sp.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{sp.stem}: {len(paras)} paragraphs, {words} {'chars' if meta['lang']=='ja' else 'words'}")

if __name__ == "__main__":
    main(set(sys.argv[1:]))
