#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (news-like page around an <article>)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
UI = {
    "en": ("World", "Business", "Technology", "Telecoms", "Opinion", "Subscribe",
           "We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.",
           "Accept all", "Reject", "Related", "About us", "Contact", "Terms", "Privacy", "All rights reserved."),
    "fr": ("Monde", "Économie", "Tech", "Télécoms", "Opinions", "S'abonner",
           "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
           "Tout accepter", "Refuser", "À lire aussi", "Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité", "Tous droits réservés."),
    "de": ("Welt", "Wirtschaft", "Digital", "Telekom", "Meinung", "Abonnieren",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
           "Alle akzeptieren", "Ablehnen", "Mehr zum Thema", "Über uns", "Kontakt", "Impressum", "Datenschutz", "Alle Rechte vorbehalten."),
    "es": ("Mundo", "Economía", "Tecnología", "Telecomunicaciones", "Opinión", "Suscríbete",
           "Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar sus preferencias en cualquier momento.",
           "Aceptar todo", "Rechazar", "Relacionadas", "Quiénes somos", "Contacto", "Aviso legal", "Privacidad", "Todos los derechos reservados."),
    "ja": ("国際", "経済", "テクノロジー", "通信", "オピニオン", "購読する",
           "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。設定はいつでも変更できます。",
           "すべて許可", "拒否", "関連記事", "会社概要", "お問い合わせ", "利用規約", "プライバシー", "無断転載を禁じます。"),
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


def render(meta, paras):
    e = html.escape
    ui = UI[meta["lang"]]
    sep = " | " if meta["lang"] != "ja" else "｜"
    title = meta["title"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": meta["lang"]}
    related = [r.strip() for r in meta.get("related", "").split(";") if r.strip()]
    out = f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
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
""" + "".join(f'        <li><a href="/{i}/">{e(x)}</a></li>\n' for i, x in enumerate(ui[:5])) + f"""      </ul>
    </nav>
    <a class="cta" href="/subscribe/">{e(ui[5])}</a>
  </header>
  <main>
    <article>
      <header>
        <p class="kicker">{e(meta['section'])}</p>
        <h1>{e(title)}</h1>
        <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timestr'])}</time></p>
      </header>
      <div class="article-body" itemprop="articleBody">
""" + "".join(f"        <p>{e(p)}</p>\n" for p in paras) + f"""      </div>
    </article>
    <aside class="related">
      <h2>{e(ui[9])}</h2>
      <ul>
""" + "".join(f'        <li><a href="/r/{i}">{e(r)}</a></li>\n' for i, r in enumerate(related)) + f"""      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(ui[6])}</p>
    <button class="accept">{e(ui[7])}</button> <button class="reject">{e(ui[8])}</button>
  </div>
  <footer class="site-footer">
    <ul>
""" + "".join(f'      <li><a href="/{x}/">{e(y)}</a></li>\n' for x, y in zip(("about", "contact", "terms", "privacy"), ui[10:14])) + f"""    </ul>
    <p>&copy; {meta['published'][:4]} {e(meta['outlet'])}. {e(ui[14])}</p>
  </footer>
</body>
</html>
"""
    return out


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        if names and sp.stem not in names:
            continue
        meta, paras = parse(sp)
        d = HERE / "cases" / sp.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        text = " ".join(paras)
        n = len(text.split()) if meta["lang"] != "ja" else len(text)
        print(f"{sp.stem}: {n} {'chars' if meta['lang']=='ja' else 'words'}")


if __name__ == "__main__":
    main(sys.argv[1:])
