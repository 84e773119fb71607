#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (news-like page)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

L = {
    "en": dict(nav=["World", "Politics", "Defence", "Business", "Opinion", "Sport"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               related="Related stories", foot=["About us", "Contact", "Terms of use", "Privacy policy"],
               rights="All rights reserved.", share="Share this story", by="By"),
    "fr": dict(nav=["International", "Politique", "Défense", "Économie", "Débats", "Sport"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et analyser notre audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", manage="Paramétrer",
               related="À lire aussi", foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"],
               rights="Tous droits réservés.", share="Partager cet article", by="Par"),
    "de": dict(nav=["Politik", "Ausland", "Verteidigung", "Wirtschaft", "Meinung", "Sport"], sub="Abo",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und unsere Reichweite zu messen. Ihre Auswahl können Sie jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               related="Mehr zum Thema", foot=["Impressum", "Kontakt", "Nutzungsbedingungen", "Datenschutz"],
               rights="Alle Rechte vorbehalten.", share="Artikel teilen", by="Von"),
    "es": dict(nav=["Internacional", "Política", "Defensa", "Economía", "Opinión", "Deportes"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar el tráfico. Puede cambiar su configuración en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               related="Noticias relacionadas", foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"],
               rights="Todos los derechos reservados.", share="Compartir", by="Por"),
    "ja": dict(nav=["国際", "政治", "防衛", "経済", "オピニオン", "スポーツ"], sub="購読",
               cookie="当サイトでは、コンテンツや広告の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて同意", reject="必要なもののみ", manage="設定を管理",
               related="関連記事", foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"],
               rights="無断転載を禁じます。", share="この記事をシェア", by=""),
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
    lang = meta["lang"]
    t = L[lang]
    e = lambda s: html.escape(s, quote=True)
    site, title, url = meta["site"], meta["title"], meta["url"]
    desc = paras[0][:150]
    pub = meta["published"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": site}, "mainEntityOfPage": url}
    host = url.split("/")[2]
    nav = "\n".join(f'        <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in t["nav"])
    rel = "\n".join(f'        <li><a href="https://{host}/{i}/">{e(r.strip())}</a></li>'
                    for i, r in enumerate(meta.get("related", "").split("|")) if r.strip())
    foot = "\n".join(f'      <li><a href="/{i}/">{e(f)}</a></li>' for i, f in enumerate(t["foot"]))
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    by = f'{t["by"]} {meta["author"]}'.strip()
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} {meta.get("sep", "-")} {e(site)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(site)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="masthead">
    <a class="brand" href="/">{e(site)}</a>
    <nav>
      <ul class="menu">
{nav}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(t["sub"])}</a>
  </header>
  <main class="layout">
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(title)}</h1>
      <div class="byline"><span class="author">{e(by)}</span> <time datetime="{pub}">{e(meta['dateline'])}</time></div>
      <div class="story-body" itemprop="articleBody">
{ps}
      </div>
    </article>
    <div class="share">{e(t["share"])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="related">
      <h3>{e(t["related"])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(t["cookie"])}</p>
    <button class="accept">{e(t["accept"])}</button> <button class="reject">{e(t["reject"])}</button> <a href="/privacy/">{e(t["manage"])}</a>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {pub[:4]} {e(site)}. {e(t["rights"])}</p>
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
        out = HERE / "cases" / sp.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{sp.stem}: {meta['lang']} {words} {'chars' if meta['lang']=='ja' else 'words'}")


if __name__ == "__main__":
    main(sys.argv[1:])
