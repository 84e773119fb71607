#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (news-like page around an <article>)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": dict(nav=["World", "Business", "Games", "Esports", "Tech", "Opinion"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic.",
               ok="Accept all", no="Reject non-essential", related="Related stories", share="Share this story",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(nav=["Monde", "Économie", "Jeux vidéo", "Esport", "Tech", "Opinions"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience.",
               ok="Tout accepter", no="Refuser", related="À lire aussi", share="Partager cet article",
               foot=["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"], rights="Tous droits réservés."),
    "de": dict(nav=["Welt", "Wirtschaft", "Games", "E-Sport", "Technik", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
               ok="Alle akzeptieren", no="Ablehnen", related="Mehr zum Thema", share="Artikel teilen",
               foot=["Über uns", "Kontakt", "Impressum", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(nav=["Mundo", "Economía", "Videojuegos", "Esports", "Tecnología", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico.",
               ok="Aceptar todo", no="Rechazar", related="Noticias relacionadas", share="Compartir",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "ja": dict(nav=["国際", "経済", "ゲーム", "eスポーツ", "テック", "オピニオン"], sub="会員登録",
               cookie="当サイトは利便性向上と利用状況の分析のためにクッキーを使用しています。",
               ok="同意する", no="拒否する", related="関連記事", share="この記事を共有",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    ui = UI[meta["lang"]]
    url = f"https://{meta['domain']}{meta['path']}"
    title, outlet, pub = meta["title"], meta["outlet"], meta["published"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": meta["lang"]}
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related))
    foot = "\n".join(f'      <li><a href="/f/{i}">{e(n)}</a></li>' for i, n in enumerate(ui["foot"]))
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} {e(meta.get('sep', '|'))} {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/site.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="masthead">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav><ul class="menu">
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main class="layout">
    <article>
      <div class="story-header">
        <span class="kicker">{e(meta['section'])}</span>
        <h1 class="headline">{e(title)}</h1>
        <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{pub}">{e(meta['timestr'])}</time></div>
      </div>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
    </article>
    <div class="share">{e(ui['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="related">
      <h3>{e(ui['related'])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['ok'])}</button> <button class="reject">{e(ui['no'])}</button>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {pub[:4]} {e(outlet)}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        if names and sp.stem not in names:
            continue
        meta, paras = parse_spec(sp)
        out = HERE / "cases" / sp.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
