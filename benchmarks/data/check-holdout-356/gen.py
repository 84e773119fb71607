#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html; planted.json -> cases/<name>/expected.json.

digest.txt files are written by hand in cases/<name>/ and are not generated.
Spec format: 'key: value' header lines, a line '---', then paragraphs separated by blank lines.
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
NAV = {
    "en": ["Energy", "Markets", "Policy", "Technology", "Opinion"],
    "fr": ["Énergie", "Marchés", "Politique", "Régions", "Opinions"],
    "de": ["Energie", "Märkte", "Politik", "Regionen", "Meinung"],
    "es": ["Energía", "Mercados", "Política", "Regiones", "Opinión"],
    "ja": ["エネルギー", "経済", "政治", "地域", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to measure our audience.", "Accept all", "Reject"),
    "fr": ("Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.", "Tout accepter", "Refuser"),
    "de": ("Wir verwenden Cookies, um unser Angebot zu verbessern und die Reichweite zu messen.", "Alle akzeptieren", "Ablehnen"),
    "es": ("Utilizamos cookies propias y de terceros para analizar el tráfico y personalizar contenidos.", "Aceptar todas", "Rechazar"),
    "ja": ("当サイトはサービス向上と利用状況の分析のためにクッキーを使用しています。", "同意する", "拒否する"),
}
RELATED = {
    "en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事",
}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")) if meta["lang"] != "ja" else "".join(p.split("\n"))
             for p in body.strip().split("\n\n")]
    return meta, paras


def render(meta, paras):
    lang = meta["lang"]
    e = html.escape
    t, o = meta["title"], meta["outlet"]
    sep = meta.get("sep", " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": o}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'        <li><a href="/{lang}/related/{i}">{e(x)}</a></li>'
                    for i, x in enumerate(meta.get("related", "").split(" | ")) if x)
    ck = COOKIE[lang]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    desc = e(paras[0][:150])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(t)}{e(sep)}{e(o)}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(o)}">
  <meta property="og:title" content="{e(t)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{e(o)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <div id="cookie-consent" role="dialog">
    <p>{e(ck[0])}</p><button>{e(ck[1])}</button> <button>{e(ck[2])}</button>
  </div>
  <main>
    <article>
      <span class="section">{e(meta['section'])}</span>
      <h1>{e(t)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta['dateline'])}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(RELATED[lang])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer><p>&copy; 2026 {e(o)}</p><a href="/impressum/">Legal</a> <a href="/privacy/">Privacy</a></footer>
</body>
</html>
"""


def main():
    planted = json.loads((HERE / "planted.json").read_text(encoding="utf-8"))
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = parse_spec(spec)
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        fs = planted.get(name, [])
        exp = {"clean": not fs, "findings": [{"kind": f["kind"], "severity": f["severity"], "span": f["span"]} for f in fs]}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
