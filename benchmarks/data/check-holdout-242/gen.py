#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: "key: value" header lines (outlet, url, published, display, author,
section, lang, title), a line "---", then the article paragraphs separated by
blank lines. Lines starting with "## " become <h2> subheadings.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
CHROME = {
    "en": dict(menu=["World", "Education", "Business", "Science", "Opinion", "Sport"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic.",
               accept="Accept all", reject="Reject non-essential", related="Related stories",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.",
               rel=["Campus housing costs: what students need to know", "Opinion: the degree is not dead", "Newsletter: the week in higher education"]),
    "fr": dict(menu=["International", "Éducation", "Économie", "Sciences", "Idées", "Sport"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience.",
               accept="Tout accepter", reject="Continuer sans accepter", related="À lire aussi",
               foot=["Qui sommes-nous", "Contact", "Conditions générales", "Données personnelles"], rights="Tous droits réservés.",
               rel=["Logement étudiant : la rentrée sous tension", "Tribune : l'université en quête de moyens", "Newsletter : l'essentiel de l'enseignement supérieur"]),
    "de": dict(menu=["Politik", "Bildung", "Wirtschaft", "Wissen", "Meinung", "Sport"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und die Zugriffe zu analysieren.",
               accept="Alle akzeptieren", reject="Nur notwendige", related="Mehr zum Thema",
               foot=["Impressum", "Kontakt", "AGB", "Datenschutz"], rights="Alle Rechte vorbehalten.",
               rel=["Wohnungsnot: Studierende suchen weiter", "Kommentar: Die Hochschulen brauchen Planungssicherheit", "Newsletter: Bildung am Morgen"]),
    "es": dict(menu=["Internacional", "Educación", "Economía", "Ciencia", "Opinión", "Deportes"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico.",
               accept="Aceptar todo", reject="Rechazar", related="Noticias relacionadas",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Política de privacidad"], rights="Todos los derechos reservados.",
               rel=["Becas: cómo solicitarlas este curso", "Opinión: la universidad que viene", "Boletín: lo último en educación"]),
    "ja": dict(menu=["国際", "教育", "経済", "科学", "オピニオン", "スポーツ"], sub="購読する",
               cookie="当サイトでは、コンテンツの最適化とアクセス解析のためにクッキーを使用しています。",
               accept="すべて同意", reject="必要なもののみ", related="関連記事",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。",
               rel=["学生寮の家賃、各地で上昇", "社説:大学改革の行方", "ニュースレター:教育の話題を毎朝"]),
}


def parse(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    c = CHROME[meta["lang"]]
    e = lambda s: html.escape(s, quote=True)
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    desc = next(p for p in paras if not p.startswith("## "))
    desc = desc if len(desc) <= 150 else desc[:150]
    body = "\n".join(
        f"      <h2>{e(p[3:])}</h2>" if p.startswith("## ") else f"      <p>{e(p)}</p>" for p in paras)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": meta["published"], "inLanguage": meta["lang"],
                     "author": {"@type": "Person", "name": meta["author"]},
                     "publisher": {"@type": "Organization", "name": outlet},
                     "mainEntityOfPage": url}, ensure_ascii=False)
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(c["menu"]))
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(c["rel"]))
    foot = "\n".join(f'      <li><a href="/page/{i}">{e(f)}</a></li>' for i, f in enumerate(c["foot"]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} {e(meta.get('sep', '|'))} {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/main.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{ld}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul class="nav">
{menu}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(c['sub'])}</a>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(title)}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['display'])}</time></div>
{body}
    </article>
    <aside class="related">
      <h3>{e(c['related'])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(c['cookie'])}</p>
    <button class="accept">{e(c['accept'])}</button> <button class="reject">{e(c['reject'])}</button>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(outlet)}. {e(c['rights'])}</p>
  </footer>
</body>
</html>
"""


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        if names and sp.stem not in names:
            continue
        meta, paras = parse(sp)
        out = HERE / "cases" / sp.stem / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{sp.stem}: {words} {'chars' if meta['lang']=='ja' else 'words'}")


if __name__ == "__main__":
    main(sys.argv[1:])
