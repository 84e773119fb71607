#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (news-like page)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": ("Accept all", "We use cookies to improve your experience and to measure audiences.", "Related", "All rights reserved", ["World", "Shipping", "Ports", "Markets", "Opinion"]),
    "fr": ("Tout accepter", "Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "À lire aussi", "Tous droits réservés", ["Monde", "Maritime", "Ports", "Marchés", "Débats"]),
    "de": ("Alle akzeptieren", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und Reichweiten zu messen.", "Mehr zum Thema", "Alle Rechte vorbehalten", ["Welt", "Schifffahrt", "Häfen", "Märkte", "Meinung"]),
    "es": ("Aceptar todo", "Utilizamos cookies para mejorar su experiencia y medir la audiencia.", "Relacionadas", "Todos los derechos reservados", ["Mundo", "Naviera", "Puertos", "Mercados", "Opinión"]),
    "ja": ("同意する", "当サイトは利便性向上とアクセス解析のためにクッキーを使用します。", "関連記事", "無断転載を禁じます", ["国際", "海運", "港湾", "市場", "オピニオン"]),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            v = v.strip()
            meta[k.strip()] = json.loads(v) if v.startswith('"') else v
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras

def build(meta, paras):
    e = html.escape
    lang = meta["lang"]
    accept, cookie, related, rights, menu = UI[lang]
    url = f"https://{meta['domain']}{meta['path']}"
    pub = meta["published"]
    sep = meta.get("sep", " - ")
    title = meta["title"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url}
    rel = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    out = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n  <meta charset="utf-8">',
           f'  <meta name="viewport" content="width=device-width, initial-scale=1">',
           f'  <title>{e(title)}{e(sep)}{e(meta["outlet"])}</title>',
           f'  <meta name="description" content="{e(desc)}">',
           f'  <link rel="canonical" href="{e(url)}">',
           f'  <meta property="og:type" content="article">',
           f'  <meta property="og:site_name" content="{e(meta["outlet"])}">',
           f'  <meta property="og:title" content="{e(title)}">',
           f'  <meta property="og:url" content="{e(url)}">',
           f'  <meta property="article:published_time" content="{pub}">',
           f'  <meta property="article:section" content="{e(meta["section"])}">',
           f'  <meta name="author" content="{e(meta["author"])}">',
           f'  <link rel="stylesheet" href="/assets/site.css">',
           f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
           '</head>\n<body>',
           f'  <div id="cookie-banner" class="consent"><p>{e(cookie)}</p><button>{e(accept)}</button></div>',
           f'  <header class="site-header"><a class="logo" href="/">{e(meta["outlet"])}</a>',
           '    <nav><ul>' + "".join(f'<li><a href="/{e(m.lower())}/">{e(m)}</a></li>' for m in menu) + '</ul></nav>',
           '  </header>\n  <main>\n    <article>',
           f'      <p class="kicker">{e(meta["section"])}</p>',
           f'      <h1>{e(title)}</h1>',
           f'      <p class="byline"><span class="author">{e(meta["author"])}</span> <time datetime="{pub}">{e(meta["dateline"])}</time></p>',
           '      <div class="article-body">']
    out += [f'        <p>{e(p)}</p>' for p in paras]
    out += ['      </div>', '    </article>', f'    <aside class="related"><h2>{e(related)}</h2><ul>']
    out += [f'      <li><a href="/{i}/">{e(r)}</a></li>' for i, r in enumerate(rel, 1)]
    out += ['    </ul></aside>', '  </main>',
            f'  <footer><p>© {pub[:4]} {e(meta["outlet"])}. {e(rights)}.</p><a href="/privacy/">Privacy</a> <a href="/contact/">Contact</a></footer>',
            '</body>\n</html>\n']
    return "\n".join(out)

def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        if names and sp.stem not in names:
            continue
        meta, paras = parse(sp)
        d = HERE / "cases" / sp.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{sp.stem}: {meta['lang']} {words} {'chars' if meta['lang']=='ja' else 'words'}")

if __name__ == "__main__":
    main(sys.argv[1:])
