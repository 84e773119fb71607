#!/usr/bin/env python3
"""Build cases/<name>/source.html from the plain specs in specs/<name>.txt.

A spec is a header of `key: value` lines, a line `---`, then the article body:
paragraphs separated by blank lines (a line starting `## ` becomes a <h2>).
Header keys: lang, outlet, url (canonical), title, published (ISO 8601 with the
outlet's UTC offset), shown (the date line as the outlet prints it), section,
author.  The page chrome (nav, cookie banner, sidebar, share bar, footer) is
written in the page's language.

Usage: python3 gen.py            (all specs)
       python3 gen.py NAME ...   (some)
"""
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHROME = {
    "en": dict(nav=["World", "Business", "Science", "Sport", "Culture", "Opinion"],
               subscribe="Subscribe", share="Share this story:", mail="Email", link="Copy link",
               most="Most read", more=["Newsletter: the day's main stories in your inbox",
                                       "Podcast: the week in review", "Letters to the editor"],
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(nav=["International", "Économie", "Sciences", "Sport", "Culture", "Idées"],
               subscribe="S'abonner", share="Partager cet article :", mail="Courriel", link="Copier le lien",
               most="Les plus lus", more=["Lettre d'information : l'essentiel du jour",
                                          "Podcast : la semaine en revue", "Courrier des lecteurs"],
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour analyser notre audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Refuser", manage="Paramétrer",
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés."),
    "de": dict(nav=["Politik", "Wirtschaft", "Wissen", "Sport", "Kultur", "Meinung"],
               subscribe="Abonnieren", share="Artikel teilen:", mail="E-Mail", link="Link kopieren",
               most="Meistgelesen", more=["Newsletter: Die wichtigsten Nachrichten des Tages",
                                          "Podcast: Die Woche im Rückblick", "Leserbriefe"],
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und die Nutzung unseres Angebots zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Ablehnen", manage="Einstellungen",
               foot=["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(nav=["Internacional", "Economía", "Ciencia", "Deportes", "Cultura", "Opinión"],
               subscribe="Suscríbete", share="Compartir esta noticia:", mail="Correo", link="Copiar enlace",
               most="Lo más leído", more=["Boletín: las noticias del día en tu correo",
                                          "Podcast: la semana en resumen", "Cartas al director"],
               cookie="Utilizamos cookies y tecnologías similares para personalizar el contenido y los anuncios y para analizar nuestro tráfico. Puedes cambiar tus preferencias en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "it": dict(nav=["Mondo", "Economia", "Scienza", "Sport", "Cultura", "Opinioni"],
               subscribe="Abbonati", share="Condividi:", mail="Email", link="Copia link",
               most="I più letti", more=["Newsletter: le notizie del giorno",
                                         "Podcast: la settimana in breve", "Lettere al direttore"],
               cookie="Utilizziamo cookie e tecnologie simili per personalizzare contenuti e annunci e per analizzare il nostro traffico. Puoi modificare le tue scelte in qualsiasi momento.",
               accept="Accetta tutto", reject="Rifiuta", manage="Gestisci preferenze",
               foot=["Chi siamo", "Contatti", "Termini d'uso", "Privacy"], rights="Tutti i diritti riservati."),
    "nl": dict(nav=["Binnenland", "Buitenland", "Economie", "Sport", "Cultuur", "Opinie"],
               subscribe="Abonneren", share="Deel dit artikel:", mail="E-mail", link="Link kopiëren",
               most="Meest gelezen", more=["Nieuwsbrief: het belangrijkste nieuws van de dag",
                                           "Podcast: de week in het kort", "Ingezonden brieven"],
               cookie="Wij gebruiken cookies en vergelijkbare technieken om inhoud en advertenties te personaliseren en ons verkeer te analyseren. U kunt uw keuze op elk moment wijzigen.",
               accept="Alles accepteren", reject="Weigeren", manage="Voorkeuren beheren",
               foot=["Over ons", "Contact", "Gebruiksvoorwaarden", "Privacybeleid"], rights="Alle rechten voorbehouden."),
    "ja": dict(nav=["国内", "国際", "経済", "科学", "スポーツ", "文化"],
               subscribe="購読する", share="この記事を共有:", mail="メール", link="リンクをコピー",
               most="よく読まれている記事", more=["ニュースレター:今日の主なニュース",
                                                "ポッドキャスト:1週間の振り返り", "読者の声"],
               cookie="当サイトでは、コンテンツや広告の表示を最適化し、アクセスを分析するためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="拒否する", manage="設定を管理",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}


def read_spec(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    e = lambda s: html.escape(s, quote=True)  # noqa: E731
    c = CHROME[meta["lang"]]
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    first = next(p for p in paras if not p.startswith("## "))
    desc = first if len(first) <= 160 else first[:157].rstrip() + "…"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(c["nav"]))
    more = "\n".join(f'        <li><a href="/more/{i}">{e(n)}</a></li>' for i, n in enumerate(c["more"]))
    foot = "\n".join(f'      <li><a href="/page/{i}/">{e(n)}</a></li>' for i, n in enumerate(c["foot"]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
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
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav>
      <ul class="menu">
{nav}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(c['subscribe'])}</a>
  </header>
  <main class="layout">
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(title)}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['shown'])}</time></div>
{chr(10).join(body)}
    </article>
    <div class="share">{e(c['share'])} <a href="/share/mail">{e(c['mail'])}</a> <a href="/share/link">{e(c['link'])}</a></div>
    <aside class="sidebar">
      <h3>{e(c['most'])}</h3>
      <ol>
{more}
      </ol>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
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
    if names:
        specs = [s for s in specs if s.stem in names]
    for spec in specs:
        meta, paras = read_spec(spec)
        out = HERE / "cases" / spec.stem / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(meta, paras), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
