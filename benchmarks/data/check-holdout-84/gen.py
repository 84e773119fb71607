"""Build cases/<name>/source.html from specs/<name>.txt (hand-written specs).

Spec: 'key: value' header lines, a line '---', then body paragraphs separated
by blank lines. Keys: lang outlet domain path title published section author
timelabel.
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

CHROME = {
    "en": (["World", "Business", "Science", "Sport", "Culture", "Opinion"], "Subscribe",
           "We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
           "Accept all", "Reject non-essential", ["About us", "Contact", "Terms of use", "Privacy policy"], "All rights reserved.", "Most read"),
    "fr": (["Monde", "Économie", "Sciences", "Sports", "Culture", "Débats"], "S'abonner",
           "Nous utilisons des cookies pour personnaliser le contenu et mesurer notre audience. Vous pouvez modifier vos choix à tout moment.",
           "Tout accepter", "Tout refuser", ["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], "Tous droits réservés.", "Les plus lus"),
    "de": (["Welt", "Wirtschaft", "Wissen", "Sport", "Kultur", "Meinung"], "Abonnieren",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und unsere Reichweite zu messen. Sie können Ihre Auswahl jederzeit ändern.",
           "Alle akzeptieren", "Nur notwendige", ["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], "Alle Rechte vorbehalten.", "Meistgelesen"),
    "es": (["Mundo", "Economía", "Ciencia", "Deportes", "Cultura", "Opinión"], "Suscríbete",
           "Utilizamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico. Puede cambiar sus preferencias en cualquier momento.",
           "Aceptar todo", "Rechazar", ["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], "Todos los derechos reservados.", "Lo más leído"),
    "ja": (["国際", "経済", "科学", "スポーツ", "文化", "オピニオン"], "購読する",
           "当サイトでは、コンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
           "すべて許可", "必須のみ", ["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], "無断転載を禁じます。", "よく読まれている記事"),
}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def body_text(paras):
    return "\n".join(paras)


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    nav, sub, cookie, acc, rej, foot, rights, most = CHROME[meta["lang"]]
    url = f"https://{meta['domain']}{meta['path']}"
    desc = paras[0][:150]
    year = meta["published"][:4]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": url}
    out = [
        "<!DOCTYPE html>", f'<html lang="{meta["lang"]}">', "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f'  <title>{e(meta["title"])} | {e(meta["outlet"])}</title>',
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(url)}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(meta["outlet"])}">',
        f'  <meta property="og:title" content="{e(meta["title"])}">',
        f'  <meta property="og:description" content="{e(desc)}">',
        f'  <meta property="og:url" content="{e(url)}">',
        f'  <meta property="article:published_time" content="{meta["published"]}">',
        f'  <meta property="article:section" content="{e(meta["section"])}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        '  <link rel="stylesheet" href="/assets/css/main.css">',
        '  <script src="/assets/js/consent.js" defer></script>',
        f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "</head>", '<body class="article">',
        '  <header class="masthead">', f'    <a class="logo" href="/">{e(meta["outlet"])}</a>',
        '    <nav class="sections"><ul>']
    for i, n in enumerate(nav):
        out.append(f'      <li><a href="/s{i}/">{e(n)}</a></li>')
    out += ["    </ul></nav>", f'    <a class="subscribe" href="/subscribe/">{e(sub)}</a>', "  </header>",
            "  <main>", "    <article>",
            f'      <p class="kicker">{e(meta["section"])}</p>',
            f'      <h1>{e(meta["title"])}</h1>',
            f'      <p class="byline"><span class="author">{e(meta["author"])}</span> '
            f'<time datetime="{meta["published"]}">{e(meta["timelabel"])}</time></p>',
            '      <div class="article-body">']
    for p in paras:
        out.append(f"        <p>{e(p)}</p>")
    out += ["      </div>", "    </article>",
            f'    <aside class="rail"><h3>{e(most)}</h3><ol><li><a href="/r/1">Newsletter</a></li><li><a href="/r/2">Podcast</a></li></ol></aside>',
            "  </main>",
            '  <div id="cookie-consent" class="cookie-banner" role="dialog">',
            f"    <p>{e(cookie)}</p>",
            f'    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button>',
            "  </div>", '  <footer class="site-footer">', "    <ul>"]
    for i, f in enumerate(foot):
        out.append(f'      <li><a href="/f{i}/">{e(f)}</a></li>')
    out += ["    </ul>", f"    <p>&copy; {year} {e(meta['outlet'])}. {e(rights)}</p>", "  </footer>",
            "</body>", "</html>", ""]
    return "\n".join(out)


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        if names and sp.stem not in names:
            continue
        meta, paras = parse_spec(sp)
        d = HERE / "cases" / sp.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print(sp.stem, meta["lang"], len(body_text(paras)))


if __name__ == "__main__":
    main(sys.argv[1:])
