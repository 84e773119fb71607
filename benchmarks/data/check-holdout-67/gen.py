"""Generate cases/<name>/ from specs/<name>.py (source page, digest, labels)."""
import html, json, pathlib, runpy

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Sport", "Football", "Motorsport", "Athletics", "Opinion"],
       "fr": ["Monde", "Sport", "Football", "Cyclisme", "Tennis", "Opinions"],
       "de": ["Welt", "Sport", "Fußball", "Wintersport", "Motorsport", "Meinung"],
       "es": ["Mundo", "Deportes", "Fútbol", "Baloncesto", "Motor", "Opinión"],
       "ja": ["国際", "スポーツ", "野球", "サッカー", "陸上", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and ads and to analyse our traffic. Manage your choices in Privacy settings.",
          "fr": "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Gérez vos choix dans les paramètres.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Einstellungen jederzeit änderbar.",
          "es": "Utilizamos cookies para personalizar contenidos y analizar el tráfico. Puede cambiar su elección en Configuración.",
          "ja": "当サイトはサービス向上のためにクッキーを使用しています。設定はプライバシーポリシーから変更できます。"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def page(s):
    e = html.escape
    body = "\n".join(f"      <p>{e(p)}</p>" for p in s["body"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"],
                     "datePublished": s["published"], "author": {"@type": "Person", "name": s["author"]},
                     "publisher": {"@type": "Organization", "name": s["outlet"]},
                     "mainEntityOfPage": s["url"]}, ensure_ascii=False)
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[s["lang"]]))
    year = s["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(s['title'])} - {e(s['outlet'])}</title>
  <meta name="description" content="{e(s['body'][0][:150])}">
  <link rel="canonical" href="{e(s['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(s['outlet'])}">
  <meta property="og:title" content="{e(s['title'])}">
  <meta property="og:url" content="{e(s['url'])}">
  <meta property="article:published_time" content="{s['published']}">
  <meta property="article:section" content="{e(s['section'])}">
  <meta name="author" content="{e(s['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <header class="site-header">
    <a class="brand" href="/">{e(s['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(s['section'])}</span>
      <h1>{e(s['title'])}</h1>
      <div class="byline">{e(s['author'])} <time datetime="{s['published']}">{e(s['shown_time'])}</time></div>
{body}
    </article>
    <aside class="related"><h3>Most read</h3><ul><li><a href="/newsletter/">Newsletter</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(COOKIE[s['lang']])}</p><button>OK</button></div>
  <footer><p>&copy; {year} {e(s['outlet'])}. {e(FOOT[s['lang']])}</p></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.py")):
        s = runpy.run_path(str(spec))["CASE"]
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(s), encoding="utf-8")
        (d / "digest.txt").write_text(s["digest"].strip("\n") + "\n", encoding="utf-8")
        exp = {"clean": not s["findings"],
               "findings": [{"kind": k, "severity": v, "span": sp} for k, v, sp in s["findings"]]}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
