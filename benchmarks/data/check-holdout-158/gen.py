#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (news-like page around an <article>)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
UI = {
    "en": ("Home World Business Cities Transport Sport Opinion", "We use cookies to personalise content and to analyse our traffic.", "Accept all", "Reject", "Related", "About us|Contact|Terms|Privacy", "All rights reserved."),
    "fr": ("Accueil Monde Économie Villes Mobilités Sport Opinions", "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Refuser", "À lire aussi", "Qui sommes-nous|Contact|Conditions|Confidentialité", "Tous droits réservés."),
    "de": ("Startseite Politik Wirtschaft Städte Verkehr Sport Meinung", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen", "Mehr zum Thema", "Impressum|Kontakt|AGB|Datenschutz", "Alle Rechte vorbehalten."),
    "es": ("Portada Mundo Economía Ciudades Movilidad Deportes Opinión", "Usamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar", "Te puede interesar", "Quiénes somos|Contacto|Aviso legal|Privacidad", "Todos los derechos reservados."),
    "ja": ("トップ 国際 経済 地域 交通 スポーツ 社説", "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。", "同意する", "拒否する", "関連記事", "会社概要|お問い合わせ|利用規約|プライバシー", "無断転載を禁じます。"),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras

def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    nav, cookie, acc, rej, rel, foot, rights = UI[lang]
    sep = "｜" if lang == "ja" else " - "
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    desc = paras[0][:150]
    out = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n  <meta charset="utf-8">',
           '  <meta name="viewport" content="width=device-width, initial-scale=1">',
           f'  <title>{e(meta["title"])}{sep}{e(meta["outlet"])}</title>',
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
           '  <link rel="stylesheet" href="/assets/main.css">',
           '  <script src="/assets/consent.js" defer></script>',
           f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
           '</head>\n<body class="article-page">',
           f'  <header class="masthead"><a class="brand" href="/">{e(meta["outlet"])}</a>',
           '    <nav><ul>' + "".join(f'<li><a href="/{i}/">{e(w)}</a></li>' for i, w in enumerate(nav.split())) + '</ul></nav>',
           '  </header>\n  <main>\n  <article>',
           f'    <p class="kicker">{e(meta["section"])}</p>',
           f'    <h1>{e(meta["title"])}</h1>',
           f'    <p class="byline">{e(meta["author"])} <time datetime="{meta["published"]}">{e(meta["dateline"])}</time></p>']
    if meta.get("standfirst"):
        out.append(f'    <p class="standfirst">{e(meta["standfirst"])}</p>')
    out += [f'    <p>{e(p)}</p>' for p in paras]
    out.append('  </article>')
    out.append(f'  <aside class="related"><h2>{e(rel)}</h2><ul>' + "".join(
        f'<li><a href="/related/{i}">{e(t.strip())}</a></li>' for i, t in enumerate(meta["related"].split("|"))) + '</ul></aside>')
    out.append('  </main>')
    out.append(f'  <div id="cookie-banner" class="consent" role="dialog"><p>{e(cookie)}</p><button>{e(acc)}</button> <button>{e(rej)}</button></div>')
    out.append('  <footer><ul>' + "".join(f'<li><a href="/f{i}/">{e(t)}</a></li>' for i, t in enumerate(foot.split("|"))) +
               f'</ul><p>&copy; {meta["published"][:4]} {e(meta["outlet"])}. {e(rights)}</p></footer>')
    out.append('</body>\n</html>\n')
    return "\n".join(out)

def main(names):
    for spec in sorted((HERE / "specs").glob("*.txt")):
        if names and spec.stem not in names:
            continue
        meta, paras = parse(spec)
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")

if __name__ == "__main__":
    main(sys.argv[1:])
