#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html (news-like page)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(nav=["World", "Business", "Property", "Infrastructure", "Politics", "Opinion"],
               sub="Subscribe", share="Share this story:", mail="Email", copy="Copy link",
               related="Related stories", most="Most read",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.",
               extra=["Newsletter: the day's main stories in your inbox", "Podcast: the week in review"]),
    "fr": dict(nav=["Monde", "Économie", "Immobilier", "Territoires", "Politique", "Opinions"],
               sub="S'abonner", share="Partager cet article :", mail="E-mail", copy="Copier le lien",
               related="À lire aussi", most="Les plus lus",
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Tout refuser", manage="Paramétrer",
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés.",
               extra=["La newsletter du matin", "Podcast : la semaine en revue"]),
    "de": dict(nav=["Welt", "Wirtschaft", "Immobilien", "Region", "Politik", "Meinung"],
               sub="Abonnieren", share="Artikel teilen:", mail="E-Mail", copy="Link kopieren",
               related="Mehr zum Thema", most="Meistgelesen",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und unsere Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit in den Datenschutz-Einstellungen ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               foot=["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten.",
               extra=["Newsletter: Die wichtigsten Nachrichten des Tages", "Podcast: Die Woche im Rückblick"]),
    "es": dict(nav=["Mundo", "Economía", "Vivienda", "Infraestructura", "Política", "Opinión"],
               sub="Suscríbete", share="Compartir esta noticia:", mail="Correo", copy="Copiar enlace",
               related="Noticias relacionadas", most="Lo más leído",
               cookie="Utilizamos cookies y tecnologías similares para personalizar contenidos y anuncios y analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados.",
               extra=["Boletín: las noticias del día", "Pódcast: la semana en resumen"]),
    "ja": dict(nav=["国際", "経済", "不動産", "インフラ", "政治", "オピニオン"],
               sub="購読する", share="この記事を共有:", mail="メール", copy="リンクをコピー",
               related="関連記事", most="よく読まれている記事",
               cookie="当サイトではコンテンツや広告の表示、アクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必須のみ", manage="設定を管理",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。",
               extra=["ニュースレター:きょうの主なニュース", "ポッドキャスト:1週間を振り返る"]),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta, related = {}, []
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(":", 1)
        if k.strip() == "related":
            related.append(v.strip())
        else:
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, related, paras


def render(meta, related, paras):
    ui = UI[meta["lang"]]
    e = lambda s: html.escape(s, quote=True)
    url = meta["site"] + meta["path"]
    desc = paras[0]
    if len(desc) > 150:
        desc = desc[:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": meta["lang"]}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related))
    most = "\n".join(f'        <li><a href="/more/{i}">{e(r)}</a></li>' for i, r in enumerate(ui["extra"]))
    foot = "\n".join(f'      <li><a href="/f/{i}/">{e(f)}</a></li>' for i, f in enumerate(ui["foot"]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} {meta.get('sep', '-')} {e(meta['outlet'])}</title>
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
  <div class="top-bar">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <ul class="menu">
{nav}
    </ul>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </div>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="reject">{e(ui['reject'])}</button> <a href="/privacy/">{e(ui['manage'])}</a>
  </div>
  <div class="layout">
    <article>
    <div class="story-header">
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(meta['title'])}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['shown'])}</time></div>
    </div>
    <div class="story-body" itemprop="articleBody">
{body}
    </div>
    </article>
    <div class="share">{e(ui['share'])} <a href="/share/mail">{e(ui['mail'])}</a> <a href="/share/link">{e(ui['copy'])}</a></div>
    <aside class="related">
      <h3>{e(ui['related'])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
    <div class="sidebar">
      <h3>{e(ui['most'])}</h3>
      <ol>
{most}
      </ol>
    </div>
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
        meta, related, paras = parse_spec(sp)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, related, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
