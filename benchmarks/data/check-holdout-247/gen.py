#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (header lines, '---', paragraphs)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": (["World", "Science", "Disasters", "Business", "Climate", "Opinion"], "Subscribe",
           "We use cookies and similar technologies to personalise content and to analyse our traffic. You can change your choices at any time in Privacy settings.",
           "Accept all", "Reject non-essential", "Related", "About us", "Contact", "Terms of use", "Privacy policy", "All rights reserved."),
    "fr": (["Monde", "Sciences", "Catastrophes", "Économie", "Climat", "Opinions"], "S'abonner",
           "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
           "Tout accepter", "Tout refuser", "À lire aussi", "Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité", "Tous droits réservés."),
    "de": (["Welt", "Wissen", "Katastrophen", "Wirtschaft", "Klima", "Meinung"], "Abo",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
           "Alle akzeptieren", "Nur notwendige", "Mehr zum Thema", "Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz", "Alle Rechte vorbehalten."),
    "es": (["Mundo", "Ciencia", "Desastres", "Economía", "Clima", "Opinión"], "Suscríbete",
           "Utilizamos cookies para personalizar el contenido y analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
           "Aceptar todo", "Rechazar", "Relacionadas", "Quiénes somos", "Contacto", "Aviso legal", "Privacidad", "Todos los derechos reservados."),
    "ja": (["国際", "科学", "災害", "経済", "気候", "オピニオン"], "購読する",
           "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
           "すべて同意", "必要なもののみ", "関連記事", "会社概要", "お問い合わせ", "利用規約", "プライバシー", "無断転載を禁じます。"),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    return meta, paras, related


def render(meta, paras, related):
    e = html.escape
    lang = meta["lang"]
    nav, sub, cookie, acc, rej, rel_h, *foot, rights = UI[lang]
    url = "https://" + meta["domain"] + meta["path"]
    title = meta["title"]
    desc = paras[0][:150]
    year = meta["published"][:4]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": url}
    out = [
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(title)} - {e(meta['outlet'])}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(url)}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(meta["outlet"])}">',
        f'  <meta property="og:title" content="{e(title)}">',
        f'  <meta property="og:description" content="{e(desc)}">',
        f'  <meta property="og:url" content="{e(url)}">',
        f'  <meta property="article:published_time" content="{meta["published"]}">',
        f'  <meta property="article:section" content="{e(meta["section"])}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        '  <link rel="stylesheet" href="/static/css/site.css">',
        '  <script src="/static/js/consent.js" defer></script>',
        '  <script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>",
        "</head>", '<body class="article-page">',
        '  <header class="masthead">',
        f'    <a class="brand" href="/">{e(meta["outlet"])}</a>',
        '    <nav class="menu"><ul>',
    ]
    for n in nav:
        out.append(f'      <li><a href="/{e(n.lower())}/">{e(n)}</a></li>')
    out += [
        "    </ul></nav>",
        f'    <a class="subscribe" href="/subscribe/">{e(sub)}</a>',
        "  </header>",
        '  <main class="layout">',
        "    <article>",
        f'      <p class="kicker">{e(meta["section"])}</p>',
        f'      <h1 class="headline">{e(title)}</h1>',
        f'      <div class="byline"><span class="author">{e(meta["author"])}</span> '
        f'<time datetime="{meta["published"]}">{e(meta["display"])}</time></div>',
        '      <div class="article-body" itemprop="articleBody">',
    ]
    for p in paras:
        if p.startswith("## "):
            out.append(f"        <h2>{e(p[3:])}</h2>")
        else:
            out.append(f"        <p>{e(p)}</p>")
    out += ["      </div>", "    </article>", '    <aside class="related">', f"      <h3>{e(rel_h)}</h3>", "      <ul>"]
    for i, r in enumerate(related):
        out.append(f'        <li><a href="/related/{i}">{e(r)}</a></li>')
    out += ["      </ul>", "    </aside>", "  </main>",
            '  <div id="cookie-banner" class="consent" role="dialog">',
            f"    <p>{e(cookie)}</p>",
            f'    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button>',
            "  </div>", '  <footer class="site-footer">', "    <ul>"]
    for i, f in enumerate(foot):
        out.append(f'      <li><a href="/info/{i}">{e(f)}</a></li>')
    out += ["    </ul>", f"    <p>&copy; {year} {e(meta['outlet'])}. {e(rights)}</p>", "  </footer>", "</body>", "</html>", ""]
    return "\n".join(out)


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for s in specs:
        if names and s.stem not in names:
            continue
        meta, paras, related = parse(s)
        d = HERE / "cases" / s.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras, related), encoding="utf-8")
        print("wrote", d / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
