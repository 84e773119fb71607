#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt (header lines, ---, paragraphs)."""
import html, json, pathlib, datetime as dt

HERE = pathlib.Path(__file__).parent
UI = {
 "en": ("Home World Business Climate Cities Opinion", "We use cookies to improve your experience. Accept all / Manage settings", "Related", "All rights reserved.", "Subscribe"),
 "fr": ("Accueil Monde Économie Environnement Régions Débats", "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter / Paramétrer", "À lire aussi", "Tous droits réservés.", "S'abonner"),
 "de": ("Startseite Politik Wirtschaft Umwelt Regionen Meinung", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren / Einstellungen", "Mehr zum Thema", "Alle Rechte vorbehalten.", "Abonnieren"),
 "es": ("Portada Internacional Economía Medio_ambiente Regiones Opinión", "Utilizamos cookies para mejorar su experiencia. Aceptar todo / Configurar", "Relacionadas", "Todos los derechos reservados.", "Suscríbete"),
 "ja": ("トップ 国際 経済 環境 地域 オピニオン", "当サイトはクッキーを使用しています。同意する/設定", "関連記事", "無断転載を禁じます。", "購読する"),
}

def parse(p):
    head, body = p.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [x.strip().replace("\n", " ") for x in body.strip().split("\n\n") if x.strip()]
    return meta, paras

def build(meta, paras):
    e = html.escape
    lang = meta["lang"]
    nav, cookie, rel, rights, sub = UI[lang]
    title, outlet, url, pub = meta["title"], meta["outlet"], meta["url"], meta["published"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    desc = paras[0][:150]
    related = [r.split("|") for r in meta.get("related", "").split(";") if r.strip()]
    out = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n  <meta charset="utf-8">',
      '  <meta name="viewport" content="width=device-width, initial-scale=1">',
      f'  <title>{e(title)} {meta.get("sep", "-")} {e(outlet)}</title>',
      f'  <meta name="description" content="{e(desc)}">',
      f'  <link rel="canonical" href="{e(url)}">',
      '  <meta property="og:type" content="article">',
      f'  <meta property="og:site_name" content="{e(outlet)}">',
      f'  <meta property="og:title" content="{e(title)}">',
      f'  <meta property="og:url" content="{e(url)}">',
      f'  <meta property="article:published_time" content="{pub}">',
      f'  <meta property="article:section" content="{e(meta["section"])}">',
      f'  <meta name="author" content="{e(meta["author"])}">',
      '  <link rel="stylesheet" href="/assets/site.css">',
      f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
      '</head>\n<body class="article">',
      f'  <div id="cookie-banner" class="consent"><p>{e(cookie)}</p></div>',
      f'  <header class="masthead"><a class="logo" href="/">{e(outlet)}</a>\n    <nav><ul>' +
      "".join(f'<li><a href="/{w.lower()}/">{e(w.replace("_", " "))}</a></li>' for w in nav.split()) +
      f'</ul></nav><a class="btn" href="/subscribe">{e(sub)}</a></header>',
      '  <main>\n  <article>',
      f'    <p class="kicker">{e(meta["section"])}</p>',
      f'    <h1>{e(title)}</h1>',
      f'    <p class="byline"><span class="author">{e(meta["author"])}</span> <time datetime="{pub}">{e(meta["dateline"])}</time></p>',
      '    <div class="article-body">']
    for p in paras:
        if p.startswith("## "):
            out.append(f'      <h2>{e(p[3:])}</h2>')
        else:
            out.append(f'      <p>{e(p)}</p>')
    out += ['    </div>', '  </article>',
      f'  <aside class="related"><h3>{e(rel)}</h3><ul>' +
      "".join(f'<li><a href="{e(h)}">{e(t)}</a></li>' for t, h in related) + '</ul></aside>',
      '  </main>',
      f'  <footer><p>© {pub[:4]} {e(outlet)}. {e(rights)}</p><a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer>',
      '</body>\n</html>\n']
    return "\n".join(out)

def main():
    for p in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(p)
        d = HERE / "cases" / p.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print("wrote", d / "source.html")

if __name__ == "__main__":
    main()
