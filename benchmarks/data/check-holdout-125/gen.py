#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

A spec is `key: value` header lines, a line `---`, then the article text,
one paragraph per block (blank line between). Lines starting with `## `
become <h2> subheadings.
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(nav=["World", "Politics", "Business", "Society", "Science", "Opinion"],
               subscribe="Subscribe", share="Share this article", mail="Email", copy="Copy link",
               related="Related stories", most="Most read",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               footer=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(nav=["International", "Politique", "Économie", "Société", "Sciences", "Idées"],
               subscribe="S'abonner", share="Partager cet article", mail="E-mail", copy="Copier le lien",
               related="À lire aussi", most="Les plus lus",
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour analyser notre audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Tout refuser", manage="Paramétrer",
               footer=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés."),
    "de": dict(nav=["Politik", "Ausland", "Wirtschaft", "Gesellschaft", "Wissen", "Meinung"],
               subscribe="Abonnieren", share="Artikel teilen", mail="E-Mail", copy="Link kopieren",
               related="Mehr zum Thema", most="Meistgelesen",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und unsere Reichweite zu messen. Sie können Ihre Auswahl jederzeit in den Datenschutzeinstellungen ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               footer=["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz", "Impressum"], rights="Alle Rechte vorbehalten."),
    "es": dict(nav=["Internacional", "Política", "Economía", "Sociedad", "Ciencia", "Opinión"],
               subscribe="Suscríbete", share="Compartir", mail="Correo", copy="Copiar enlace",
               related="Noticias relacionadas", most="Lo más leído",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar nuestro tráfico. Puede cambiar su configuración en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               footer=["Quiénes somos", "Contacto", "Aviso legal", "Política de privacidad"], rights="Todos los derechos reservados."),
    "ja": dict(nav=["国内", "国際", "政治", "経済", "社会", "オピニオン"],
               subscribe="購読する", share="この記事を共有", mail="メール", copy="リンクをコピー",
               related="関連記事", most="よく読まれている記事",
               cookie="当サイトではコンテンツや広告の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必須のみ", manage="設定を管理",
               footer=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(b.split("\n")).strip() for b in body.strip().split("\n\n") if b.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    ui = UI[lang]
    url = "https://" + meta["domain"] + meta["path"]
    first = next(p for p in paras if not p.startswith("## "))
    desc = meta.get("description") or (first[:150].rsplit(" ", 1)[0] if lang != "ja" else first[:80])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "dateModified": meta.get("modified", meta["published"]),
          "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": url, "articleSection": meta["section"]}
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related))
    nav = "\n".join(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in ui["nav"])
    foot = "\n".join(f'      <li><a href="/info/{i}">{e(f)}</a></li>' for i, f in enumerate(ui["footer"]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{e(' ' + meta.get('suffix', '- ' + meta['outlet']))}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="og:image" content="https://{meta['domain']}/img/{meta['path'].strip('/').split('/')[-1]}.jpg">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="masthead">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul class="menu">
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(ui['subscribe'])}</a>
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
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="reject">{e(ui['reject'])}</button> <a href="/privacy/">{e(ui['manage'])}</a>
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
    for spec in specs:
        name = spec.stem
        if names and name not in names:
            continue
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
