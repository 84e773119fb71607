#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html and expected.json.
Spec: 'key: value' header lines ('finding: kind|severity|span|slip|correct',
'trap: text' repeatable), a line '---', then paragraphs separated by blank lines.
digest.txt is written by hand in cases/<name>/."""
import html, json, pathlib
HERE = pathlib.Path(__file__).parent

def load(p):
    head, body = p.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {"finding": [], "trap": []}
    for line in head.splitlines():
        k, v = line.split(": ", 1)
        if k in ("finding", "trap"):
            meta[k].append(v)
        else:
            meta[k] = v
    meta["paras"] = [x.strip().replace("\n", " ") for x in body.strip().split("\n\n")]
    return meta

COOKIE = {"en": ("We use cookies to improve your experience.", "Accept all", "Related", "All rights reserved."),
          "fr": ("Nous utilisons des cookies pour améliorer votre expérience.", "Tout accepter", "À lire aussi", "Tous droits réservés."),
          "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Alle akzeptieren", "Mehr zum Thema", "Alle Rechte vorbehalten."),
          "es": ("Usamos cookies para mejorar su experiencia.", "Aceptar todo", "Relacionadas", "Todos los derechos reservados."),
          "ja": ("当サイトはクッキーを使用しています。", "同意する", "関連記事", "無断転載を禁じます。")}

def page(m):
    e = html.escape
    c = COOKIE[m["lang"]]
    sep = m.get("sep", " - ")
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
                     "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
                     "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": m["url"]},
                    ensure_ascii=False)
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in m["paras"])
    base = m["url"].split("/")[0] + "//" + m["url"].split("/")[2]
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])}{sep}{e(m['outlet'])}</title>
  <link rel="canonical" href="{e(m['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:url" content="{e(m['url'])}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{e(c[0])}</p><button>{e(c[1])}</button></div>
  <header><a class="logo" href="{base}/">{e(m['outlet'])}</a>
    <nav><a href="{base}/food">{e(m['section'])}</a> <a href="{base}/business">Business</a> <a href="{base}/local">Local</a></nav>
  </header>
  <main>
    <article>
      <h1>{e(m['title'])}</h1>
      <p class="byline">{e(m['author'])} · <time datetime="{m['published']}">{m['published'][:10]}</time></p>
{paras}
    </article>
    <aside class="related"><h2>{e(c[2])}</h2><ul>
      <li><a href="{base}/food/weekly-market-roundup">Weekly market roundup</a></li>
      <li><a href="{base}/food/reader-recipes">Reader recipes</a></li></ul></aside>
  </main>
  <footer><p>© 2026 {e(m['outlet'])}. {e(c[3])}</p><a href="{base}/privacy">Privacy</a></footer>
</body>
</html>
"""

def main():
    for p in sorted((HERE / "specs").glob("*.txt")):
        m = load(p)
        d = HERE / "cases" / p.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(m), encoding="utf-8")
        f = [dict(zip(("kind", "severity", "span"), x.split("|")[:3])) for x in m["finding"]]
        (d / "expected.json").write_text(json.dumps({"clean": not f, "findings": f}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

if __name__ == "__main__":
    main()
