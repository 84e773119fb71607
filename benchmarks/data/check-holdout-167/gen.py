#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

Spec format: 'key: value' header lines, a line '---', then one paragraph per
line (blank lines ignored). Keys: lang, outlet, domain, path, published
(ISO with offset), section, author, title, timeline (display string),
related (titles separated by ' | ').
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": dict(menu=["World", "Business", "Science", "Space", "Opinion"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               acc="Accept all", rej="Reject non-essential", rel="Related coverage",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.",
               share="Share this story"),
    "fr": dict(menu=["International", "Économie", "Sciences", "Espace", "Opinions"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
               acc="Tout accepter", rej="Continuer sans accepter", rel="Sur le même sujet",
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Données personnelles"], rights="Tous droits réservés.",
               share="Partager"),
    "de": dict(menu=["Politik", "Wirtschaft", "Wissen", "Raumfahrt", "Meinung"], sub="Abo",
               cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und unseren Datenverkehr zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               acc="Alle akzeptieren", rej="Nur notwendige", rel="Mehr zum Thema",
               foot=["Impressum", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten.",
               share="Artikel teilen"),
    "es": dict(menu=["Internacional", "Economía", "Ciencia", "Espacio", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar nuestro tráfico. Puede cambiar su configuración en cualquier momento.",
               acc="Aceptar todo", rej="Rechazar", rel="Noticias relacionadas",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados.",
               share="Compartir"),
    "ja": dict(menu=["国際", "経済", "科学", "宇宙", "オピニオン"], sub="会員登録",
               cookie="当サイトでは、コンテンツや広告の表示、アクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               acc="同意する", rej="必要なもののみ", rel="関連記事",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。",
               share="この記事をシェア"),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.splitlines() if p.strip()]
    return meta, paras

def render(meta, paras):
    e = html.escape
    ui = UI[meta["lang"]]
    url = f"https://{meta['domain']}{meta['path']}"
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": meta["lang"]}
    menu = "\n".join(f'        <li><a href="/{m.lower()}/">{e(m)}</a></li>' for m in ui["menu"])
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(t.strip())}</a></li>'
                    for i, t in enumerate(meta.get("related", "").split("|")) if t.strip())
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    foot = "\n".join(f'      <li><a href="/{i}/">{e(f)}</a></li>' for i, f in enumerate(ui["foot"]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{url}">
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
        <h1 class="headline">{e(meta['title'])}</h1>
        <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timeline'])}</time></div>
      </div>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
    </article>
    <div class="share">{e(ui['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="sidebar">
      <h3>{e(ui['rel'])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['acc'])}</button> <button class="reject">{e(ui['rej'])}</button>
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
        meta, paras = parse(HERE / "specs" / f"{name}.txt")
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print(name, len(" ".join(paras).split()), "words")

if __name__ == "__main__":
    main()
