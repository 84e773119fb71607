#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-238)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(nav=["World", "Business", "Retail", "Money", "Opinion", "Video"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and ads and to measure our audience. You can change your choices at any time under Privacy settings.",
               acc="Accept all", rej="Reject non-essential", man="Manage preferences", rel="Related stories",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.", share="Share this story"),
    "fr": dict(nav=["International", "Économie", "Commerce", "Conso", "Idées", "Vidéos"], sub="S'abonner",
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
               acc="Tout accepter", rej="Tout refuser", man="Paramétrer", rel="À lire aussi",
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés.", share="Partager cet article"),
    "de": dict(nav=["Politik", "Wirtschaft", "Handel", "Finanzen", "Meinung", "Video"], sub="Abo",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Reichweite zu messen. Sie können Ihre Auswahl jederzeit ändern.",
               acc="Alle akzeptieren", rej="Nur notwendige", man="Einstellungen", rel="Mehr zum Thema",
               foot=["Impressum", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten.", share="Artikel teilen"),
    "es": dict(nav=["Internacional", "Economía", "Comercio", "Consumo", "Opinión", "Vídeo"], sub="Suscríbete",
               cookie="Utilizamos cookies y tecnologías similares para personalizar contenidos y anuncios y analizar el tráfico. Puede cambiar su elección en cualquier momento.",
               acc="Aceptar todo", rej="Rechazar", man="Configurar", rel="Relacionadas",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados.", share="Compartir"),
    "ja": dict(nav=["国際", "経済", "流通", "暮らし", "オピニオン", "動画"], sub="購読する",
               cookie="当サイトでは、コンテンツや広告の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               acc="すべて許可", rej="必須のみ", man="設定を管理", rel="関連記事",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。", share="この記事をシェア"),
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
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    desc = paras[0] if len(paras[0]) <= 160 else paras[0][:157] + "..."
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": meta["lang"]}
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w(f'<html lang="{meta["lang"]}">')
    w("<head>")
    w('  <meta charset="utf-8">')
    w('  <meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"  <title>{e(title)} {meta.get('sep', '-')} {e(outlet)}</title>")
    w(f'  <meta name="description" content="{e(desc)}">')
    w(f'  <link rel="canonical" href="{e(url)}">')
    w('  <meta property="og:type" content="article">')
    w(f'  <meta property="og:site_name" content="{e(outlet)}">')
    w(f'  <meta property="og:title" content="{e(title)}">')
    w(f'  <meta property="og:description" content="{e(desc)}">')
    w(f'  <meta property="og:url" content="{e(url)}">')
    w(f'  <meta property="article:published_time" content="{meta["published"]}">')
    w(f'  <meta property="article:section" content="{e(meta["section"])}">')
    w(f'  <meta name="author" content="{e(meta["author"])}">')
    w('  <link rel="stylesheet" href="/assets/css/main.css">')
    w('  <script src="/assets/js/consent.js" defer></script>')
    w(f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    w("</head>")
    w('<body class="article-page">')
    w('  <header class="masthead">')
    w(f'    <a class="brand" href="/">{e(outlet)}</a>')
    w('    <nav class="menu"><ul>')
    for n in ui["nav"]:
        w(f'      <li><a href="/{e(n.lower())}/">{e(n)}</a></li>')
    w("    </ul></nav>")
    w(f'    <a class="subscribe" href="/subscribe/">{e(ui["sub"])}</a>')
    w("  </header>")
    w('  <main class="layout">')
    w('    <article class="story">')
    w('      <div class="story-header">')
    w(f'        <span class="kicker">{e(meta["section"])}</span>')
    w(f'        <h1 class="headline">{e(title)}</h1>')
    if meta.get("standfirst"):
        w(f'        <p class="standfirst">{e(meta["standfirst"])}</p>')
    w(f'        <div class="meta"><span class="author">{e(meta["author"])}</span> '
      f'<time datetime="{meta["published"]}">{e(meta["display"])}</time></div>')
    w("      </div>")
    w('      <div class="story-body" itemprop="articleBody">')
    for p in paras:
        if p.startswith("## "):
            w(f"        <h2>{e(p[3:])}</h2>")
        else:
            w(f"        <p>{e(p)}</p>")
    w("      </div>")
    w(f'      <div class="share">{e(ui["share"])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>')
    w("    </article>")
    w('    <aside class="related">')
    w(f"      <h3>{e(ui['rel'])}</h3>")
    w("      <ul>")
    for i, r in enumerate(related):
        w(f'        <li><a href="/related/{i}">{e(r)}</a></li>')
    w("      </ul>")
    w("    </aside>")
    w("  </main>")
    w('  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">')
    w(f"    <p>{e(ui['cookie'])}</p>")
    w(f'    <button class="accept">{e(ui["acc"])}</button> <button class="reject">{e(ui["rej"])}</button> <a href="/privacy/">{e(ui["man"])}</a>')
    w("  </div>")
    w('  <footer class="site-footer">')
    w("    <ul>")
    for f in ui["foot"]:
        w(f'      <li><a href="/{e(f.lower().replace(" ", "-"))}/">{e(f)}</a></li>')
    w("    </ul>")
    w(f"    <p>&copy; {meta['published'][:4]} {e(outlet)}. {e(ui['rights'])}</p>")
    w("  </footer>")
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        if names and sp.stem not in names:
            continue
        meta, paras = parse(sp)
        d = HERE / "cases" / sp.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{sp.stem}: {meta['lang']} {'chars' if meta['lang']=='ja' else 'words'}={words}")


if __name__ == "__main__":
    main(sys.argv[1:])
