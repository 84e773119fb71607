#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (header lines, '---', paragraphs)."""
import html, json, pathlib, sys
ROOT = pathlib.Path(__file__).resolve().parent
UI = {
 "en": (["World", "Education", "Science", "Business", "Opinion"], "We use cookies to personalise content and analyse our traffic.", "Accept all", "Reject non-essential", "Related", "All rights reserved.", "About us", "Privacy policy"),
 "fr": (["International", "Éducation", "Sciences", "Économie", "Débats"], "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Continuer sans accepter", "À lire aussi", "Tous droits réservés.", "Qui sommes-nous", "Confidentialité"),
 "de": (["Politik", "Bildung", "Wissen", "Wirtschaft", "Meinung"], "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Nur notwendige", "Mehr zum Thema", "Alle Rechte vorbehalten.", "Impressum", "Datenschutz"),
 "es": (["Mundo", "Educación", "Ciencia", "Economía", "Opinión"], "Usamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar", "Relacionadas", "Todos los derechos reservados.", "Quiénes somos", "Privacidad"),
 "ja": (["国際", "教育", "科学", "経済", "オピニオン"], "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。", "同意する", "拒否する", "関連記事", "無断転載を禁じます。", "会社概要", "プライバシーポリシー"),
}
def gen(spec):
    head, body = spec.read_text(encoding="utf-8").split("\n---\n", 1)
    m = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    e = html.escape
    nav, cookie, acc, rej, rel, rights, about, priv = UI[m["lang"]]
    related = m.get("related", "").split(" | ") if m.get("related") else []
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": m["url"],
          "inLanguage": m["lang"]}
    desc = e(paras[0][:150])
    dom = m["url"].split("/")[2]
    out = f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])} - {e(m['outlet'])}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{e(m['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:description" content="{desc}">
  <meta property="og:url" content="{e(m['url'])}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <link rel="stylesheet" href="/assets/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="https://{dom}/">{e(m['outlet'])}</a>
    <nav><ul>{''.join(f'<li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(nav))}</ul></nav>
  </header>
  <main>
    <article>
      <p class="kicker">{e(m['section'])}</p>
      <h1>{e(m['title'])}</h1>
      <p class="byline"><span class="author">{e(m['author'])}</span> <time datetime="{m['published']}">{e(m['dateline'])}</time></p>
{chr(10).join('      <p>' + e(p) + '</p>' for p in paras)}
    </article>
    <aside class="related"><h2>{rel}</h2><ul>
{chr(10).join(f'      <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related))}
    </ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(cookie)}</p><button>{acc}</button> <button>{rej}</button></div>
  <footer><ul><li><a href="/about/">{about}</a></li><li><a href="/privacy/">{priv}</a></li></ul>
    <p>&copy; {m['published'][:4]} {e(m['outlet'])}. {rights}</p></footer>
</body>
</html>
"""
    d = ROOT / "cases" / spec.stem
    d.mkdir(parents=True, exist_ok=True)
    (d / "source.html").write_text(out, encoding="utf-8")
    return len(" ".join(paras).split()), sum(len(p) for p in paras)
if __name__ == "__main__":
    for s in sorted((ROOT / "specs").glob("*.txt")):
        print(s.stem, *gen(s))
