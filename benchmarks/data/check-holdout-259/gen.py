#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are kept as written in cases/)."""
import html, json, pathlib
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": ("World|Business|Ports|Fisheries|Environment|Opinion", "Subscribe", "Most read",
           "We use cookies to personalise content and to analyse our traffic.", "Accept all", "Reject", "About us|Contact|Terms|Privacy", "All rights reserved."),
    "fr": ("Monde|Économie|Mer|Pêche|Environnement|Opinions", "S'abonner", "Les plus lus",
           "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Refuser", "Qui sommes-nous|Contact|Mentions légales|Confidentialité", "Tous droits réservés."),
    "de": ("Politik|Wirtschaft|Häfen|Fischerei|Umwelt|Meinung", "Abonnieren", "Meistgelesen",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen", "Impressum|Kontakt|AGB|Datenschutz", "Alle Rechte vorbehalten."),
    "es": ("Mundo|Economía|Puertos|Pesca|Medio ambiente|Opinión", "Suscríbete", "Lo más leído",
           "Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar", "Quiénes somos|Contacto|Aviso legal|Privacidad", "Todos los derechos reservados."),
    "ja": ("国際|経済|港湾|水産|環境|オピニオン", "購読する", "よく読まれている記事",
           "当サイトはコンテンツの表示や利用状況の分析のためにクッキーを使用します。", "同意する", "拒否する", "会社概要|お問い合わせ|利用規約|プライバシー", "無断転載を禁じます。"),
}

def parse_spec(p):
    head, body = p.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [x.strip() for x in body.strip().split("\n\n") if x.strip()]
    return meta, paras

def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    nav, sub, most, cookie, acc, rej, foot, rights = UI[lang]
    sep = meta.get("sep", " - ")
    title = meta["title"]; outlet = meta["outlet"]; url = meta["url"]; pub = meta["published"]
    desc = paras[0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
                     "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
                     "inLanguage": lang}, ensure_ascii=False)
    related = [x.strip() for x in meta.get("related", "").split("|") if x.strip()]
    out = [
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(title)}{e(sep)}{e(outlet)}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(url)}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(outlet)}">',
        f'  <meta property="og:title" content="{e(title)}">',
        f'  <meta property="og:url" content="{e(url)}">',
        f'  <meta property="article:published_time" content="{e(pub)}">',
        f'  <meta property="article:section" content="{e(meta.get("section", ""))}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        '  <link rel="stylesheet" href="/assets/main.css">',
        f'  <script type="application/ld+json">{ld}</script>', "</head>", '<body class="article">',
        '  <header class="masthead">', f'    <a class="logo" href="/">{e(outlet)}</a>', '    <nav class="main-nav"><ul>']
    for item in nav.split("|"):
        out.append(f'      <li><a href="/{e(item.lower())}/">{e(item)}</a></li>')
    out += ["    </ul></nav>", f'    <a class="cta" href="/subscribe/">{e(sub)}</a>', "  </header>",
            "  <main>", "    <article>", f'      <p class="kicker">{e(meta.get("section", ""))}</p>',
            f"      <h1>{e(title)}</h1>",
            f'      <p class="byline">{e(meta["author"])} · <time datetime="{e(pub)}">{e(meta["dateline"])}</time></p>']
    for p in paras:
        out.append(f"      <p>{e(p)}</p>")
    out += ["    </article>", '    <aside class="related">', f"      <h2>{e(most)}</h2>", "      <ul>"]
    for i, r in enumerate(related):
        out.append(f'        <li><a href="/related/{i}">{e(r)}</a></li>')
    out += ["      </ul>", "    </aside>", "  </main>",
            '  <div id="cookie-consent" class="cookie-banner" role="dialog">', f"    <p>{e(cookie)}</p>",
            f'    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button>', "  </div>",
            '  <footer class="site-footer">', "    <ul>"]
    for item in foot.split("|"):
        out.append(f'      <li><a href="/info/">{e(item)}</a></li>')
    year = pub[:4]
    out += ["    </ul>", f"    <p>&copy; {year} {e(outlet)}. {e(rights)}</p>", "  </footer>", "</body>", "</html>", ""]
    return "\n".join(out)

def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse_spec(spec)
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
    print("generated", len(list((HERE / "specs").glob("*.txt"))), "source pages")

if __name__ == "__main__":
    main()
