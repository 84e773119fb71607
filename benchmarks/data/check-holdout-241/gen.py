#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

Spec: "key: value" header lines, a line "---", then the article paragraphs
separated by blank lines. Keys: lang outlet domain path title published
section author timeline related (titles separated by " | ").
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

L10N = {
    "en": dict(menu=["World", "Business", "Markets", "Law", "Tech", "Opinion"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               related="Related stories", share="Share this story", foot=["About us", "Contact", "Terms of use", "Privacy policy"],
               rights="All rights reserved.", most="Most read",
               extra=["Newsletter: the day's main stories in your inbox", "Podcast: the week in review"]),
    "fr": dict(menu=["International", "Économie", "Entreprises", "Justice", "Tech", "Opinions"], sub="S'abonner",
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", manage="Paramétrer",
               related="À lire aussi", share="Partager cet article", foot=["Qui sommes-nous", "Contact", "Conditions générales", "Données personnelles"],
               rights="Tous droits réservés.", most="Les plus lus",
               extra=["La lettre du matin : l'essentiel de l'actualité", "Podcast : la semaine en revue"]),
    "de": dict(menu=["Politik", "Wirtschaft", "Unternehmen", "Recht", "Digital", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und Zugriffe zu analysieren. Ihre Auswahl können Sie jederzeit in den Datenschutzeinstellungen ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               related="Mehr zum Thema", share="Artikel teilen", foot=["Impressum", "Kontakt", "AGB", "Datenschutz"],
               rights="Alle Rechte vorbehalten.", most="Meistgelesen",
               extra=["Newsletter: Der Morgen kompakt", "Podcast: Die Woche im Rückblick"]),
    "es": dict(menu=["Internacional", "Economía", "Empresas", "Justicia", "Tecnología", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y publicidad y analizar el tráfico. Puede cambiar su configuración en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               related="Noticias relacionadas", share="Compartir", foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"],
               rights="Todos los derechos reservados.", most="Lo más leído",
               extra=["Boletín: las claves del día", "Pódcast: la semana en resumen"]),
    "ja": dict(menu=["国際", "経済", "企業", "司法", "テック", "オピニオン"], sub="会員登録",
               cookie="当サイトでは、コンテンツや広告の表示の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必須のみ", manage="詳細設定",
               related="関連記事", share="この記事をシェア", foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"],
               rights="無断転載を禁じます。", most="よく読まれている記事",
               extra=["ニュースレター:今日の主なニュース", "ポッドキャスト:今週の振り返り"]),
}


def parse_spec(text):
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    t = L10N[meta["lang"]]
    e = html.escape
    url = "https://" + meta["domain"] + meta["path"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": meta["lang"]}
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(t["menu"]))
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r.strip())}</a></li>'
                    for i, r in enumerate(meta.get("related", "").split("|")) if r.strip())
    most = "\n".join(f'        <li><a href="/more/{i}">{e(r)}</a></li>' for i, r in enumerate(t["extra"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    foot = "\n".join(f'      <li><a href="/f/{i}/">{e(f)}</a></li>' for i, f in enumerate(t["foot"]))
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
{menu}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(t['sub'])}</a>
  </header>
  <main class="layout">
    <article>
      <div class="story-header">
        <span class="kicker">{e(meta['section'])}</span>
        <h1 class="headline">{e(meta['title'])}</h1>
        <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timeline'])}</time></div>
      </div>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
    </article>
    <div class="share">{e(t['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="related">
      <h3>{e(t['related'])}</h3>
      <ul>
{rel}
      </ul>
      <h3>{e(t['most'])}</h3>
      <ol>
{most}
      </ol>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{e(t['cookie'])}</p>
    <button class="accept">{e(t['accept'])}</button> <button class="reject">{e(t['reject'])}</button> <a href="/privacy/">{e(t['manage'])}</a>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(meta['outlet'])}. {e(t['rights'])}</p>
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
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{name}: {words} {'chars' if meta['lang'] == 'ja' else 'words'}")


if __name__ == "__main__":
    main(sys.argv[1:])
