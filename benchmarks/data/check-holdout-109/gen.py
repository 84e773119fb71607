#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

Spec format: "key: value" header lines, a line "---", then the article text,
paragraphs separated by blank lines; a paragraph starting with "## " is a
subheading.  Keys: lang, outlet, domain, path, published (ISO with offset),
display (the byline time as the outlet prints it), section, author, title,
sep (title separator, default " - "), related (items separated by " | ").
"""
import html
import zlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(menu=["News", "World", "Business", "Culture", "Film", "Music", "Books", "Opinion"],
               sub="Subscribe", share="Share this story", email="Email", copy="Copy link",
               related="Related stories", most="Most read",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               foot=["About us", "Contact", "Terms of use", "Privacy policy", "Advertise"],
               rights="All rights reserved."),
    "fr": dict(menu=["Actualités", "International", "Économie", "Culture", "Cinéma", "Musique", "Livres", "Débats"],
               sub="S'abonner", share="Partager cet article", email="E-mail", copy="Copier le lien",
               related="À lire aussi", most="Les plus lus",
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour analyser notre audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Tout refuser", manage="Paramétrer",
               foot=["Qui sommes-nous", "Contact", "Conditions générales", "Confidentialité", "Publicité"],
               rights="Tous droits réservés."),
    "de": dict(menu=["Nachrichten", "Politik", "Wirtschaft", "Kultur", "Kino", "Musik", "Bücher", "Meinung"],
               sub="Abonnieren", share="Artikel teilen", email="E-Mail", copy="Link kopieren",
               related="Mehr zum Thema", most="Meistgelesen",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               foot=["Impressum", "Kontakt", "AGB", "Datenschutz", "Werben"],
               rights="Alle Rechte vorbehalten."),
    "es": dict(menu=["Noticias", "Internacional", "Economía", "Cultura", "Cine", "Música", "Libros", "Opinión"],
               sub="Suscríbete", share="Compartir esta noticia", email="Correo", copy="Copiar enlace",
               related="Noticias relacionadas", most="Lo más leído",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y para analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad", "Publicidad"],
               rights="Todos los derechos reservados."),
    "ja": dict(menu=["ニュース", "国際", "経済", "文化", "映画", "音楽", "本", "オピニオン"],
               sub="購読する", share="この記事をシェア", email="メール", copy="リンクをコピー",
               related="関連記事", most="よく読まれている記事",
               cookie="当サイトでは、コンテンツや広告の表示の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必要なもののみ", manage="設定",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー", "広告掲載"],
               rights="無断転載を禁じます。"),
}


def parse_spec(text):
    head, _, body = text.partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    ui = UI[meta["lang"]]
    outlet = meta["outlet"]
    url = "https://" + meta["domain"] + meta["path"]
    title = meta["title"]
    sep = " " + meta.get("sep", "-") + " "
    first = next(p for p in paras if not p.startswith("## "))
    desc = first[:157].rsplit(" ", 1)[0] + "…" if len(first) > 160 else first
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet,
                        "logo": {"@type": "ImageObject", "url": "https://" + meta["domain"] + "/static/img/logo.png"}},
          "mainEntityOfPage": url, "inLanguage": meta["lang"], "articleSection": meta["section"]}
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    rel = "\n".join(f'        <li><a href="/{meta["section"].lower()}/r{i}">{e(r)}</a></li>' for i, r in enumerate(related))
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(ui["menu"]))
    foot = "\n".join(f'      <li><a href="/info/{i}">{e(f)}</a></li>' for i, f in enumerate(ui["foot"]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="og:image" content="https://{meta['domain']}/media/lead-{zlib.crc32(title.encode()) % 100000}.jpg">
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
{menu}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main class="layout">
    <article>
      <div class="story-header">
        <span class="kicker">{e(meta['section'])}</span>
        <h1 class="headline">{e(title)}</h1>
        <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['display'])}</time></div>
      </div>
      <div class="story-body" itemprop="articleBody">
{chr(10).join(body)}
      </div>
    </article>
    <div class="share">{e(ui['share'])}: <a href="/share/mail">{e(ui['email'])}</a> <a href="/share/link">{e(ui['copy'])}</a></div>
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
    <p>&copy; {year} {e(outlet)}. {e(ui['rights'])}</p>
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
        meta, paras = parse_spec(spec.read_text(encoding="utf-8"))
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
