#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

A spec is a header of `key: value` lines (lang, outlet, site, url, published,
title, author, section, template), a line `---`, then paragraphs separated by
blank lines. The page chrome varies with `template` (1-4).
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Technology", "Security", "Opinion", "Sport"],
    "fr": ["International", "Économie", "Tech", "Société", "Débats", "Sport"],
    "de": ["Politik", "Wirtschaft", "Digital", "Panorama", "Meinung", "Sport"],
    "es": ["Mundo", "Economía", "Tecnología", "Sociedad", "Opinión", "Deportes"],
    "ja": ["国際", "経済", "テクノロジー", "社会", "オピニオン", "スポーツ"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to measure traffic.", "Accept all", "Manage settings"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihr Nutzungserlebnis zu verbessern und Reichweite zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para mejorar su experiencia y medir la audiencia.", "Aceptar todo", "Configurar"),
    "ja": ("当サイトは利便性向上とアクセス解析のためにクッキーを使用します。", "すべて許可", "設定"),
}
RELATED = {
    "en": ("Related coverage", ["How ransomware gangs pick their targets", "Regulators weigh tougher breach-reporting rules", "Inside a security operations centre at night"]),
    "fr": ("À lire aussi", ["Comment les groupes de rançongiciels choisissent leurs cibles", "Le régulateur durcit le ton sur les fuites de données", "Une nuit dans un centre de sécurité informatique"]),
    "de": ("Mehr zum Thema", ["Wie Erpresserbanden ihre Opfer auswählen", "Aufsicht verschärft Meldepflichten bei Datenpannen", "Eine Nacht im Sicherheitslagezentrum"]),
    "es": ("Más noticias", ["Cómo eligen sus víctimas las bandas de ransomware", "El regulador endurece las reglas sobre filtraciones", "Una noche en un centro de ciberseguridad"]),
    "ja": ("関連記事", ["ランサムウエア集団はどう標的を選ぶのか", "個人情報漏えいの報告義務、強化へ議論", "夜間のセキュリティー監視センターを訪ねて"]),
}
FOOTER = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}


def read_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    t = int(meta.get("template", "1"))
    sep = " | " if t in (2, 4) else " - "
    desc = paras[0][:160]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": meta["title"], "datePublished": meta["published"],
        "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {"@type": "Organization", "name": meta["outlet"]},
        "mainEntityOfPage": meta["url"],
    }
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck, ok, more = COOKIE[lang]
    rel_title, rel = RELATED[lang]
    rel_html = "\n".join(f'        <li><a href="https://{meta["site"]}/r/{i + 101}">{e(r)}</a></li>' for i, r in enumerate(rel))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    shown = meta.get("shown", meta["published"])
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta["title"])}{sep}{e(meta["outlet"])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta["url"])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta["outlet"])}">
  <meta property="og:title" content="{e(meta["title"])}">
  <meta property="og:url" content="{e(meta["url"])}">
  <meta property="article:published_time" content="{meta["published"]}">
  <meta property="article:section" content="{e(meta.get("section", ""))}">
  <meta name="author" content="{e(meta["author"])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    cookie = f"""  <div class="cookie-consent" role="dialog"><p>{e(ck)}</p><button>{e(ok)}</button> <button>{e(more)}</button></div>
"""
    header = f"""  <header class="site-header">
    <a class="logo" href="https://{meta["site"]}/">{e(meta["outlet"])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
"""
    article = f"""  <main>
    <article>
      <h1>{e(meta["title"])}</h1>
      <p class="byline">{e(meta["author"])} · <time datetime="{meta["published"]}">{e(shown)}</time></p>
{body}
    </article>
    <aside class="related"><h2>{e(rel_title)}</h2>
      <ul>
{rel_html}
      </ul>
    </aside>
  </main>
"""
    footer = f"""  <footer><p>© {meta["published"][:4]} {e(meta["outlet"])}. {e(FOOTER[lang])}</p>
    <a href="https://{meta["site"]}/privacy">Privacy</a> · <a href="https://{meta["site"]}/contact">Contact</a></footer>
"""
    parts = {1: [cookie, header, article, footer], 2: [header, article, footer, cookie],
             3: [header, cookie, article, footer], 4: [cookie, header, article, footer]}[t]
    return head + f'<body class="tpl-{t}">\n' + "".join(parts) + "</body>\n</html>\n"


def build(name):
    meta, paras = read_spec(HERE / "specs" / f"{name}.txt")
    return render(meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        out = HERE / "cases" / n / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(n), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
