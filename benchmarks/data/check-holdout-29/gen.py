#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: "key: value" header lines (lang, outlet, domain, url, title,
published, author, section, kicker_time), a blank line, then the article body
as paragraphs separated by blank lines. A paragraph starting with "## " is a
sub-heading.
"""
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHROME = {
    "en": dict(menu=["World", "Politics", "Business", "Health", "Transport", "Opinion"],
               subscribe="Subscribe", share="Share this story:", mail="Email", link="Copy link",
               most="Most read", more=["Newsletter: the day's main stories in your inbox",
                                       "Podcast: the week in local politics"],
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               footer=["About us", "Contact", "Terms of use", "Privacy policy"],
               rights="All rights reserved."),
    "fr": dict(menu=["International", "Politique", "Économie", "Santé", "Transports", "Débats"],
               subscribe="S'abonner", share="Partager cet article :", mail="E-mail", link="Copier le lien",
               most="Les plus lus", more=["Newsletter : l'essentiel de l'actualité chaque matin",
                                          "Podcast : la semaine en région"],
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment dans les paramètres de confidentialité.",
               accept="Tout accepter", reject="Refuser les cookies non essentiels", manage="Gérer mes préférences",
               footer=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Données personnelles"],
               rights="Tous droits réservés."),
    "de": dict(menu=["Welt", "Politik", "Wirtschaft", "Gesundheit", "Verkehr", "Meinung"],
               subscribe="Abonnieren", share="Artikel teilen:", mail="E-Mail", link="Link kopieren",
               most="Meistgelesen", more=["Newsletter: die wichtigsten Nachrichten am Morgen",
                                          "Podcast: die Woche in der Region"],
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und unsere Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit in den Datenschutzeinstellungen ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen verwalten",
               footer=["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"],
               rights="Alle Rechte vorbehalten."),
    "es": dict(menu=["Mundo", "Política", "Economía", "Salud", "Transporte", "Opinión"],
               subscribe="Suscríbete", share="Comparte esta noticia:", mail="Correo", link="Copiar enlace",
               most="Lo más leído", more=["Boletín: las noticias del día en tu correo",
                                          "Pódcast: la semana en la región"],
               cookie="Utilizamos cookies y tecnologías similares para personalizar el contenido y los anuncios y para analizar nuestro tráfico. Puedes cambiar tus preferencias en cualquier momento en la configuración de privacidad.",
               accept="Aceptar todo", reject="Rechazar las no esenciales", manage="Gestionar preferencias",
               footer=["Quiénes somos", "Contacto", "Aviso legal", "Política de privacidad"],
               rights="Todos los derechos reservados."),
    "ja": dict(menu=["国際", "政治", "経済", "医療・健康", "交通", "オピニオン"],
               subscribe="購読する", share="この記事を共有:", mail="メール", link="リンクをコピー",
               most="よく読まれている記事", more=["ニュースレター:毎朝の主なニュースをお届け",
                                                "ポッドキャスト:今週の地域ニュース"],
               cookie="当サイトでは、コンテンツや広告のパーソナライズとアクセス解析のためにCookieおよび類似の技術を使用しています。設定はプライバシー設定からいつでも変更できます。",
               accept="すべて同意する", reject="必須以外を拒否", manage="設定を管理",
               footer=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"],
               rights="無断転載を禁じます。"),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    c = CHROME[meta["lang"]]
    e = lambda s: html.escape(s, quote=True)
    first = next(p for p in paras if not p.startswith("## "))
    desc = first[:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"]}
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(c["menu"]))
    more = "\n".join(f'        <li><a href="/more/{i}">{e(m)}</a></li>' for i, m in enumerate(c["more"]))
    foot = "\n".join(f'      <li><a href="/f/{i}/">{e(m)}</a></li>' for i, m in enumerate(c["footer"]))
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
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="masthead">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav class="main-nav">
      <ul class="menu">
{menu}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(c['subscribe'])}</a>
  </header>
  <main class="layout">
    <article class="story">
      <div class="story-header">
        <span class="kicker">{e(meta['section'])}</span>
        <h1 class="headline">{e(meta['title'])}</h1>
        <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{e(meta['published'])}">{e(meta['kicker_time'])}</time></div>
      </div>
      <div class="story-body" itemprop="articleBody">
{chr(10).join(body)}
      </div>
    </article>
    <div class="share">{e(c['share'])} <a href="/share/mail">{e(c['mail'])}</a> <a href="/share/link">{e(c['link'])}</a></div>
    <aside class="sidebar">
      <h3>{e(c['most'])}</h3>
      <ol>
{more}
      </ol>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{e(c['cookie'])}</p>
    <button class="accept">{e(c['accept'])}</button> <button class="reject">{e(c['reject'])}</button> <a href="/privacy/">{e(c['manage'])}</a>
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
    for spec in specs:
        name = spec.stem
        if names and name not in names:
            continue
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / name / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(meta, paras), encoding="utf-8")
        n = sum(len(p) for p in paras if not p.startswith("## "))
        print(f"{name}: {len(paras)} paragraphs, {n} body chars")


if __name__ == "__main__":
    main(sys.argv[1:])
