#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: 'key: value' header lines, a line '---', then article paragraphs
separated by blank lines. Keys: lang, outlet, domain, path, published (ISO with
offset), author, section, title, timestr (human date line), description.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
L10N = {
    "en": dict(nav=["World", "Business", "Markets", "Farming", "Climate", "Opinion"],
               sub="Subscribe", cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               acc="Accept all", rej="Reject non-essential", man="Manage preferences",
               rel="Related stories", foot=["About us", "Contact", "Terms of use", "Privacy policy"],
               rights="All rights reserved.", share="Share this story"),
    "fr": dict(nav=["Monde", "Économie", "Marchés", "Agriculture", "Climat", "Opinions"],
               sub="S'abonner", cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre audience. Vous pouvez modifier vos choix à tout moment.",
               acc="Tout accepter", rej="Tout refuser", man="Paramétrer les cookies",
               rel="À lire aussi", foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Données personnelles"],
               rights="Tous droits réservés.", share="Partager cet article"),
    "de": dict(nav=["Politik", "Wirtschaft", "Märkte", "Landwirtschaft", "Klima", "Meinung"],
               sub="Abonnieren", cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               acc="Alle akzeptieren", rej="Nur notwendige", man="Einstellungen",
               rel="Mehr zum Thema", foot=["Impressum", "Kontakt", "Nutzungsbedingungen", "Datenschutz"],
               rights="Alle Rechte vorbehalten.", share="Artikel teilen"),
    "es": dict(nav=["Internacional", "Economía", "Mercados", "Campo", "Clima", "Opinión"],
               sub="Suscríbete", cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar el tráfico. Puede cambiar su configuración en cualquier momento.",
               acc="Aceptar todo", rej="Rechazar", man="Configurar",
               rel="Noticias relacionadas", foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"],
               rights="Todos los derechos reservados.", share="Compartir"),
    "ja": dict(nav=["国際", "経済", "マーケット", "農業", "気候", "オピニオン"],
               sub="会員登録", cookie="当サイトでは、コンテンツや広告の最適化およびアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               acc="すべて同意", rej="必須のみ", man="設定を管理",
               rel="関連記事", foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"],
               rights="無断転載を禁じます。", share="この記事をシェア"),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    meta["paras"] = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    meta["related"] = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    return meta

def build(m):
    t = L10N[m["lang"]]
    e = lambda s: html.escape(s, quote=True)
    url = f"https://{m['domain']}{m['path']}"
    desc = m.get("description") or m["paras"][0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "inLanguage": m["lang"],
          "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]},
          "mainEntityOfPage": url}
    nav = "\n".join(f'        <li><a href="/{n.lower().replace(" ", "-")}/">{e(n)}</a></li>' for n in t["nav"])
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(m["related"]))
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in m["paras"])
    foot = "\n".join(f'      <li><a href="/{i}/">{e(f)}</a></li>' for i, f in enumerate(t["foot"]))
    year = m["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])} - {e(m['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(m['outlet'])}</a>
    <nav><ul class="menu">
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(t['sub'])}</a>
  </header>
  <main class="layout">
    <article>
      <div class="story-header">
        <span class="kicker">{e(m['section'])}</span>
        <h1 class="headline">{e(m['title'])}</h1>
        <div class="meta"><span class="author">{e(m['author'])}</span> <time datetime="{m['published']}">{e(m['timestr'])}</time></div>
      </div>
      <div class="story-body" itemprop="articleBody">
{paras}
      </div>
    </article>
    <div class="share">{e(t['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="related">
      <h3>{e(t['rel'])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(t['cookie'])}</p>
    <button class="accept">{e(t['acc'])}</button> <button class="reject">{e(t['rej'])}</button> <a href="/privacy/">{e(t['man'])}</a>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(m['outlet'])}. {e(t['rights'])}</p>
  </footer>
</body>
</html>
"""

def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for s in specs:
        if names and s.stem not in names:
            continue
        out = HERE / "cases" / s.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(parse(s)), encoding="utf-8")
        print("wrote", out / "source.html")

if __name__ == "__main__":
    main(sys.argv[1:])
