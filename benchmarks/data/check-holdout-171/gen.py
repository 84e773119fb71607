#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-171).

Spec format: 'key: value' header lines, a line '---', then one paragraph per
line (blank lines ignored; a line starting with '## ' becomes a subheading).
Keys: lang, outlet, url, published (ISO with the outlet's UTC offset),
display (the dateline as the outlet prints it), author, section, title,
description.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(nav=["World", "Business", "Travel", "Hotels", "Cruises", "Opinion"],
               sub="Subscribe", cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               related="Related stories", share="Share this story", foot=["About us", "Contact", "Terms of use", "Privacy policy"],
               rights="All rights reserved.", more=["Newsletter: the week in travel, every Friday", "Podcast: inside the hotel trade", "Analysis: where the visitors went this summer"]),
    "fr": dict(nav=["Monde", "Économie", "Voyages", "Hôtellerie", "Régions", "Opinions"],
               sub="S'abonner", cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour mesurer notre audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Tout refuser", manage="Paramétrer les cookies",
               related="À lire aussi", share="Partager cet article", foot=["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"],
               rights="Tous droits réservés.", more=["Lettre d'information : l'actualité du tourisme", "Podcast : les coulisses de l'hôtellerie", "Analyse : la saison estivale en chiffres"]),
    "de": dict(nav=["Politik", "Wirtschaft", "Reise", "Hotellerie", "Regionales", "Meinung"],
               sub="Abonnieren", cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               related="Mehr zum Thema", share="Artikel teilen", foot=["Über uns", "Kontakt", "Impressum", "Datenschutz"],
               rights="Alle Rechte vorbehalten.", more=["Newsletter: Reise und Tourismus am Freitag", "Podcast: Hinter der Rezeption", "Analyse: Wohin die Gäste diesen Sommer reisten"]),
    "es": dict(nav=["Mundo", "Economía", "Viajes", "Hoteles", "Cruceros", "Opinión"],
               sub="Suscríbete", cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y para analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               related="Noticias relacionadas", share="Compartir", foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"],
               rights="Todos los derechos reservados.", more=["Boletín: lo mejor de la semana en turismo", "Podcast: el negocio hotelero", "Análisis: el verano en cifras"]),
    "ja": dict(nav=["国内", "経済", "観光", "ホテル", "地域", "オピニオン"],
               sub="購読する", cookie="当サイトでは、コンテンツや広告の表示、アクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて同意", reject="必要なもののみ", manage="詳細設定",
               related="関連記事", share="この記事を共有", foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"],
               rights="無断転載を禁じます。", more=["ニュースレター:週刊観光ニュース", "ポッドキャスト:ホテル業界の裏側", "解説:この夏の観光客はどこへ"]),
}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [l.strip() for l in body.splitlines() if l.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    ui = UI[meta["lang"]]
    first = next(p for p in paras if not p.startswith("## "))
    desc = meta.get("description") or (first[:150])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": meta["lang"]}
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    more = "\n".join(f'        <li><a href="/more/{i}">{e(n)}</a></li>' for i, n in enumerate(ui["more"]))
    foot = "\n".join(f'      <li><a href="/f/{i}">{e(n)}</a></li>' for i, n in enumerate(ui["foot"]))
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
{chr(10).join(body)}
    </div>
    </article>
    <div class="share">{e(ui['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="sidebar">
      <h3>{e(ui['related'])}</h3>
      <ul>
{more}
      </ul>
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
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main()
