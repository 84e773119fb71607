#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (header lines 'key: value', '---', paragraphs)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
UI = {
    "en": ("World Business Markets Commodities Opinion".split(), "Subscribe", "Related", "We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.", "Accept all", "Reject", "About us|Contact|Terms of use|Privacy policy", "All rights reserved."),
    "fr": ("Monde Économie Marchés Matières premières Opinions".split(), "S'abonner", "À lire aussi", "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.", "Tout accepter", "Refuser", "Qui sommes-nous|Contact|Conditions d'utilisation|Confidentialité", "Tous droits réservés."),
    "de": ("Politik Wirtschaft Märkte Rohstoffe Meinung".split(), "Abonnieren", "Mehr zum Thema", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.", "Alle akzeptieren", "Ablehnen", "Impressum|Kontakt|Nutzungsbedingungen|Datenschutz", "Alle Rechte vorbehalten."),
    "es": ("Mundo Economía Mercados Materias primas Opinión".split(), "Suscríbete", "Relacionadas", "Utilizamos cookies para personalizar contenidos y analizar el tráfico. Puede cambiar sus preferencias en cualquier momento.", "Aceptar todo", "Rechazar", "Quiénes somos|Contacto|Aviso legal|Privacidad", "Todos los derechos reservados."),
    "ja": ("国内 経済 市場 資源 オピニオン".split(), "購読する", "関連記事", "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。設定はいつでも変更できます。", "すべて許可", "拒否", "会社概要|お問い合わせ|利用規約|プライバシー", "無断転載を禁じます。"),
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
    lang = meta["lang"]
    nav, sub, rel, cookie, acc, rej, foot, rights = UI[lang]
    url = "https://" + meta["domain"] + meta["path"]
    first = paras[0]
    desc = first if len(first) <= 160 else first[:157] + "..."
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": url}
    related = meta.get("related", "").split("|")
    out = [
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f'  <title>{e(meta["title"])} {meta.get("sep", "|")} {e(meta["outlet"])}</title>',
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
        '  <script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>",
        "</head>", '<body class="article">',
        '  <header class="masthead">',
        f'    <a class="logo" href="/">{e(meta["outlet"])}</a>',
        '    <nav class="main-nav"><ul>',
        *[f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(nav)],
        "    </ul></nav>",
        f'    <a class="cta" href="/subscribe/">{e(sub)}</a>',
        "  </header>", "  <main>", "    <article>", "      <header>",
        f'        <p class="kicker">{e(meta["section"])}</p>',
        f'        <h1>{e(meta["title"])}</h1>',
        f'        <p class="byline">{e(meta["author"])} · <time datetime="{meta["published"]}">{e(meta["display"])}</time></p>',
        "      </header>", '      <div class="article-body">',
        *[f"        <p>{e(p)}</p>" for p in paras],
        "      </div>", "    </article>",
        '    <aside class="related">', f"      <h2>{e(rel)}</h2>", "      <ul>",
        *[f'        <li><a href="/r/{i}/">{e(r)}</a></li>' for i, r in enumerate(related) if r],
        "      </ul>", "    </aside>", "  </main>",
        '  <div id="cookie-consent" class="cookie-banner" role="dialog">',
        f"    <p>{e(cookie)}</p>",
        f'    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button>',
        "  </div>", '  <footer class="site-footer">', "    <ul>",
        *[f'      <li><a href="/f/{i}/">{e(f)}</a></li>' for i, f in enumerate(foot.split("|"))],
        "    </ul>", f'    <p>&copy; {meta["published"][:4]} {e(meta["outlet"])}. {e(rights)}</p>',
        "  </footer>", "</body>", "</html>", ""]
    return "\n".join(out)

def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for s in specs:
        if names and s.stem not in names:
            continue
        meta, paras = parse(s)
        d = HERE / "cases" / s.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{s.stem}: {words} {'chars' if meta['lang']=='ja' else 'words'}")

if __name__ == "__main__":
    main(sys.argv[1:])
