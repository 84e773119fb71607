#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: 'key: value' header lines, a line '---', then the article
paragraphs separated by blank lines.  Keys: lang, outlet, domain, path, title,
published (ISO 8601 with the outlet's UTC offset), author, section, timestr
(the byline time as the outlet prints it), related (';'-separated headlines).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

L10N = {
    "en": dict(nav=["World", "Business", "Money", "Sport", "Culture", "Opinion"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               related="Related stories", share="Share this story", foot=["About us", "Contact", "Terms of use", "Privacy policy"],
               rights="All rights reserved."),
    "fr": dict(nav=["International", "Économie", "Argent", "Sport", "Culture", "Débats"], sub="S'abonner",
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour analyser notre audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Tout refuser", manage="Paramétrer les cookies",
               related="À lire aussi", share="Partager cet article", foot=["Qui sommes-nous", "Contact", "Conditions générales", "Confidentialité"],
               rights="Tous droits réservés."),
    "de": dict(nav=["Politik", "Wirtschaft", "Finanzen", "Sport", "Kultur", "Meinung"], sub="Abo",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               related="Mehr zum Thema", share="Artikel teilen", foot=["Impressum", "Kontakt", "AGB", "Datenschutz"],
               rights="Alle Rechte vorbehalten."),
    "es": dict(nav=["Internacional", "Economía", "Dinero", "Deportes", "Cultura", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar nuestro tráfico. Puede cambiar su configuración en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               related="Noticias relacionadas", share="Compartir", foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"],
               rights="Todos los derechos reservados."),
    "ja": dict(nav=["国際", "経済", "マネー", "スポーツ", "文化", "オピニオン"], sub="有料会員登録",
               cookie="当サイトは、コンテンツや広告の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必須のみ", manage="設定を管理",
               related="関連記事", share="この記事をシェア", foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"],
               rights="無断転載を禁じます。"),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split()) for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    e = html.escape
    t = L10N[meta["lang"]]
    url = f"https://{meta['domain']}{meta['path']}"
    desc = paras[0][:150]
    sep = " | " if meta["lang"] in ("fr", "ja") else " - "
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": url}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(t["nav"]))
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r.strip())}</a></li>'
                    for i, r in enumerate(meta.get("related", "").split(";")) if r.strip())
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    foot = "\n".join(f'      <li><a href="/f{i}/">{e(f)}</a></li>' for i, f in enumerate(t["foot"]))
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
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(t['sub'])}</a>
  </header>
  <main class="layout">
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(meta['title'])}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timestr'])}</time></div>
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
    for sp in specs:
        if names and sp.stem not in names:
            continue
        meta, paras = parse(sp)
        out = HERE / "cases" / sp.stem / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{sp.stem}: {words} {'chars' if meta['lang']=='ja' else 'words'}")


if __name__ == "__main__":
    main(sys.argv[1:])
