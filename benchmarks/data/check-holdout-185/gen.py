#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

Spec: 'key: value' header lines, a line '---', then paragraphs separated by
blank lines. Keys: lang outlet url title published author section dateline.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
 "en": dict(nav=["World","Business","Travel","Aviation","Climate","Opinion"], sub="Subscribe",
   cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
   acc="Accept all", rej="Reject non-essential", man="Manage preferences", rel="Related stories",
   foot=["About us","Contact","Terms of use","Privacy policy"], rights="All rights reserved.", share="Share this story"),
 "fr": dict(nav=["International","Économie","Voyages","Aérien","Climat","Débats"], sub="S'abonner",
   cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
   acc="Tout accepter", rej="Continuer sans accepter", man="Paramétrer les cookies", rel="À lire aussi",
   foot=["Qui sommes-nous","Contact","Conditions d'utilisation","Politique de confidentialité"], rights="Tous droits réservés.", share="Partager cet article"),
 "de": dict(nav=["Politik","Wirtschaft","Reise","Luftfahrt","Klima","Meinung"], sub="Abonnieren",
   cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und unseren Datenverkehr zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
   acc="Alle akzeptieren", rej="Nur notwendige", man="Einstellungen", rel="Mehr zum Thema",
   foot=["Über uns","Kontakt","Nutzungsbedingungen","Datenschutz"], rights="Alle Rechte vorbehalten.", share="Artikel teilen"),
 "es": dict(nav=["Internacional","Economía","Viajes","Aviación","Clima","Opinión"], sub="Suscríbete",
   cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar nuestro tráfico. Puede cambiar su configuración en cualquier momento.",
   acc="Aceptar todo", rej="Rechazar", man="Configurar", rel="Noticias relacionadas",
   foot=["Quiénes somos","Contacto","Aviso legal","Política de privacidad"], rights="Todos los derechos reservados.", share="Compartir"),
 "ja": dict(nav=["国際","経済","旅行","航空","気候","オピニオン"], sub="購読する",
   cookie="当サイトでは、コンテンツや広告のパーソナライズ、アクセス解析のためにCookieを使用しています。設定はいつでも変更できます。",
   acc="すべて許可", rej="必須のみ", man="設定を管理", rel="関連記事",
   foot=["会社概要","お問い合わせ","利用規約","プライバシーポリシー"], rights="無断転載を禁じます。", share="この記事を共有"),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    related = [r for r in meta.get("related", "").split(" | ") if r]
    return meta, paras, related

def render(meta, paras, related):
    e = lambda s: html.escape(s, quote=True)
    ui = UI[meta["lang"]]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": meta["lang"]}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related))
    foot = "\n".join(f'      <li><a href="/f/{i}">{e(n)}</a></li>' for i, n in enumerate(ui["foot"]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="masthead">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul class="menu">
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main class="layout">
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(meta['title'])}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['dateline'])}</time></div>
      <div class="article-body" itemprop="articleBody">
{body}
      </div>
      <div class="share">{e(ui['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    </article>
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
    <p>&copy; {year} {e(meta['outlet'])}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""

def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        if names and sp.stem not in names:
            continue
        out = HERE / "cases" / sp.stem / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render(*parse(sp)), encoding="utf-8")
        print("wrote", out.relative_to(HERE))

if __name__ == "__main__":
    main(sys.argv[1:])
