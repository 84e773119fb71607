#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (realistic news page)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
L = {
 "en": dict(nav=["World","Business","Health","Science","Markets","Opinion"], sub="Subscribe",
            cookie="We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
            acc="Accept all", rej="Reject non-essential", man="Manage preferences", rel="Related coverage",
            foot=["About us","Contact","Terms of use","Privacy policy"], rights="All rights reserved.", share="Share this story"),
 "fr": dict(nav=["International","Économie","Santé","Sciences","Marchés","Opinions"], sub="S'abonner",
            cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
            acc="Tout accepter", rej="Refuser", man="Paramétrer", rel="À lire aussi",
            foot=["Qui sommes-nous","Contact","Conditions d'utilisation","Confidentialité"], rights="Tous droits réservés.", share="Partager cet article"),
 "de": dict(nav=["Politik","Wirtschaft","Gesundheit","Wissen","Börse","Meinung"], sub="Abonnieren",
            cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
            acc="Alle akzeptieren", rej="Ablehnen", man="Einstellungen", rel="Mehr zum Thema",
            foot=["Impressum","Kontakt","Nutzungsbedingungen","Datenschutz"], rights="Alle Rechte vorbehalten.", share="Artikel teilen"),
 "es": dict(nav=["Internacional","Economía","Salud","Ciencia","Mercados","Opinión"], sub="Suscríbete",
            cookie="Utilizamos cookies para personalizar contenidos y anuncios y para analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
            acc="Aceptar todo", rej="Rechazar", man="Configurar", rel="Noticias relacionadas",
            foot=["Quiénes somos","Contacto","Aviso legal","Privacidad"], rights="Todos los derechos reservados.", share="Compartir"),
 "ja": dict(nav=["国際","経済","医療","科学","マーケット","オピニオン"], sub="購読する",
            cookie="当サイトはコンテンツや広告の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
            acc="すべて許可", rej="拒否する", man="設定", rel="関連記事",
            foot=["会社概要","お問い合わせ","利用規約","プライバシーポリシー"], rights="無断転載を禁じます。", share="この記事をシェア"),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras

def build(meta, paras):
    e = html.escape
    l = L[meta["lang"]]
    site, title, url, pub = meta["outlet"], meta["title"], meta["url"], meta["published"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": site}, "mainEntityOfPage": url,
          "inLanguage": meta["lang"]}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(l["nav"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    rel_html = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(rel))
    foot = "\n".join(f'      <li><a href="/f{i}/">{e(f)}</a></li>' for i, f in enumerate(l["foot"]))
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(meta.get('sep', ' - '))}{e(site)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(site)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{e(pub)}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(site)}</a>
    <nav><ul class="menu">
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(l['sub'])}</a>
  </header>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(l['cookie'])}</p>
    <button class="accept">{e(l['acc'])}</button> <button class="reject">{e(l['rej'])}</button> <a href="/privacy/">{e(l['man'])}</a>
  </div>
  <main class="layout">
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(title)}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{e(pub)}">{e(meta['timestr'])}</time></div>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
    </article>
    <div class="share">{e(l['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="related">
      <h3>{e(l['rel'])}</h3>
      <ul>
{rel_html}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {pub[:4]} {e(site)}. {e(l['rights'])}</p>
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
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")

if __name__ == "__main__":
    main(sys.argv[1:])
