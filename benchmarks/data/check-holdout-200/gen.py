"""Render specs/<name>.txt (header lines, '---', paragraphs) to cases/<name>/source.html."""
import html, json, pathlib, sys
HERE = pathlib.Path(__file__).parent
UI = {"en": ("Home", "Transport", "Cities", "Business", "We use cookies to improve your experience.", "Accept", "Related", "All rights reserved"),
      "fr": ("Accueil", "Transports", "Régions", "Économie", "Nous utilisons des cookies pour améliorer votre expérience.", "Accepter", "À lire aussi", "Tous droits réservés"),
      "de": ("Startseite", "Verkehr", "Regionen", "Wirtschaft", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Akzeptieren", "Mehr zum Thema", "Alle Rechte vorbehalten"),
      "es": ("Portada", "Transporte", "Ciudades", "Economía", "Usamos cookies para mejorar su experiencia.", "Aceptar", "Relacionadas", "Todos los derechos reservados"),
      "ja": ("トップ", "交通", "地域", "経済", "当サイトはクッキーを使用しています。", "同意する", "関連記事", "無断転載を禁じます")}
def render(name):
    head, body = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8").split("\n---\n", 1)
    m = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n")]
    url = f"https://{m['domain']}{m['path']}"
    ui = UI[m["lang"]]
    e = html.escape
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": url}
    related = "".join(f'<li><a href="https://{m["domain"]}/r/{i}">{e(t)}</a></li>' for i, t in enumerate(m["related"].split(" | ")))
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    out = f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(m['title'])}{m.get('sep', ' - ')}{e(m['outlet'])}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner">{ui[4]} <button>{ui[5]}</button></div>
  <header><a class="logo" href="https://{m['domain']}/">{e(m['outlet'])}</a>
    <nav><a href="/">{ui[0]}</a> <a href="/transport">{ui[1]}</a> <a href="/regions">{ui[2]}</a> <a href="/business">{ui[3]}</a></nav>
  </header>
  <main>
    <article>
      <h1>{e(m['title'])}</h1>
      <p class="byline">{e(m['author'])} · <time datetime="{m['published']}">{e(m['dateline'])}</time></p>
{ps}
    </article>
    <aside><h2>{ui[6]}</h2><ul>{related}</ul></aside>
  </main>
  <footer>© 2026 {e(m['outlet'])}. {ui[7]}.</footer>
</body>
</html>
"""
    d = HERE / "cases" / name
    d.mkdir(parents=True, exist_ok=True)
    (d / "source.html").write_text(out, encoding="utf-8")
if __name__ == "__main__":
    for n in sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]:
        render(n)
