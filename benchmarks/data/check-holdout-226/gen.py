#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

Spec format: 'key: value' header lines, a line '---', then the article
paragraphs separated by blank lines. Keys: title, outlet, url, published
(ISO 8601 with the outlet's UTC offset), shown (date line as printed),
lang, author, section, desc (optional).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
NAV = {
    "en": ["World", "Politics", "Business", "Opinion", "Culture", "Sport"],
    "fr": ["International", "Politique", "Économie", "Idées", "Culture", "Sport"],
    "de": ["Politik", "Wirtschaft", "Meinung", "Kultur", "Sport", "Wissen"],
    "es": ["Internacional", "Política", "Economía", "Opinión", "Cultura", "Deportes"],
    "ja": ["政治", "経済", "国際", "社会", "オピニオン", "スポーツ"],
}
COOKIE = {
    "en": ("We use cookies to personalise content and ads and to analyse our traffic.", "Accept all", "Reject", "Manage preferences"),
    "fr": ("Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience.", "Tout accepter", "Refuser", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen", "Einstellungen"),
    "es": ("Utilizamos cookies para personalizar contenidos y analizar el tráfico.", "Aceptar todo", "Rechazar", "Configurar"),
    "ja": ("当サイトはサービス向上のためクッキーを使用しています。", "同意する", "拒否する", "設定"),
}
RELATED = {"en": "Related stories", "fr": "À lire aussi", "de": "Mehr zum Thema",
           "es": "Noticias relacionadas", "ja": "関連記事"}
MORE = {"en": ["Newsletter: the day's main stories", "Podcast: the week in politics"],
        "fr": ["La lettre du matin", "Podcast : la semaine politique"],
        "de": ["Der Morgen-Newsletter", "Podcast: Die Woche in Berlin"],
        "es": ["El boletín de la mañana", "Pódcast: la semana política"],
        "ja": ["ニュースレター登録", "ポッドキャスト:今週の政治"]}


def parse(path):
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
    desc = meta.get("desc") or paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"]}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck = COOKIE[lang]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    origin = "/".join(meta["url"].split("/")[:3])
    rel = "\n".join(f'        <li><a href="{origin}/more/{i}">{e(t)}</a></li>' for i, t in enumerate(MORE[lang]))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} | {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>{e(ck[0])}</p>
    <button>{e(ck[1])}</button> <button>{e(ck[2])}</button> <a href="/privacy">{e(ck[3])}</a>
  </div>
  <main>
    <article>
      <p class="kicker">{e(meta['section'])}</p>
      <h1>{e(meta['title'])}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{e(meta['published'])}">{e(meta['shown'])}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(RELATED[lang])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <a href="/about">About</a> · <a href="/contact">Contact</a> · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a>
    <p>&copy; {meta['published'][:4]} {e(meta['outlet'])}</p>
  </footer>
</body>
</html>
"""


def main():
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for name in names:
        meta, paras = parse(HERE / "specs" / f"{name}.txt")
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{name}: {words} {'words' if meta['lang'] != 'ja' else 'chars'}")


if __name__ == "__main__":
    main()
