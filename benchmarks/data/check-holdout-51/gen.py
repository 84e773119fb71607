"""Build cases/<name>/source.html from specs/<name>.json (hand-written specs).

Spec keys: lang, outlet, domain, path, title, section, author, published
(ISO 8601 with the outlet's UTC offset), shown_time (human dateline), paras.
"""
import html
import json
import pathlib

HERE = pathlib.Path(__file__).parent

COOKIE = {
    "en": ("We use cookies to improve your experience.", "Accept all", "Manage"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para mejorar su experiencia.", "Aceptar todo", "Configurar"),
    "it": ("Utilizziamo i cookie per migliorare la tua esperienza.", "Accetta tutto", "Gestisci"),
    "ja": ("当サイトはサービス向上のためクッキーを使用しています。", "同意する", "設定"),
}
NAV = {
    "en": ["World", "Business", "Money", "Property", "Work", "Opinion"],
    "fr": ["Monde", "Économie", "Consommation", "Immobilier", "Emploi", "Opinions"],
    "de": ["Politik", "Wirtschaft", "Verbraucher", "Immobilien", "Arbeit", "Meinung"],
    "es": ["Mundo", "Economía", "Consumo", "Vivienda", "Empleo", "Opinión"],
    "it": ["Mondo", "Economia", "Consumi", "Casa", "Lavoro", "Opinioni"],
    "ja": ["国際", "経済", "暮らし", "住まい", "働き方", "オピニオン"],
}
FOOT = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "it": "Tutti i diritti riservati.", "ja": "無断転載を禁じます。",
}


def build(spec):
    e = html.escape
    url = f"https://{spec['domain']}{spec['path']}"
    lang = spec["lang"]
    desc = spec["paras"][0][:150]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": spec["title"], "datePublished": spec["published"],
        "inLanguage": lang,
        "author": {"@type": "Person", "name": spec["author"]},
        "publisher": {"@type": "Organization", "name": spec["outlet"]},
        "mainEntityOfPage": url,
    }
    c = COOKIE[lang]
    nav = "\n".join(f'        <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[lang])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in spec["paras"])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(spec['title'])} | {e(spec['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(spec['outlet'])}">
  <meta property="og:title" content="{e(spec['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{spec['published']}">
  <meta property="article:section" content="{e(spec['section'])}">
  <meta name="author" content="{e(spec['author'])}">
  <link rel="stylesheet" href="/assets/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent"><p>{e(c[0])}</p><button>{e(c[1])}</button> <button>{e(c[2])}</button></div>
  <header class="site-header">
    <a class="logo" href="/">{e(spec['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(spec['section'])}</span>
      <h1>{e(spec['title'])}</h1>
      <div class="byline"><span class="author">{e(spec['author'])}</span> <time datetime="{spec['published']}">{e(spec['shown_time'])}</time></div>
{body}
    </article>
    <aside class="related"><h2>Related</h2><ul><li><a href="/more/">More stories</a></li></ul></aside>
  </main>
  <footer><p>&copy; {spec['published'][:4]} {e(spec['outlet'])}. {e(FOOT[lang])}</p><p><a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a></p></footer>
</body>
</html>
"""


def main():
    for f in sorted((HERE / "specs").glob("*.json")):
        spec = json.loads(f.read_text(encoding="utf-8"))
        d = HERE / "cases" / f.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(spec), encoding="utf-8")
        print(f.stem, sum(len(p) for p in spec["paras"]))


if __name__ == "__main__":
    main()
