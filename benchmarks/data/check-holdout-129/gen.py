#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (header lines `key: value`, `---`, then one paragraph per line)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": dict(menu=["World", "Business", "Health", "Science", "Markets", "Opinion"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and to analyse our traffic. You can change your choices at any time.",
               acc="Accept all", rej="Reject non-essential", man="Manage preferences", rel="Related coverage",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.", share="Share this story"),
    "fr": dict(menu=["International", "Économie", "Santé", "Sciences", "Marchés", "Débats"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
               acc="Tout accepter", rej="Tout refuser", man="Paramétrer", rel="À lire aussi",
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés.", share="Partager"),
    "de": dict(menu=["Politik", "Wirtschaft", "Gesundheit", "Wissen", "Börse", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und die Nutzung zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               acc="Alle akzeptieren", rej="Nur notwendige", man="Einstellungen", rel="Mehr zum Thema",
               foot=["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten.", share="Artikel teilen"),
    "es": dict(menu=["Mundo", "Economía", "Salud", "Ciencia", "Mercados", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar el contenido y analizar el tráfico. Puede cambiar su elección en cualquier momento.",
               acc="Aceptar todo", rej="Rechazar", man="Configurar", rel="Noticias relacionadas",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados.", share="Compartir"),
    "ja": dict(menu=["国際", "経済", "医療", "科学", "マーケット", "オピニオン"], sub="購読する",
               cookie="当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               acc="すべて許可", rej="必須のみ", man="設定を管理", rel="関連記事",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。", share="この記事を共有"),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    meta["paras"] = [p.strip() for p in body.splitlines() if p.strip()]
    meta["related"] = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    return meta


def render(m):
    ui = UI[m["lang"]]
    e = lambda s: html.escape(s, quote=True)
    desc = m["paras"][0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "inLanguage": m["lang"],
          "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]},
          "mainEntityOfPage": m["url"]}
    menu = "\n".join(f'        <li><a href="/{i}/">{e(x)}</a></li>' for i, x in enumerate(ui["menu"]))
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in m["paras"])
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(m["related"]))
    foot = "\n".join(f'      <li><a href="/f/{i}">{e(x)}</a></li>' for i, x in enumerate(ui["foot"]))
    year = m["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])} {e(m.get('sep', '-'))} {e(m['outlet'])}</title>
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
  <header class="top-bar">
    <a class="brand" href="/">{e(m['outlet'])}</a>
    <nav><ul class="menu">
{menu}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main class="layout">
    <article>
      <div class="story-header">
        <span class="kicker">{e(m['section'])}</span>
        <h1 class="headline">{e(m['title'])}</h1>
        <div class="meta"><span class="author">{e(m['author'])}</span> <time datetime="{m['published']}">{e(m['display_time'])}</time></div>
      </div>
      <div class="story-body" itemprop="articleBody">
{paras}
      </div>
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
    for spec in sorted((HERE / "specs").glob("*.txt")):
        if names and spec.stem not in names:
            continue
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(parse(spec)), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
