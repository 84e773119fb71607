#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (header 'key: value' lines, '---', paragraphs split by blank lines)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
UI = {
    "en": (["World", "Business", "Travel", "Money", "Culture", "Opinion"], "Subscribe", "Most read",
           "We use cookies to personalise content and ads and to analyse our traffic.", "Accept all", "Reject",
           "Share this story", ["About us", "Contact", "Terms of use", "Privacy policy"], "All rights reserved."),
    "fr": (["Monde", "Économie", "Voyages", "Culture", "Régions", "Opinions"], "S'abonner", "Les plus lus",
           "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Refuser",
           "Partager cet article", ["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], "Tous droits réservés."),
    "de": (["Politik", "Wirtschaft", "Reise", "Kultur", "Regional", "Meinung"], "Abonnieren", "Meistgelesen",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen",
           "Artikel teilen", ["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], "Alle Rechte vorbehalten."),
    "es": (["Internacional", "Economía", "Viajes", "Cultura", "Regiones", "Opinión"], "Suscríbete", "Lo más leído",
           "Utilizamos cookies para personalizar contenidos y analizar el tráfico.", "Aceptar todo", "Rechazar",
           "Compartir", ["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], "Todos los derechos reservados."),
    "ja": (["国際", "経済", "旅行", "文化", "地域", "オピニオン"], "購読する", "よく読まれている記事",
           "当サイトはコンテンツの最適化とアクセス解析のためにCookieを使用します。", "すべて許可", "拒否",
           "この記事を共有", ["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], "無断転載を禁じます。"),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras

def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    nav, sub, most, cookie, acc, rej, share, foot, rights = UI[meta["lang"]]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"],
          "inLanguage": meta["lang"]}
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    year = meta["published"][:4]
    out = [
        "<!DOCTYPE html>", f'<html lang="{meta["lang"]}">', "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f'  <title>{e(meta["title"])} {meta.get("sep", "-")} {e(meta["outlet"])}</title>',
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(meta["url"])}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(meta["outlet"])}">',
        f'  <meta property="og:title" content="{e(meta["title"])}">',
        f'  <meta property="og:description" content="{e(desc)}">',
        f'  <meta property="og:url" content="{e(meta["url"])}">',
        f'  <meta property="article:published_time" content="{meta["published"]}">',
        f'  <meta property="article:section" content="{e(meta["section"])}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        '  <link rel="stylesheet" href="/assets/css/main.css">',
        '  <script src="/assets/js/consent.js" defer></script>',
        f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "</head>", '<body class="article-page">',
        '  <header class="masthead">', f'    <a class="brand" href="/">{e(meta["outlet"])}</a>', '    <nav><ul class="menu">']
    out += [f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(nav)]
    out += ['    </ul></nav>', f'    <a class="subscribe" href="/subscribe/">{e(sub)}</a>', "  </header>",
            "  <main>", "  <article>", '    <div class="story-header">',
            f'      <span class="kicker">{e(meta["section"])}</span>',
            f'      <h1 class="headline">{e(meta["title"])}</h1>']
    if meta.get("standfirst"):
        out.append(f'      <p class="standfirst">{e(meta["standfirst"])}</p>')
    out += [f'      <div class="meta"><span class="author">{e(meta["author"])}</span> '
            f'<time datetime="{meta["published"]}">{e(meta["display"])}</time></div>', "    </div>",
            '    <div class="story-body" itemprop="articleBody">']
    out += [f"      <p>{e(p)}</p>" for p in paras]
    out += ["    </div>", "  </article>",
            f'  <div class="share">{e(share)}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>',
            '  <aside class="related">', f"    <h3>{e(most)}</h3>", "    <ol>"]
    out += [f'      <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related)]
    out += ["    </ol>", "  </aside>", "  </main>",
            '  <div id="cookie-banner" class="consent" role="dialog">', f"    <p>{e(cookie)}</p>",
            f'    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button>', "  </div>",
            '  <footer class="site-footer">', "    <ul>"]
    out += [f'      <li><a href="/f{i}/">{e(f)}</a></li>' for i, f in enumerate(foot)]
    out += ["    </ul>", f'    <p>&copy; {year} {e(meta["outlet"])}. {e(rights)}</p>', "  </footer>", "</body>", "</html>", ""]
    return "\n".join(out)

def main():
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for n in names:
        meta, paras = parse(HERE / "specs" / f"{n}.txt")
        d = HERE / "cases" / n
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{n}: {meta['lang']} {words} {'chars' if meta['lang']=='ja' else 'words'}")

if __name__ == "__main__":
    main()
