#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

Spec: 'key: value' header lines, a line '---', then paragraphs separated by
blank lines. Keys: lang, outlet, url, published (ISO with offset), display,
section, author, title, related (titles separated by ' | ').
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": dict(nav=["World", "Politics", "Business", "Markets", "Opinion", "Sport"],
               sub="Subscribe", share="Share this story", most="Related",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               acc="Accept all", rej="Reject non-essential", man="Manage preferences",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(nav=["International", "Politique", "Économie", "Marchés", "Idées", "Sport"],
               sub="S'abonner", share="Partager cet article", most="Sur le même sujet",
               cookie="Nous utilisons des cookies pour personnaliser le contenu et les annonces et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
               acc="Tout accepter", rej="Tout refuser", man="Paramétrer",
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés."),
    "de": dict(nav=["Politik", "Wirtschaft", "Finanzen", "Meinung", "Regional", "Sport"],
               sub="Abonnieren", share="Artikel teilen", most="Mehr zum Thema",
               cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und unseren Datenverkehr zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               acc="Alle akzeptieren", rej="Nur notwendige", man="Einstellungen",
               foot=["Impressum", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(nav=["Internacional", "Política", "Economía", "Mercados", "Opinión", "Deportes"],
               sub="Suscríbete", share="Compartir", most="Relacionadas",
               cookie="Utilizamos cookies propias y de terceros para personalizar el contenido y analizar el tráfico. Puede cambiar sus preferencias en cualquier momento.",
               acc="Aceptar todas", rej="Rechazar", man="Configurar",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "ja": dict(nav=["政治", "経済", "国際", "マーケット", "オピニオン", "スポーツ"],
               sub="購読する", share="この記事を共有", most="関連記事",
               cookie="当サイトでは、コンテンツや広告の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               acc="すべて許可", rej="必要なもののみ", man="設定を管理",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}


def parse_spec(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split()) if meta["lang"] != "ja" else "".join(p.split())
             for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    ui = UI[meta["lang"]]
    e = lambda s: html.escape(s, quote=True)
    title, outlet, url, pub = meta["title"], meta["outlet"], meta["url"], meta["published"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    root = url.split("/")[0] + "//" + url.split("/")[2]
    out = [
        "<!DOCTYPE html>", f'<html lang="{meta["lang"]}">', "<head>",
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
        f'  <meta property="article:published_time" content="{e(pub)}">',
        f'  <meta property="article:section" content="{e(meta["section"])}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        '  <link rel="stylesheet" href="/assets/css/main.css">',
        '  <script src="/assets/js/consent.js" defer></script>',
        '  <script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>",
        "</head>", '<body class="article">', '  <header class="masthead">',
        f'    <a class="logo" href="/">{e(outlet)}</a>', '    <nav><ul>']
    for n in ui["nav"]:
        out.append(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>')
    out += ["    </ul></nav>", f'    <a class="subscribe" href="/subscribe/">{e(ui["sub"])}</a>',
            "  </header>", "  <main>", "    <article>",
            f'      <p class="kicker">{e(meta["section"])}</p>',
            f"      <h1>{e(title)}</h1>",
            f'      <p class="byline"><span class="author">{e(meta["author"])}</span> '
            f'<time datetime="{e(pub)}">{e(meta["display"])}</time></p>',
            '      <div class="article-body">']
    for p in paras:
        out.append(f"        <p>{e(p)}</p>")
    out += ["      </div>", "    </article>",
            f'    <div class="share">{e(ui["share"])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>',
            '    <aside class="related">', f"      <h2>{e(ui['most'])}</h2>", "      <ul>"]
    for i, r in enumerate(related):
        out.append(f'        <li><a href="{root}/related/{i + 1}">{e(r)}</a></li>')
    out += ["      </ul>", "    </aside>", "  </main>",
            '  <div id="cookie-banner" class="consent" role="dialog">',
            f"    <p>{e(ui['cookie'])}</p>",
            f'    <button class="accept">{e(ui["acc"])}</button> <button class="reject">{e(ui["rej"])}</button> <a href="/privacy/">{e(ui["man"])}</a>',
            "  </div>", '  <footer class="site-footer">', "    <ul>"]
    for f in ui["foot"]:
        out.append(f'      <li><a href="/{f.split()[0].lower()}/">{e(f)}</a></li>')
    out += ["    </ul>", f"    <p>&copy; {pub[:4]} {e(outlet)}. {e(ui['rights'])}</p>",
            "  </footer>", "</body>", "</html>", ""]
    return "\n".join(out)


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for s in specs:
        if names and s.stem not in names:
            continue
        meta, paras = parse_spec(s)
        d = HERE / "cases" / s.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        n = len("".join(paras)) if meta["lang"] == "ja" else len(" ".join(paras).split())
        print(f"{s.stem}: {n} {'chars' if meta['lang'] == 'ja' else 'words'}")


if __name__ == "__main__":
    main(sys.argv[1:])
