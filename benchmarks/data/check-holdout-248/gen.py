#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (news-like page around an <article>)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": (["World", "Business", "Economy", "Work", "Politics", "Opinion"], "Subscribe",
           "We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
           "Accept all", "Reject non-essential", "Related stories", ["About us", "Contact", "Terms of use", "Privacy policy"], "All rights reserved."),
    "fr": (["International", "Économie", "Emploi", "Politique", "Société", "Idées"], "S'abonner",
           "Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
           "Tout accepter", "Tout refuser", "À lire aussi", ["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], "Tous droits réservés."),
    "de": (["Politik", "Wirtschaft", "Arbeit", "Regional", "Meinung", "Wissen"], "Abonnieren",
           "Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und unsere Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
           "Alle akzeptieren", "Nur notwendige", "Mehr zum Thema", ["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], "Alle Rechte vorbehalten."),
    "es": (["Internacional", "Economía", "Empleo", "Política", "Sociedad", "Opinión"], "Suscríbete",
           "Utilizamos cookies para personalizar el contenido y los anuncios y para analizar nuestro tráfico. Puede cambiar su elección en cualquier momento.",
           "Aceptar todo", "Rechazar", "Noticias relacionadas", ["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], "Todos los derechos reservados."),
    "ja": (["国際", "経済", "雇用", "政治", "社会", "オピニオン"], "購読する",
           "当サイトはコンテンツや広告の表示と利用状況の分析のためにクッキーを使用しています。設定はいつでも変更できます。",
           "すべて許可", "必須のみ", "関連記事", ["会社概要", "お問い合わせ", "利用規約", "プライバシー"], "無断転載を禁じます。"),
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
    e = html.escape
    lang = meta["lang"]
    nav, sub, cookie, acc, rej, rel, foot, rights = UI[lang]
    title, outlet, url, pub = meta["title"], meta["outlet"], meta["url"], meta["published"]
    desc = paras[0][:150]
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    out = [
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(title)} | {e(outlet)}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(url)}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(outlet)}">',
        f'  <meta property="og:title" content="{e(title)}">',
        f'  <meta property="og:description" content="{e(desc)}">',
        f'  <meta property="og:url" content="{e(url)}">',
        f'  <meta property="article:published_time" content="{pub}">',
        f'  <meta property="article:section" content="{e(meta["section"])}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        '  <link rel="stylesheet" href="/assets/css/main.css">',
        '  <script src="/assets/js/consent.js" defer></script>',
        f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "</head>", '<body class="article">',
        '  <header class="masthead">',
        f'    <a class="logo" href="/">{e(outlet)}</a>',
        '    <nav class="primary"><ul>',
    ]
    out += [f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(nav)]
    out += ['    </ul></nav>', f'    <a class="cta" href="/subscribe/">{e(sub)}</a>', '  </header>',
            '  <main>', '  <article>',
            f'    <p class="kicker">{e(meta["section"])}</p>',
            f'    <h1>{e(title)}</h1>',
            f'    <p class="byline"><span class="author">{e(meta["author"])}</span> '
            f'<time datetime="{pub}">{e(meta["display"])}</time></p>',
            '    <div class="article-body">']
    out += [f'      <p>{e(p)}</p>' for p in paras]
    out += ['    </div>', '  </article>',
            '  <aside class="related">', f'    <h2>{e(rel)}</h2>', '    <ul>']
    out += [f'      <li><a href="/related/{i}/">{e(r)}</a></li>' for i, r in enumerate(related)]
    out += ['    </ul>', '  </aside>', '  </main>',
            '  <div id="cookie-banner" class="consent" role="dialog">',
            f'    <p>{e(cookie)}</p>',
            f'    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button>',
            '  </div>', '  <footer class="site-footer">', '    <ul>']
    out += [f'      <li><a href="/info/{i}/">{e(f)}</a></li>' for i, f in enumerate(foot)]
    out += ['    </ul>', f'    <p>&copy; {pub[:4]} {e(outlet)}. {e(rights)}</p>', '  </footer>',
            '</body>', '</html>', '']
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
