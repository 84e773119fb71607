#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

Spec: 'key: value' header lines, a line '---', then one paragraph per line
(blank lines ignored; a line starting '## ' becomes a subheading).
Keys: outlet, domain, path, lang, published, shown, author, section, title, desc.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
CHROME = {
    "en": dict(nav=["World", "Business", "Sport", "Football", "Money", "Opinion"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               acc="Accept all", rej="Reject non-essential", manage="Manage preferences", share="Share this story",
               related="Related stories", foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(nav=["International", "Économie", "Sport", "Football", "Médias", "Opinions"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
               acc="Tout accepter", rej="Tout refuser", manage="Paramétrer", share="Partager cet article",
               related="À lire aussi", foot=["Qui sommes-nous", "Contact", "Conditions générales", "Données personnelles"], rights="Tous droits réservés."),
    "de": dict(nav=["Politik", "Wirtschaft", "Sport", "Fußball", "Medien", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und die Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               acc="Alle akzeptieren", rej="Nur notwendige", manage="Einstellungen", share="Artikel teilen",
               related="Mehr zum Thema", foot=["Impressum", "Kontakt", "AGB", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(nav=["Internacional", "Economía", "Deportes", "Fútbol", "Medios", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
               acc="Aceptar todo", rej="Rechazar", manage="Configurar", share="Compartir",
               related="Noticias relacionadas", foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "ja": dict(nav=["国際", "経済", "スポーツ", "サッカー", "野球", "オピニオン"], sub="購読する",
               cookie="当サイトでは、コンテンツや広告の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               acc="すべて許可", rej="必須のみ", manage="設定", share="この記事を共有",
               related="関連記事", foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}


def parse(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    paras = [l.strip() for l in body.splitlines() if l.strip()]
    return meta, paras


def render(meta, paras):
    c = CHROME[meta["lang"]]
    e = html.escape
    url = f"https://{meta['domain']}{meta['path']}"
    title, outlet = meta["title"], meta["outlet"]
    desc = meta.get("desc") or paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url}
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(c["nav"]))
    foot = "\n".join(f'      <li><a href="/info/{i}/">{e(n)}</a></li>' for i, n in enumerate(c["foot"]))
    rel = meta.get("related", "").split(" | ") if meta.get("related") else []
    related = "\n".join(f'        <li><a href="/more/{i}">{e(r)}</a></li>' for i, r in enumerate(rel))
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
    <nav><ul class="menu">
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(c['sub'])}</a>
  </header>
  <main class="layout">
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(title)}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['shown'])}</time></div>
      <div class="story-body" itemprop="articleBody">
{chr(10).join(body)}
      </div>
    </article>
    <div class="share">{e(c['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="sidebar">
      <h3>{e(c['related'])}</h3>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(c['cookie'])}</p>
    <button class="accept">{e(c['acc'])}</button> <button class="reject">{e(c['rej'])}</button> <a href="/privacy/">{e(c['manage'])}</a>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {meta['published'][:4]} {e(outlet)}. {e(c['rights'])}</p>
  </footer>
</body>
</html>
"""


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for s in specs:
        if names and s.stem not in names:
            continue
        meta, paras = parse(s)
        out = HERE / "cases" / s.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
