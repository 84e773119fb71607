#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (realistic news page around an <article>)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(nav=["World", "Business", "Luxury", "Watches", "Jewellery", "Opinion"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               related="Related stories", foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.",
               share="Share this article"),
    "fr": dict(nav=["International", "Économie", "Luxe", "Horlogerie", "Joaillerie", "Opinions"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Tout refuser", manage="Paramétrer",
               related="À lire aussi", foot=["Qui sommes-nous", "Contact", "Conditions générales", "Données personnelles"], rights="Tous droits réservés.",
               share="Partager l'article"),
    "de": dict(nav=["Politik", "Wirtschaft", "Luxus", "Uhren", "Schmuck", "Meinung"], sub="Abo",
               cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               related="Mehr zum Thema", foot=["Impressum", "Kontakt", "AGB", "Datenschutz"], rights="Alle Rechte vorbehalten.",
               share="Artikel teilen"),
    "es": dict(nav=["Internacional", "Economía", "Lujo", "Relojería", "Joyería", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar el tráfico. Puede cambiar su configuración en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               related="Noticias relacionadas", foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados.",
               share="Compartir"),
    "ja": dict(nav=["国際", "経済", "ラグジュアリー", "時計", "宝飾", "オピニオン"], sub="購読する",
               cookie="当サイトでは、コンテンツや広告の最適化とアクセス解析のためにCookieを使用しています。設定はいつでも変更できます。",
               accept="すべて同意", reject="必須のみ", manage="設定を変更",
               related="関連記事", foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。",
               share="記事を共有"),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    ui = UI[meta["lang"]]
    e = lambda s: html.escape(s, quote=True)
    url = "https://" + meta["domain"] + meta["path"]
    desc = paras[0] if len(paras[0]) <= 160 else paras[0][:157].rsplit(" ", 1)[0] + "…"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": url, "inLanguage": meta["lang"], "articleSection": meta["section"]}
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related))
    foot = "\n".join(f'      <li><a href="/info/{i}">{e(f)}</a></li>' for i, f in enumerate(ui["foot"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
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
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav class="primary">
      <ul>
{nav}
      </ul>
    </nav>
    <a class="cta" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main class="page">
    <article>
      <header>
        <span class="kicker">{e(meta['section'])}</span>
        <h1>{e(meta['title'])}</h1>
        <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['display'])}</time></p>
      </header>
      <div class="article-body">
{body}
      </div>
    </article>
    <div class="share">{e(ui['share'])}: <a href="/share/mail">Email</a> <a href="/share/x">X</a></div>
    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-consent" class="consent" role="dialog">
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


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for spec in specs:
        if names and spec.stem not in names:
            continue
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        words = sum(len(p) for p in paras) // 2 if meta["lang"] == "ja" else sum(len(p.split()) for p in paras)
        print(f"{spec.stem}: {words} {'chars/2' if meta['lang']=='ja' else 'words'}")


if __name__ == "__main__":
    main(sys.argv[1:])
