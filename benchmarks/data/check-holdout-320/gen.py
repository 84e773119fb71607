#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

A spec is a header of `key: value` lines (lang, outlet, url, published with
the outlet's UTC offset, title, author, section, topic), a `---` line, then
the article's paragraphs separated by blank lines.  digest.txt and
expected.json are written by hand in cases/<name>/ and are not generated.
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(nav=["World", "Politics", "Migration", "Business", "Opinion"],
               cookie="We use cookies to improve your experience and to measure audiences. You can change your choices at any time.",
               accept="Accept all", reject="Reject", related="Related coverage",
               rights="All rights reserved.", by="By", sep=" - "),
    "fr": dict(nav=["International", "Politique", "Société", "Économie", "Débats"],
               cookie="Nous utilisons des cookies pour mesurer l'audience et personnaliser le contenu. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Refuser", related="À lire aussi",
               rights="Tous droits réservés.", by="Par", sep=" | "),
    "de": dict(nav=["Politik", "Inland", "Ausland", "Wirtschaft", "Meinung"],
               cookie="Wir verwenden Cookies, um Reichweite zu messen und Inhalte zu personalisieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Ablehnen", related="Mehr zum Thema",
               rights="Alle Rechte vorbehalten.", by="Von", sep=" | "),
    "es": dict(nav=["Internacional", "Política", "Sociedad", "Economía", "Opinión"],
               cookie="Utilizamos cookies propias y de terceros para medir la audiencia. Puede cambiar su configuración en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", related="Noticias relacionadas",
               rights="Todos los derechos reservados.", by="Por", sep=" - "),
    "ja": dict(nav=["国際", "政治", "社会", "経済", "オピニオン"],
               cookie="当サイトでは利用状況の分析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="同意する", reject="拒否する", related="関連記事",
               rights="無断転載を禁じます。", by="", sep=" | "),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def related_links(meta):
    base = meta["url"].split("/")[2]
    topic = meta.get("topic", "")
    lang = meta["lang"]
    items = {
        "en": ["Border agency hires extra caseworkers", "Explainer: how asylum appeals work", "Letters: the cost of reception centres"],
        "fr": ["Les centres d'accueil saturés en été", "Décryptage : le droit d'asile en cinq questions", "Tribune : repenser l'accueil"],
        "de": ["Kommunen fordern mehr Geld für Unterbringung", "Erklärt: So läuft ein Asylverfahren", "Kommentar: Zahlen ohne Kontext"],
        "es": ["Los centros de acogida rozan su capacidad", "Claves: cómo se tramita una solicitud de asilo", "Opinión: cifras y personas"],
        "ja": ["入管、審査官を増員へ", "解説:難民認定の仕組み", "社説:受け入れ体制の課題"],
    }[lang]
    return "\n".join(
        f'        <li><a href="https://{base}/related/{i}">{html.escape(t)}</a></li>'
        for i, t in enumerate(items, 1))


def render(meta, paras):
    ui = UI[meta["lang"]]
    title, outlet = meta["title"], meta["outlet"]
    desc = paras[0][:160]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": meta["published"],
        "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {"@type": "Organization", "name": outlet},
        "mainEntityOfPage": meta["url"],
        "inLanguage": meta["lang"],
    }
    e = html.escape
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    nav = "\n".join(f'        <li><a href="/{e(n.lower())}">{e(n)}</a></li>' for n in ui["nav"])
    byline = f"{ui['by']} {meta['author']}".strip()
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{ui['sep']}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button>{e(ui['accept'])}</button> <button>{e(ui['reject'])}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(byline)} · <time datetime="{e(meta['published'])}">{e(meta['published'][:10])}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{related_links(meta)}
      </ul>
    </aside>
  </main>
  <footer>
    <p>© 2026 {e(outlet)}. {e(ui['rights'])}</p>
    <p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact</a></p>
  </footer>
</body>
</html>
"""


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for spec in specs:
        name = spec.stem
        if names and name not in names:
            continue
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
    print(f"wrote {len(specs) if not names else len(names)} source pages")


if __name__ == "__main__":
    main(sys.argv[1:])
