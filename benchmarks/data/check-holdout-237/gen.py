#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (news-like page)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
NAV = {
 "en": (["World", "Business", "Markets", "Economy", "Opinion"], "Subscribe", "Most read",
        "We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.",
        "Accept all", "Reject non-essential", ["About us", "Contact", "Terms of use", "Privacy policy"], "All rights reserved."),
 "fr": (["Monde", "Économie", "Marchés", "Finances", "Opinions"], "S'abonner", "Les plus lus",
        "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
        "Tout accepter", "Tout refuser", ["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], "Tous droits réservés."),
 "de": (["Politik", "Wirtschaft", "Finanzen", "Börse", "Meinung"], "Abonnieren", "Meistgelesen",
        "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
        "Alle akzeptieren", "Nur notwendige", ["Impressum", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], "Alle Rechte vorbehalten."),
 "es": (["Mundo", "Economía", "Mercados", "Finanzas", "Opinión"], "Suscríbete", "Lo más leído",
        "Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar sus preferencias en cualquier momento.",
        "Aceptar todo", "Rechazar", ["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], "Todos los derechos reservados."),
 "ja": (["国際", "経済", "マーケット", "金融", "オピニオン"], "購読する", "よく読まれている記事",
        "当サイトではコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
        "すべて許可", "必須のみ", ["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], "無断転載を禁じます。"),
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
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    nav, sub, most, cookie, acc, rej, foot, rights = NAV[lang]
    url = "https://" + meta["domain"] + meta["path"]
    title, outlet = meta["title"], meta["outlet"]
    desc = paras[0][:150]
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    out = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>',
      '  <meta charset="utf-8">',
      '  <meta name="viewport" content="width=device-width, initial-scale=1">',
      f'  <title>{e(title)} {meta.get("sep", "-")} {e(outlet)}</title>',
      f'  <meta name="description" content="{e(desc)}">',
      f'  <link rel="canonical" href="{e(url)}">',
      '  <meta property="og:type" content="article">',
      f'  <meta property="og:site_name" content="{e(outlet)}">',
      f'  <meta property="og:title" content="{e(title)}">',
      f'  <meta property="og:description" content="{e(desc)}">',
      f'  <meta property="og:url" content="{e(url)}">',
      f'  <meta property="article:published_time" content="{meta["published"]}">',
      f'  <meta property="article:section" content="{e(meta["section"])}">',
      f'  <meta name="author" content="{e(meta["author"])}">',
      '  <link rel="stylesheet" href="/static/css/site.css">',
      '  <script src="/static/js/consent.js" defer></script>',
      '  <script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>',
      '</head>', '<body class="article-page">', '  <header class="top-bar">',
      f'    <a class="brand" href="/">{e(outlet)}</a>', '    <nav><ul class="menu">']
    out += [f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(nav)]
    out += ['    </ul></nav>', f'    <a class="subscribe" href="/subscribe/">{e(sub)}</a>', '  </header>',
      '  <main class="layout">', '    <article>', '      <div class="story-header">',
      f'        <span class="kicker">{e(meta["section"])}</span>',
      f'        <h1 class="headline">{e(title)}</h1>',
      f'        <div class="meta"><span class="author">{e(meta["author"])}</span> <time datetime="{meta["published"]}">{e(meta["timestr"])}</time></div>',
      '      </div>', '      <div class="story-body" itemprop="articleBody">']
    out += [f'        <p>{e(p)}</p>' for p in paras]
    out += ['      </div>', '    </article>', '    <aside class="sidebar">', f'      <h3>{e(most)}</h3>', '      <ol>']
    out += [f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related)]
    out += ['      </ol>', '    </aside>', '  </main>',
      '  <div id="cookie-banner" class="consent" role="dialog">', f'    <p>{e(cookie)}</p>',
      f'    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button>', '  </div>',
      '  <footer class="site-footer">', '    <ul>']
    out += [f'      <li><a href="/f{i}/">{e(f)}</a></li>' for i, f in enumerate(foot)]
    out += ['    </ul>', f'    <p>&copy; {meta["published"][:4]} {e(outlet)}. {e(rights)}</p>', '  </footer>', '</body>', '</html>', '']
    return "\n".join(out)

def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        if names and sp.stem not in names:
            continue
        meta, paras = parse(sp)
        d = HERE / "cases" / sp.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", d / "source.html")

if __name__ == "__main__":
    main(sys.argv[1:])
