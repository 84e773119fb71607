#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic).

A spec is a header of `key: value` lines, a line `---`, then paragraphs
separated by blank lines. Keys: lang, outlet, url, published (ISO 8601 with
UTC offset), title, author, section, sep (" - " or " | "), chrome (a/b/c),
dateline (the human-readable date shown on the page).
"""
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["News", "Industry", "Esports", "Reviews", "Hardware", "Opinion"],
    "fr": ["Actualités", "Industrie", "Esport", "Tests", "Matériel", "Tribunes"],
    "de": ["Nachrichten", "Branche", "E-Sport", "Tests", "Hardware", "Meinung"],
    "es": ["Noticias", "Industria", "Esports", "Análisis", "Hardware", "Opinión"],
    "ja": ["ニュース", "業界", "eスポーツ", "レビュー", "ハード", "コラム"],
}
COOKIE = {
    "en": ("We use cookies to measure traffic and personalise ads.", "Accept all", "Manage choices"),
    "fr": ("Nous utilisons des cookies pour mesurer l'audience et personnaliser les publicités.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Zugriffe zu messen und Werbung zu personalisieren.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Usamos cookies para medir el tráfico y personalizar la publicidad.", "Aceptar todo", "Configurar"),
    "ja": ("当サイトはアクセス解析と広告配信のためにクッキーを使用します。", "同意する", "設定"),
}
RELATED = {
    "en": ("Related stories", ["Why live-service budgets keep growing", "The quiet return of boxed retail", "Inside a tournament's broadcast truck"]),
    "fr": ("À lire aussi", ["Le jeu indépendant face à la hausse des coûts", "Les salles d'esport font le plein", "Comment se financent les studios"]),
    "de": ("Mehr zum Thema", ["Warum Live-Service-Spiele teurer werden", "E-Sport-Hallen vor vollen Rängen", "Förderprogramme für Studios im Überblick"]),
    "es": ("Te puede interesar", ["El auge de los torneos universitarios", "Cuánto cuesta mantener un servidor", "Estudios independientes en expansión"]),
    "ja": ("関連記事", ["ライブサービス型ゲームの開発費はなぜ膨らむのか", "eスポーツ会場に観客が戻る", "中堅スタジオの資金繰り"]),
}
FOOT = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    joiner = "" if meta["lang"] == "ja" else " "
    paras = [joiner.join(l.strip() for l in p.split("\n")).strip()
             for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    sep = meta.get("sep", " - ").replace("_", " ")
    title, outlet, url, pub = meta["title"], meta["outlet"], meta["url"], meta["published"]
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck, ok, mg = COOKIE[lang]
    rel_h, rel = RELATED[lang]
    rel_html = "\n".join(f'        <li><a href="/story/{1000 + i * 37}">{e(r)}</a></li>' for i, r in enumerate(rel))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    chrome = meta.get("chrome", "a")
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title + sep + outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{e(pub)}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    cookie = f"""  <div class="cookie-consent" role="dialog">
    <p>{e(ck)}</p>
    <button class="accept">{e(ok)}</button> <button class="manage">{e(mg)}</button>
  </div>
"""
    header = f"""  <header class="site-header">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>
"""
    article = f"""    <article>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> · <time datetime="{e(pub)}">{e(meta['dateline'])}</time></p>
{body}
    </article>
"""
    aside = f"""    <aside class="related">
      <h2>{e(rel_h)}</h2>
      <ul>
{rel_html}
      </ul>
    </aside>
"""
    year = pub[:4]
    footer = f"""  <footer class="site-footer">
    <p>© {year} {e(outlet)}. {e(FOOT[lang])}</p>
    <a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a>
  </footer>
"""
    if chrome == "a":
        mid = f'  <main class="content">\n{article}{aside}  </main>\n'
        page = head + "<body>\n" + cookie + header + mid + footer
    elif chrome == "b":
        mid = f'  <div class="wrap">\n{aside}{article}  </div>\n'
        page = head + '<body class="story">\n' + header + mid + footer + cookie
    else:
        mid = f'  <div id="page">\n    <div class="ad-slot">Advertisement</div>\n{article}{aside}  </div>\n'
        page = head + '<body class="article-page">\n' + header + cookie + mid + footer
    return page + "</body>\n</html>\n"


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main()
