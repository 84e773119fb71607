#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (fictional news pages)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
L = {
 "en": dict(nav=["World","Business","Climate","Weather","Local","Opinion"], sub="Subscribe",
   cookie="We use cookies and similar technologies to personalise content and to analyse our traffic. You can change your choices at any time in Privacy settings.",
   acc="Accept all", rej="Reject non-essential", man="Manage preferences", rel="Related stories",
   foot=["About us","Contact","Terms of use","Privacy policy"], rights="All rights reserved.", share="Share this story"),
 "fr": dict(nav=["International","Économie","Climat","Météo","Régions","Opinions"], sub="S'abonner",
   cookie="Nous utilisons des cookies pour personnaliser les contenus et analyser notre audience. Vous pouvez modifier vos choix à tout moment.",
   acc="Tout accepter", rej="Tout refuser", man="Paramétrer", rel="À lire aussi",
   foot=["Qui sommes-nous","Contact","Conditions d'utilisation","Confidentialité"], rights="Tous droits réservés.", share="Partager cet article"),
 "de": dict(nav=["Politik","Wirtschaft","Klima","Wetter","Regionales","Meinung"], sub="Abonnieren",
   cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Ihre Auswahl können Sie jederzeit ändern.",
   acc="Alle akzeptieren", rej="Nur notwendige", man="Einstellungen", rel="Mehr zum Thema",
   foot=["Impressum","Kontakt","Nutzungsbedingungen","Datenschutz"], rights="Alle Rechte vorbehalten.", share="Artikel teilen"),
 "es": dict(nav=["Internacional","Economía","Clima","Tiempo","Regiones","Opinión"], sub="Suscríbete",
   cookie="Utilizamos cookies para personalizar el contenido y analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
   acc="Aceptar todo", rej="Rechazar", man="Configurar", rel="Noticias relacionadas",
   foot=["Quiénes somos","Contacto","Aviso legal","Privacidad"], rights="Todos los derechos reservados.", share="Compartir"),
 "ja": dict(nav=["国際","経済","気候","天気","地域","オピニオン"], sub="購読する",
   cookie="当サイトでは、コンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
   acc="すべて許可", rej="必須のみ", man="設定", rel="関連記事",
   foot=["会社概要","お問い合わせ","利用規約","プライバシー"], rights="無断転載を禁じます。", share="この記事を共有"),
}

def parse(p):
    head, body = p.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(x.split("\n")).strip() for x in body.strip().split("\n\n") if x.strip()]
    return meta, paras

def build(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lg = L[meta["lang"]]
    out, title, url, pub = meta["outlet"], meta["title"], meta["url"], meta["published"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": out}, "mainEntityOfPage": url,
          "inLanguage": meta["lang"]}
    rel = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    h = [f'<!DOCTYPE html>\n<html lang="{meta["lang"]}">\n<head>\n  <meta charset="utf-8">',
         '  <meta name="viewport" content="width=device-width, initial-scale=1">',
         f'  <title>{e(title)} {meta.get("sep","-")} {e(out)}</title>',
         f'  <meta name="description" content="{e(desc)}">',
         f'  <link rel="canonical" href="{e(url)}">',
         '  <meta property="og:type" content="article">',
         f'  <meta property="og:site_name" content="{e(out)}">',
         f'  <meta property="og:title" content="{e(title)}">',
         f'  <meta property="og:description" content="{e(desc)}">',
         f'  <meta property="og:url" content="{e(url)}">',
         f'  <meta property="article:published_time" content="{pub}">',
         f'  <meta property="article:section" content="{e(meta["section"])}">',
         f'  <meta name="author" content="{e(meta["author"])}">',
         '  <link rel="stylesheet" href="/static/css/site.css">',
         '  <script src="/static/js/consent.js" defer></script>',
         f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
         '</head>\n<body class="article-page">\n  <header class="top-bar">',
         f'    <a class="brand" href="/">{e(out)}</a>\n    <nav><ul class="menu">']
    h += [f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(lg["nav"])]
    h += [f'    </ul></nav>\n    <a class="subscribe" href="/subscribe/">{e(lg["sub"])}</a>\n  </header>',
          '  <main class="layout">\n    <article>\n      <div class="story-header">',
          f'        <span class="kicker">{e(meta["section"])}</span>',
          f'        <h1 class="headline">{e(title)}</h1>',
          f'        <div class="meta"><span class="author">{e(meta["author"])}</span> <time datetime="{pub}">{e(meta["display"])}</time></div>',
          '      </div>\n      <div class="story-body" itemprop="articleBody">']
    h += [f'        <p>{e(p)}</p>' for p in paras]
    h += ['      </div>', f'      <div class="share">{e(lg["share"])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>',
          '    </article>', f'    <aside class="related">\n      <h3>{e(lg["rel"])}</h3>\n      <ul>']
    h += [f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(rel)]
    h += ['      </ul>\n    </aside>\n  </main>',
          '  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">',
          f'    <p>{e(lg["cookie"])}</p>',
          f'    <button class="accept">{e(lg["acc"])}</button> <button class="reject">{e(lg["rej"])}</button> <a href="/privacy/">{e(lg["man"])}</a>',
          '  </div>\n  <footer class="site-footer">\n    <ul>']
    h += [f'      <li><a href="/f{i}/">{e(n)}</a></li>' for i, n in enumerate(lg["foot"])]
    h += ['    </ul>', f'    <p>&copy; {pub[:4]} {e(out)}. {e(lg["rights"])}</p>', '  </footer>\n</body>\n</html>\n']
    return "\n".join(h)

def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for p in specs:
        if names and p.stem not in names:
            continue
        meta, paras = parse(p)
        d = HERE / "cases" / p.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print("wrote", d / "source.html")

if __name__ == "__main__":
    main(sys.argv[1:])
