#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (news-like page around the article)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": (["World", "Business", "Industry", "Energy", "Markets", "Opinion"], "Subscribe",
           "We use cookies and similar technologies to personalise content and ads and to analyse our traffic.",
           "Accept all", "Reject non-essential", "Most read", "Share this story", "All rights reserved."),
    "fr": (["Monde", "Économie", "Industrie", "Énergie", "Marchés", "Opinions"], "S'abonner",
           "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience.",
           "Tout accepter", "Tout refuser", "Les plus lus", "Partager cet article", "Tous droits réservés."),
    "de": (["Welt", "Wirtschaft", "Industrie", "Energie", "Märkte", "Meinung"], "Abonnieren",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
           "Alle akzeptieren", "Nur notwendige", "Meistgelesen", "Artikel teilen", "Alle Rechte vorbehalten."),
    "es": (["Mundo", "Economía", "Industria", "Energía", "Mercados", "Opinión"], "Suscríbete",
           "Utilizamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico.",
           "Aceptar todo", "Rechazar", "Lo más leído", "Compartir", "Todos los derechos reservados."),
    "ja": (["国際", "経済", "産業", "エネルギー", "マーケット", "オピニオン"], "購読する",
           "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。",
           "すべて許可", "必須のみ", "よく読まれている記事", "この記事をシェア", "無断転載を禁じます。"),
}


def parse_spec(path):
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
    e = lambda s: html.escape(s, quote=True)
    nav, sub, cookie, acc, rej, most, share, rights = UI[meta["lang"]]
    url = f"https://{meta['domain']}{meta['path']}"
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url}
    out = [
        "<!DOCTYPE html>", f'<html lang="{meta["lang"]}">', "<head>", '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(meta['title'])} {meta.get('sep', '-')} {e(meta['outlet'])}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{url}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(meta["outlet"])}">',
        f'  <meta property="og:title" content="{e(meta["title"])}">',
        f'  <meta property="og:description" content="{e(desc)}">',
        f'  <meta property="og:url" content="{url}">',
        f'  <meta property="article:published_time" content="{meta["published"]}">',
        f'  <meta property="article:section" content="{e(meta["section"])}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        '  <link rel="stylesheet" href="/assets/css/main.css">',
        '  <script src="/assets/js/consent.js" defer></script>',
        f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "</head>", '<body class="article">', '  <header class="masthead">',
        f'    <a class="logo" href="/">{e(meta["outlet"])}</a>', '    <nav><ul>',
    ]
    out += [f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(nav)]
    out += ['    </ul></nav>', f'    <a class="cta" href="/subscribe/">{e(sub)}</a>', "  </header>",
            "  <main>", "    <article>", f'      <p class="kicker">{e(meta["section"])}</p>',
            f'      <h1>{e(meta["title"])}</h1>',
            f'      <p class="byline"><span class="author">{e(meta["author"])}</span> '
            f'<time datetime="{meta["published"]}">{e(meta["timestr"])}</time></p>',
            '      <div class="article-body">']
    out += [f"        <p>{e(p)}</p>" for p in paras]
    out += ["      </div>", "    </article>", f'    <div class="share">{e(share)}: <a href="/share/mail">Email</a> <a href="/share/x">X</a></div>',
            '    <aside class="related">', f"      <h2>{e(most)}</h2>", "      <ul>"]
    out += [f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related)]
    out += ["      </ul>", "    </aside>", "  </main>",
            '  <div id="consent" class="cookie-banner" role="dialog">', f"    <p>{e(cookie)}</p>",
            f'    <button>{e(acc)}</button> <button>{e(rej)}</button>', "  </div>",
            '  <footer class="site-footer">', f'    <p>&copy; {meta["published"][:4]} {e(meta["outlet"])}. {e(rights)}</p>',
            '    <ul><li><a href="/impressum/">Legal</a></li><li><a href="/privacy/">Privacy</a></li></ul>',
            "  </footer>", "</body>", "</html>", ""]
    return "\n".join(out)


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        if names and sp.stem not in names:
            continue
        meta, paras, related = parse_spec(sp)
        d = HERE / "cases" / sp.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras, related), encoding="utf-8")
        print("wrote", d / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
