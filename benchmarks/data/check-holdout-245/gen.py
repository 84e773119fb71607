#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

Spec: 'key: value' header lines, a line '---', then paragraphs separated by
blank lines. Keys: lang, outlet, url, title, published, author, section,
timeline (the visible date line), related (items separated by ' | ').
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["Politics", "Business", "Local", "Opinion", "Sport"],
       "fr": ["Politique", "Économie", "Régions", "Opinions", "Sports"],
       "de": ["Politik", "Wirtschaft", "Region", "Meinung", "Sport"],
       "es": ["Política", "Economía", "Local", "Opinión", "Deportes"],
       "ja": ["政治", "経済", "地域", "社説", "スポーツ"]}
COOKIE = {"en": ("We use cookies to improve your experience and to measure our audience.", "Accept", "Reject", "Manage settings"),
          "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer notre audience.", "Tout accepter", "Refuser", "Paramétrer"),
          "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und die Reichweite zu messen.", "Alle akzeptieren", "Ablehnen", "Einstellungen"),
          "es": ("Utilizamos cookies para mejorar su experiencia y medir nuestra audiencia.", "Aceptar", "Rechazar", "Configurar"),
          "ja": ("当サイトは利便性向上とアクセス解析のためにクッキーを使用しています。", "同意する", "拒否する", "設定")}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionado", "ja": "関連記事"}
FOOT = {"en": ["About us", "Contact", "Terms", "Privacy"], "fr": ["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"],
        "de": ["Über uns", "Kontakt", "Impressum", "Datenschutz"], "es": ["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"],
        "ja": ["会社概要", "お問い合わせ", "利用規約", "プライバシー"]}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang, outlet, title, url = meta["lang"], meta["outlet"], meta["title"], meta["url"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url}
    base = url.split("/", 3)[:3]
    root = "/".join(base)
    nav = "\n".join(f'        <li><a href="{root}/{n.lower()}/">{e(n)}</a></li>' for n in NAV[lang])
    rel = "\n".join(f'        <li><a href="{root}/related/{i}">{e(r)}</a></li>'
                    for i, r in enumerate(meta.get("related", "").split(" | ")) if r)
    ck = COOKIE[lang]
    foot = "\n".join(f'      <li><a href="{root}/info/{i}">{e(f)}</a></li>' for i, f in enumerate(FOOT[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} - {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="{root}/">{e(outlet)}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <p class="kicker">{e(meta.get('section', ''))}</p>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timeline'])}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(RELATED[lang])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" role="dialog">
    <p>{e(ck[0])}</p>
    <button>{e(ck[1])}</button> <button>{e(ck[2])}</button> <a href="{root}/cookies/">{e(ck[3])}</a>
  </div>
  <footer>
    <ul>
{foot}
    </ul>
    <p>&copy; {meta['published'][:4]} {e(outlet)}</p>
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
        print(f"{name}: {words} {'chars' if meta['lang'] == 'ja' else 'words'}")


if __name__ == "__main__":
    main()
