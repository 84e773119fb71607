#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

Spec: 'key: value' header lines (lang, outlet, url, published, timestr,
section, author, title), a line '---', then one paragraph per line
(blank lines ignored; a line starting '## ' is a subheading)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
 "en": dict(nav=["World", "Health", "Politics", "Business", "Science", "Opinion"], sub="Subscribe",
            cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
            acc="Accept all", rej="Reject non-essential", man="Manage preferences", rel="Related stories",
            foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.", share="Share this story"),
 "fr": dict(nav=["International", "Santé", "Politique", "Économie", "Sciences", "Opinions"], sub="S'abonner",
            cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
            acc="Tout accepter", rej="Continuer sans accepter", man="Paramétrer les cookies", rel="À lire aussi",
            foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Politique de confidentialité"], rights="Tous droits réservés.", share="Partager cet article"),
 "de": dict(nav=["Politik", "Gesundheit", "Wirtschaft", "Wissen", "Regional", "Meinung"], sub="Abo",
            cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und unsere Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
            acc="Alle akzeptieren", rej="Nur notwendige", man="Einstellungen", rel="Mehr zum Thema",
            foot=["Impressum", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten.", share="Artikel teilen"),
 "es": dict(nav=["Internacional", "Salud", "Política", "Economía", "Ciencia", "Opinión"], sub="Suscríbete",
            cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar nuestro tráfico. Puede cambiar su configuración en cualquier momento.",
            acc="Aceptar todo", rej="Rechazar", man="Configurar", rel="Te puede interesar",
            foot=["Quiénes somos", "Contacto", "Aviso legal", "Política de privacidad"], rights="Todos los derechos reservados.", share="Compartir"),
 "ja": dict(nav=["国際", "医療・健康", "政治", "経済", "科学", "オピニオン"], sub="有料会員登録",
            cookie="当サイトではコンテンツや広告の最適化、アクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
            acc="すべて同意", rej="必須のみ", man="設定を管理", rel="関連記事",
            foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。", share="この記事をシェア"),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    meta["paras"] = [l.strip() for l in body.splitlines() if l.strip()]
    return meta

def render(m):
    ui = UI[m["lang"]]
    e = lambda s: html.escape(s, quote=True)
    first = next(p for p in m["paras"] if not p.startswith("## "))
    desc = first[:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "dateModified": m["published"],
          "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]},
          "mainEntityOfPage": m["url"], "inLanguage": m["lang"]}
    body = []
    for p in m["paras"]:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(t)}</a></li>' for i, t in enumerate(m.get("related", "").split(" | ")) if t)
    foot = "\n".join(f'      <li><a href="/p/{i}">{e(t)}</a></li>' for i, t in enumerate(ui["foot"]))
    year = m["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])} - {e(m['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(m['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(m['url'])}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="masthead">
    <a class="brand" href="/">{e(m['outlet'])}</a>
    <nav><ul class="menu">
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main class="layout">
    <article>
      <div class="kicker">{e(m['section'])}</div>
      <h1 class="headline">{e(m['title'])}</h1>
      <div class="byline"><span class="author">{e(m['author'])}</span> <time datetime="{m['published']}">{e(m['timestr'])}</time></div>
{chr(10).join(body)}
    </article>
    <div class="share">{e(ui['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="related">
      <h3>{e(ui['rel'])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['acc'])}</button> <button class="reject">{e(ui['rej'])}</button> <a href="/privacy/">{e(ui['man'])}</a>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(m['outlet'])}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""

def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for s in specs:
        if names and s.stem not in names:
            continue
        m = parse(s)
        out = HERE / "cases" / s.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(m), encoding="utf-8")
        words = sum(len(p.split()) for p in m["paras"] if not p.startswith("## "))
        if m["lang"] == "ja":
            words = sum(len(p) for p in m["paras"]) // 2
        print(f"{s.stem}: {words} words")

if __name__ == "__main__":
    main(sys.argv[1:])
