#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic).

Spec: header lines "key: value", a line "---", then paragraphs separated by
blank lines. Keys: lang, outlet, site, url, published (ISO with UTC offset),
title, author, section, dateline (human-readable date as the outlet prints it).
"""
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Media", "Technology", "Opinion", "Culture"],
    "fr": ["International", "Économie", "Médias", "Culture", "Idées", "Sport"],
    "de": ["Politik", "Wirtschaft", "Medien", "Kultur", "Meinung", "Sport"],
    "es": ["Mundo", "Economía", "Medios", "Cultura", "Opinión", "Deportes"],
    "ja": ["国際", "経済", "メディア", "文化", "オピニオン", "スポーツ"],
}
COOKIE = {
    "en": "We use cookies to measure readership and personalise ads. <button>Accept all</button> <button>Manage choices</button>",
    "fr": "Nous utilisons des cookies pour mesurer l'audience. <button>Tout accepter</button> <button>Paramétrer</button>",
    "de": "Wir verwenden Cookies zur Reichweitenmessung. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
    "es": "Usamos cookies para medir la audiencia. <button>Aceptar</button> <button>Configurar</button>",
    "ja": "当サイトはアクセス解析のためにクッキーを使用します。<button>同意する</button> <button>設定</button>",
}
RELATED = {
    "en": ["Newsletter: the media week in five minutes", "Opinion: who pays for local news?", "Podcast: inside the ad market"],
    "fr": ["Lettre d'information : les médias en bref", "Tribune : qui financera l'information locale ?", "Podcast : le marché publicitaire"],
    "de": ["Newsletter: Die Medienwoche", "Kommentar: Wer bezahlt Lokaljournalismus?", "Podcast: Der Werbemarkt"],
    "es": ["Boletín: la semana de los medios", "Opinión: ¿quién paga el periodismo local?", "Pódcast: el mercado publicitario"],
    "ja": ["ニュースレター:今週のメディア", "論説:地域報道を誰が支えるか", "ポッドキャスト:広告市場の内側"],
}
FOOT = {
    "en": "All rights reserved. Terms · Privacy · Contact",
    "fr": "Tous droits réservés. Mentions légales · Confidentialité · Contact",
    "de": "Alle Rechte vorbehalten. Impressum · Datenschutz · Kontakt",
    "es": "Todos los derechos reservados. Aviso legal · Privacidad · Contacto",
    "ja": "無断転載を禁じます。利用規約・プライバシー・お問い合わせ",
}


def read_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() if meta["lang"] != "ja" else "".join(p.split("\n")).strip()
             for p in body.strip().split("\n\n")]
    return meta, paras


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    v = sum(map(ord, name)) % 3
    sep = [" - ", " | ", " – "][v] if lang != "ja" else [" - ", " | ", "|"][v]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": meta["title"], "datePublished": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'      <li><a href="{e(meta["site"])}/r/{i}">{e(r)}</a></li>' for i, r in enumerate(RELATED[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    out = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{e(sep)}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
"""
    header = f"""  <header class="{['masthead', 'site-header', 'topbar'][v]}">
    <a class="logo" href="{e(meta['site'])}/">{e(meta['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
"""
    cookie = f'  <div class="cookie-banner" role="dialog">{COOKIE[lang]}</div>\n'
    article = f"""  <main>
    <article>
      <p class="kicker">{e(meta['section'])}</p>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{e(meta['published'])}">{e(meta['dateline'])}</time></p>
{body}
    </article>
    <aside class="related">
      <ul>
{rel}
      </ul>
    </aside>
  </main>
"""
    footer = f'  <footer><p>© {meta["published"][:4]} {e(meta["outlet"])}. {e(FOOT[lang])}</p></footer>\n'
    parts = [cookie, header, article] if v == 1 else [header, cookie, article]
    return out + "".join(parts) + footer + "</body>\n</html>\n"


def build(name):
    meta, paras = read_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main(names=None):
    names = names or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        d = HERE / "cases" / n
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(n), encoding="utf-8")
    print(f"wrote {len(names)} source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
