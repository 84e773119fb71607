#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: "key: value" header lines, a line "---", then the article
paragraphs separated by blank lines. Lines starting with "## " become <h2>
subheadings. Header keys: lang, outlet, domain, path, published (ISO with the
outlet's UTC offset), timestr (the date line as the outlet prints it), author,
section, title, related (repeatable).
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(menu=["World", "Business", "Property", "Money", "Opinion", "Culture"],
               sub="Subscribe", share="Share this story", mail="Email", copy="Copy link",
               related="Related stories", most="Most read",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               acc="Accept all", rej="Reject non-essential", manage="Manage preferences",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.",
               most_items=["Newsletter: the day's main stories in your inbox", "Podcast: the week in money"]),
    "fr": dict(menu=["International", "Économie", "Immobilier", "Argent", "Débats", "Culture"],
               sub="S'abonner", share="Partager cet article", mail="E-mail", copy="Copier le lien",
               related="Sur le même sujet", most="Les plus lus",
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour mesurer notre audience. Vous pouvez modifier vos choix à tout moment.",
               acc="Tout accepter", rej="Tout refuser", manage="Paramétrer",
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés.",
               most_items=["La lettre du matin : l'essentiel de l'actualité", "Podcast : la semaine de l'argent"]),
    "de": dict(menu=["Politik", "Wirtschaft", "Immobilien", "Geld", "Meinung", "Kultur"],
               sub="Abonnieren", share="Artikel teilen", mail="E-Mail", copy="Link kopieren",
               related="Mehr zum Thema", most="Meistgelesen",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Nutzung unserer Website zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               acc="Alle akzeptieren", rej="Nur notwendige", manage="Einstellungen",
               foot=["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten.",
               most_items=["Newsletter: Der Morgen kompakt", "Podcast: Die Woche in Zahlen"]),
    "es": dict(menu=["Internacional", "Economía", "Vivienda", "Mis finanzas", "Opinión", "Cultura"],
               sub="Suscríbete", share="Compartir", mail="Correo", copy="Copiar enlace",
               related="Más información", most="Lo más leído",
               cookie="Utilizamos cookies propias y de terceros para personalizar el contenido y los anuncios y para analizar nuestro tráfico. Puede cambiar su configuración en cualquier momento.",
               acc="Aceptar todo", rej="Rechazar", manage="Configurar",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados.",
               most_items=["Boletín: las claves del día", "Pódcast: la semana económica"]),
    "ja": dict(menu=["国際", "経済", "住まい", "マネー", "オピニオン", "文化"],
               sub="有料会員登録", share="この記事を共有", mail="メール", copy="リンクをコピー",
               related="関連記事", most="よく読まれている記事",
               cookie="当サイトでは、コンテンツや広告の表示、アクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               acc="すべて同意する", rej="必須のみ", manage="設定を変更",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。",
               most_items=["ニュースレター:朝の主要ニュース", "ポッドキャスト:今週のマネー"]),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {"related": []}
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(":", 1)
        k, v = k.strip(), v.strip()
        if k == "related":
            meta["related"].append(v)
        else:
            meta[k] = v
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    ui = UI[meta["lang"]]
    url = f"https://{meta['domain']}{meta['path']}"
    first = next(p for p in paras if not p.startswith("## "))
    desc = first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "…"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "dateModified": meta["published"],
          "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": url}
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(ui["menu"]))
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(meta["related"]))
    most = "\n".join(f'        <li><a href="/more/{i}">{e(r)}</a></li>' for i, r in enumerate(ui["most_items"]))
    foot = "\n".join(f'      <li><a href="/f/{i}">{e(f)}</a></li>' for i, f in enumerate(ui["foot"]))
    sep = {"fr": " | ", "es": " | ", "de": " – ", "en": " - ", "ja": "："}[meta["lang"]]
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
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
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul class="menu">
{menu}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main class="layout">
    <article>
    <div class="story-header">
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(meta['title'])}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timestr'])}</time></div>
    </div>
    <div class="story-body" itemprop="articleBody">
{chr(10).join(body)}
    </div>
    </article>
    <div class="share">{e(ui['share'])}: <a href="/share/mail">{e(ui['mail'])}</a> <a href="/share/link">{e(ui['copy'])}</a></div>
    <aside class="related">
      <h3>{e(ui['related'])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
    <aside class="sidebar">
      <h3>{e(ui['most'])}</h3>
      <ol>
{most}
      </ol>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['acc'])}</button> <button class="reject">{e(ui['rej'])}</button> <a href="/privacy/">{e(ui['manage'])}</a>
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
        name = sp.stem
        if names and name not in names:
            continue
        meta, paras = parse_spec(sp)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
