#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (header lines 'key: value', '---', paragraphs)."""
import html, json, pathlib, datetime
HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Energy", "Climate", "Opinion"],
       "fr": ["Monde", "Économie", "Énergie", "Climat", "Opinions"],
       "de": ["Politik", "Wirtschaft", "Energie", "Klima", "Meinung"],
       "es": ["Mundo", "Economía", "Energía", "Clima", "Opinión"],
       "ja": ["国際", "経済", "エネルギー", "環境", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and analyse traffic. Manage your choices in Privacy settings.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Gérez vos choix dans les paramètres.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Einstellungen jederzeit änderbar.",
          "es": "Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar sus preferencias.",
          "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。設定はいつでも変更できます。"}
RELATED = {"en": ["Grid operators warn of summer bottlenecks", "Opinion: the case for storage"],
           "fr": ["Les gestionnaires de réseau redoutent l'été", "Tribune : le stockage, angle mort"],
           "de": ["Netzbetreiber warnen vor Engpässen", "Kommentar: Speicher zuerst"],
           "es": ["Las redes eléctricas, al límite", "Opinión: el almacenamiento pendiente"],
           "ja": ["送電網の増強、遅れ目立つ", "解説:蓄電池の採算"]}

def build(spec):
    head, body = spec.read_text(encoding="utf-8").split("\n---\n", 1)
    m = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n")]
    lang = m["lang"]; e = html.escape
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": m["url"]}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(n)}</a></li>' for i, n in enumerate(RELATED[lang]))
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(m['title'])}{e(m['suffix'])}</title>
  <link rel="canonical" href="{e(m['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:url" content="{e(m['url'])}">
  <meta property="article:published_time" content="{m['published']}">
  <meta name="author" content="{e(m['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="site-header">
    <a class="brand" href="/">{e(m['outlet'])}</a>
    <ul class="nav">
{nav}
    </ul>
  </header>
  <div id="cookie-banner" role="dialog"><p>{e(COOKIE[lang])}</p><button>OK</button></div>
  <main>
    <article>
      <h1>{e(m['title'])}</h1>
      <div class="byline"><span class="author">{e(m['author'])}</span> <time datetime="{m['published']}">{e(m['dateline'])}</time></div>
{ps}
    </article>
    <aside class="related">
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer><p>&copy; {m['published'][:4]} {e(m['outlet'])}</p></footer>
</body>
</html>
"""

if __name__ == "__main__":
    for spec in sorted((HERE / "specs").glob("*.txt")):
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(spec), encoding="utf-8")
