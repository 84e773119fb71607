#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

Spec format: 'key: value' header lines, a line '---', then one paragraph per
line (blank lines ignored). Keys: lang outlet url published timelabel section
author title kicker.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
NAV = {
    "en": (["World", "Business", "Markets", "Energy", "Mining", "Opinion"], "Subscribe",
           "We use cookies and similar technologies to personalise content and ads and to analyse our traffic.",
           "Accept all", "Reject non-essential", "Related coverage", ["About us", "Contact", "Terms of use", "Privacy policy"], "All rights reserved."),
    "fr": (["International", "Économie", "Marchés", "Énergie", "Mines", "Opinions"], "S'abonner",
           "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience.",
           "Tout accepter", "Continuer sans accepter", "À lire aussi", ["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"], "Tous droits réservés."),
    "de": (["Politik", "Wirtschaft", "Märkte", "Energie", "Rohstoffe", "Meinung"], "Abo",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und die Nutzung zu analysieren.",
           "Alle akzeptieren", "Nur notwendige", "Mehr zum Thema", ["Impressum", "Kontakt", "AGB", "Datenschutz"], "Alle Rechte vorbehalten."),
    "es": (["Internacional", "Economía", "Mercados", "Energía", "Minería", "Opinión"], "Suscríbete",
           "Utilizamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico.",
           "Aceptar todo", "Rechazar", "Noticias relacionadas", ["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], "Todos los derechos reservados."),
    "ja": (["国際", "経済", "マーケット", "エネルギー", "資源", "オピニオン"], "購読する",
           "当サイトはサービス向上と広告配信のためにクッキーを使用しています。",
           "同意する", "拒否する", "関連記事", ["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], "無断転載を禁じます。"),
}


def parse(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.splitlines() if p.strip()]
    return meta, paras


def render(meta, paras):
    lang = meta["lang"]
    menu, sub, cookie, acc, rej, related, foot, rights = NAV[lang]
    e = lambda s: html.escape(s, quote=True)
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    base = url.split("/")[0] + "//" + url.split("/")[2]
    rel = meta.get("related", "").split("|") if meta.get("related") else []
    out = [
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(title)} - {e(outlet)}</title>",
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
        '  <link rel="stylesheet" href="/assets/css/main.css">',
        '  <script src="/assets/js/consent.js" defer></script>',
        '  <script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>",
        "</head>", '<body class="article">',
        '  <header class="masthead">',
        f'    <a class="logo" href="{base}/">{e(outlet)}</a>',
        '    <nav><ul>' + "".join(f'<li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(menu)) + "</ul></nav>",
        f'    <a class="cta" href="/subscribe/">{e(sub)}</a>',
        "  </header>",
        "  <main>", "    <article>",
        f'      <p class="kicker">{e(meta["section"])}</p>',
        f"      <h1>{e(title)}</h1>",
        f'      <p class="byline"><span class="author">{e(meta["author"])}</span> <time datetime="{meta["published"]}">{e(meta["timelabel"])}</time></p>',
        '      <div class="article-body">',
    ]
    for p in paras:
        if p.startswith("## "):
            out.append(f"        <h2>{e(p[3:])}</h2>")
        else:
            out.append(f"        <p>{e(p)}</p>")
    out += ["      </div>", "    </article>",
            '    <aside class="related">', f"      <h3>{e(related)}</h3>", "      <ul>"]
    for i, r in enumerate(rel):
        out.append(f'        <li><a href="/story/{i + 101}">{e(r)}</a></li>')
    out += ["      </ul>", "    </aside>", "  </main>",
            '  <div id="cookie-consent" class="cookie-banner" role="dialog">',
            f"    <p>{e(cookie)}</p>",
            f'    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button>',
            "  </div>", '  <footer class="site-footer">', "    <ul>"]
    out += [f'      <li><a href="/p/{i}">{e(f)}</a></li>' for i, f in enumerate(foot)]
    out += ["    </ul>", f"    <p>&copy; {meta['published'][:4]} {e(outlet)}. {e(rights)}</p>",
            "  </footer>", "</body>", "</html>", ""]
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


if __name__ == "__main__":
    main(sys.argv[1:])
