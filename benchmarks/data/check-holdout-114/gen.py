#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: header lines `key: value` (lang, outlet, domain, path, published,
shown, author, section, title), a line `---`, then the article paragraphs
separated by blank lines.  Related links come from `related:` lines (title|path)."""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(nav=["World", "Business", "Retail", "Money", "Food", "Opinion"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               related="Related stories", share="Share this story:", email="Email", copy="Copy link",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.",
               most="Most read", extra=["Newsletter: the day's main stories in your inbox", "Podcast: the week in money"]),
    "fr": dict(nav=["International", "Économie", "Commerce", "Consommation", "Alimentation", "Débats"], sub="S'abonner",
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", manage="Paramétrer",
               related="À lire aussi", share="Partager :", email="E-mail", copy="Copier le lien",
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés.",
               most="Les plus lus", extra=["Newsletter : l'essentiel de l'actualité chaque matin", "Podcast : la semaine éco"]),
    "de": dict(nav=["Politik", "Wirtschaft", "Handel", "Verbraucher", "Essen", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit in den Datenschutz-Einstellungen ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               related="Mehr zum Thema", share="Artikel teilen:", email="E-Mail", copy="Link kopieren",
               foot=["Impressum", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten.",
               most="Meistgelesen", extra=["Newsletter: Der Morgen kompakt", "Podcast: Geld und Alltag"]),
    "es": dict(nav=["Internacional", "Economía", "Comercio", "Consumo", "Gastronomía", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar el contenido y los anuncios y analizar el tráfico. Puede cambiar su configuración en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               related="Noticias relacionadas", share="Compartir:", email="Correo", copy="Copiar enlace",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados.",
               most="Lo más leído", extra=["Boletín: las claves del día", "Pódcast: la semana económica"]),
    "ja": dict(nav=["国際", "経済", "流通", "くらし", "食", "オピニオン"], sub="購読する",
               cookie="当サイトでは、コンテンツや広告の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必要なもののみ", manage="詳細設定",
               related="関連記事", share="この記事をシェア:", email="メール", copy="リンクをコピー",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。",
               most="よく読まれている記事", extra=["ニュースレター:朝の主要ニュース", "ポッドキャスト:今週の家計"]),
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
            meta["related"].append(v.split("|"))
        else:
            meta[k] = v
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    ui = UI[meta["lang"]]
    e = lambda s: html.escape(s, quote=True)
    url = f"https://{meta['domain']}{meta['path']}"
    first = paras[0]
    desc = first if len(first) <= 150 else first[:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "inLanguage": meta["lang"], "mainEntityOfPage": url}
    nav = "\n".join(f'        <li><a href="/{e(n.lower())}/">{e(n)}</a></li>' for n in ui["nav"])
    rel = "\n".join(f'        <li><a href="{e(p)}">{e(t)}</a></li>' for t, p in meta["related"])
    most = "\n".join(f'        <li><a href="/more/{i}">{e(t)}</a></li>' for i, t in enumerate(ui["extra"]))
    foot = "\n".join(f'      <li><a href="/p/{i}">{e(t)}</a></li>' for i, t in enumerate(ui["foot"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
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
        <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['shown'])}</time></div>
      </div>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
    </article>
    <div class="share">{e(ui['share'])} <a href="/share/mail">{e(ui['email'])}</a> <a href="/share/link">{e(ui['copy'])}</a></div>
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


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main()
