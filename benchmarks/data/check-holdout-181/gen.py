#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (realistic news page around an <article>)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": dict(nav=["World", "Business", "Climate", "Tech", "Autos", "Opinion"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and ads and to measure our audience. You can change your choices at any time in Privacy settings.",
               acc="Accept all", rej="Reject non-essential", rel="Related stories", foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.", share="Share this article"),
    "fr": dict(nav=["International", "Économie", "Planète", "Tech", "Auto", "Débats"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour mesurer notre audience. Vous pouvez modifier vos choix à tout moment.",
               acc="Tout accepter", rej="Continuer sans accepter", rel="Sur le même sujet", foot=["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"], rights="Tous droits réservés.", share="Partager l'article"),
    "de": dict(nav=["Politik", "Wirtschaft", "Klima", "Digital", "Mobilität", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und die Nutzung unseres Angebots zu analysieren. Ihre Auswahl können Sie jederzeit ändern.",
               acc="Alle akzeptieren", rej="Nur notwendige", rel="Mehr zum Thema", foot=["Über uns", "Kontakt", "Impressum", "Datenschutz"], rights="Alle Rechte vorbehalten.", share="Artikel teilen"),
    "es": dict(nav=["Internacional", "Economía", "Clima", "Tecnología", "Motor", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar el contenido y la publicidad y analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
               acc="Aceptar todo", rej="Rechazar", rel="Noticias relacionadas", foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados.", share="Compartir"),
    "ja": dict(nav=["国際", "経済", "環境", "テック", "自動車", "オピニオン"], sub="会員登録",
               cookie="当サイトではコンテンツや広告の最適化、アクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               acc="すべて同意する", rej="必要なもののみ", rel="関連記事", foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。", share="この記事をシェア"),
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

def render(m):
    e = lambda s: html.escape(s, quote=True)
    ui = UI[m["lang"]]
    desc = m["paras"][0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "dateModified": m["published"], "inLanguage": m["lang"],
          "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": m["url"]}
    root = "/".join(m["url"].split("/")[:3])
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "\n".join(f'        <li><a href="{root}/related/{i}">{e(r)}</a></li>' for i, r in enumerate(m["related"]))
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in m["paras"])
    foot = "\n".join(f'      <li><a href="/page/{i}">{e(f)}</a></li>' for i, f in enumerate(ui["foot"]))
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])}{e(m.get('suffix', ' | ' + m['outlet']))}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(m['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(m['url'])}">
  <meta property="og:image" content="{root}/img/lead-{sum(map(ord, m["url"])) % 100000}.jpg">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="page-article">
  <header class="masthead">
    <a class="logo" href="/">{e(m['outlet'])}</a>
    <nav class="main-nav"><ul>
{nav}
    </ul></nav>
    <a class="btn-subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main class="container">
    <article class="story">
      <p class="kicker">{e(m['section'])}</p>
      <h1>{e(m['title'])}</h1>
      <p class="byline"><span class="author">{e(m['author'])}</span> <time datetime="{m['published']}">{e(m['timestr'])}</time></p>
      <figure class="lead-image"><img src="{root}/img/lead.jpg" alt=""><figcaption>{e(m.get('caption', ''))}</figcaption></figure>
{paras}
    </article>
    <div class="share-tools">{e(ui['share'])}: <a href="/share/x">X</a> <a href="/share/mail">E-mail</a></div>
    <aside class="related">
      <h2>{e(ui['rel'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="consent-banner" class="cookie" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['acc'])}</button> <button class="reject">{e(ui['rej'])}</button>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {m['published'][:4]} {e(m['outlet'])}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""

def main():
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for n in names:
        m = parse(HERE / "specs" / f"{n}.txt")
        out = HERE / "cases" / n
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(m), encoding="utf-8")
        print("wrote", out / "source.html")

if __name__ == "__main__":
    main()
