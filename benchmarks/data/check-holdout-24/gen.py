#!/usr/bin/env python3
"""Build cases/<name>/source.html from the plain specs in specs/<name>.txt.

A spec is a block of `key: value` lines, a line `---`, then the article body,
one paragraph per line (blank lines ignored). Digests and labels are written
by hand and are not touched here.
"""
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHROME = {
    "en": dict(menu=["World", "Business", "Science", "Sport", "Culture", "Opinion"],
               subscribe="Subscribe", share="Share this story:", mail="Email", link="Copy link",
               most="Most read", more=["Newsletter: the day's main stories in your inbox",
                                       "Podcast: the week in review"],
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(menu=["International", "Économie", "Sciences", "Sport", "Culture", "Idées"],
               subscribe="S'abonner", share="Partager cet article :", mail="E-mail", link="Copier le lien",
               most="Les plus lus", more=["Newsletter : l'essentiel de l'actualité chaque matin",
                                          "Podcast : la semaine en revue"],
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Refuser", manage="Paramétrer",
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Données personnelles"], rights="Tous droits réservés."),
    "de": dict(menu=["Politik", "Wirtschaft", "Wissen", "Sport", "Kultur", "Meinung"],
               subscribe="Abonnieren", share="Artikel teilen:", mail="E-Mail", link="Link kopieren",
               most="Meistgelesen", more=["Newsletter: Die wichtigsten Nachrichten am Morgen",
                                          "Podcast: Die Woche im Rückblick"],
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und unseren Datenverkehr zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               foot=["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(menu=["Internacional", "Economía", "Ciencia", "Deportes", "Cultura", "Opinión"],
               subscribe="Suscríbete", share="Compartir:", mail="Correo", link="Copiar enlace",
               most="Lo más leído", more=["Boletín: las noticias del día en tu correo",
                                          "Pódcast: la semana en resumen"],
               cookie="Utilizamos cookies y tecnologías similares para personalizar el contenido y los anuncios y para analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "pt": dict(menu=["Mundo", "Economia", "Ciência", "Desporto", "Cultura", "Opinião"],
               subscribe="Assinar", share="Partilhar:", mail="E-mail", link="Copiar ligação",
               most="Mais lidas", more=["Newsletter: as notícias do dia no seu e-mail",
                                        "Podcast: a semana em revista"],
               cookie="Utilizamos cookies e tecnologias semelhantes para personalizar conteúdos e anúncios e para analisar o nosso tráfego. Pode alterar as suas escolhas a qualquer momento.",
               accept="Aceitar tudo", reject="Rejeitar", manage="Gerir preferências",
               foot=["Quem somos", "Contactos", "Termos de utilização", "Privacidade"], rights="Todos os direitos reservados."),
    "nl": dict(menu=["Binnenland", "Buitenland", "Economie", "Sport", "Cultuur", "Opinie"],
               subscribe="Abonneren", share="Deel dit artikel:", mail="E-mail", link="Link kopiëren",
               most="Meest gelezen", more=["Nieuwsbrief: het belangrijkste nieuws in je inbox",
                                           "Podcast: de week in vogelvlucht"],
               cookie="Wij gebruiken cookies en vergelijkbare technieken om inhoud en advertenties te personaliseren en ons verkeer te analyseren. Je kunt je keuzes altijd wijzigen.",
               accept="Alles accepteren", reject="Weigeren", manage="Voorkeuren beheren",
               foot=["Over ons", "Contact", "Gebruiksvoorwaarden", "Privacy"], rights="Alle rechten voorbehouden."),
    "ja": dict(menu=["国内", "国際", "経済", "スポーツ", "文化", "オピニオン"],
               subscribe="購読する", share="この記事を共有:", mail="メール", link="リンクをコピー",
               most="よく読まれている記事", more=["ニュースレター:今日の主なニュースをメールで",
                                           "ポッドキャスト:1週間を振り返る"],
               cookie="当サイトでは、コンテンツや広告の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必須のみ", manage="設定を管理",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}


def read_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.splitlines() if p.strip()]
    return meta, paras


def render(meta, paras):
    c = CHROME[meta["lang"]]
    e = lambda s: html.escape(s, quote=True)
    title, outlet, url, pub = meta["title"], meta["outlet"], meta["url"], meta["published"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": meta["lang"]}
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(c["menu"]))
    more = "\n".join(f'        <li><a href="/more/{i}">{e(m)}</a></li>' for i, m in enumerate(c["more"]))
    foot = "\n".join(f'      <li><a href="/p/{i}/">{e(m)}</a></li>' for i, m in enumerate(c["foot"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    year = pub[:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(meta.get('title_sep', ' - '))}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{e(pub)}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav>
      <ul class="menu">
{menu}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(c['subscribe'])}</a>
  </header>
  <main class="layout">
    <article>
      <div class="story-header">
        <span class="kicker">{e(meta['section'])}</span>
        <h1 class="headline">{e(title)}</h1>
        <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{e(pub)}">{e(meta['shown_time'])}</time></div>
      </div>
      <div class="story-body" itemprop="articleBody">
{body}
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
    <p>&copy; {year} {e(outlet)}. {e(c['rights'])}</p>
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
        meta, paras = read_spec(sp)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print(name, sum(len(p) for p in paras), "chars")


if __name__ == "__main__":
    main(sys.argv[1:])
