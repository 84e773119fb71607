#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html; digests/<name>.txt -> digest.txt;
findings table (FINDINGS below) -> expected.json."""
import html, json, pathlib, re

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ("Home", "Education", "Policy", "Money", "Opinion"),
       "fr": ("Accueil", "Éducation", "Politique", "Économie", "Idées"),
       "de": ("Startseite", "Bildung", "Politik", "Wirtschaft", "Meinung"),
       "es": ("Portada", "Educación", "Política", "Economía", "Opinión"),
       "ja": ("トップ", "教育", "政治", "経済", "オピニオン")}
COOKIE = {"en": "We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button>",
          "fr": "Nous utilisons des cookies pour mesurer l'audience. <button>Tout accepter</button> <button>Paramétrer</button>",
          "de": "Wir verwenden Cookies, um unser Angebot zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
          "es": "Utilizamos cookies propias y de terceros. <button>Aceptar</button> <button>Configurar</button>",
          "ja": "当サイトはクッキーを使用しています。<button>同意する</button> <button>設定</button>"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Te puede interesar", "ja": "関連記事"}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    lang = meta["lang"]
    e = html.escape
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    sep = f" {meta['sep']} " if meta.get("sep") else " - "
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url}
    nav = "".join(f'<li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "".join(f'<li><a href="{e(u)}">{e(t)}</a></li>' for t, u in
                  (x.split(" | ") for x in meta.get("related", "").split(" || ") if x))
    t = lambda x: html.escape(x, quote=False)
    body = "\n".join(f"      <p>{t(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{t(title)}{sep}{t(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog">{COOKIE[lang]}</div>
  <header class="site-header"><a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>{nav}</ul></nav>
  </header>
  <main>
    <article>
      <h1>{t(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta.get('dateline', meta['published']))}</time></p>
{body}
    </article>
    <aside class="related"><h2>{RELATED[lang]}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>© 2026 {e(outlet)}</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body>
</html>
"""


def main():
    findings = json.loads((HERE / "findings.json").read_text(encoding="utf-8"))
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = parse_spec(spec)
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        dg = HERE / "digests" / f"{name}.txt"
        if dg.exists():
            (d / "digest.txt").write_text(dg.read_text(encoding="utf-8"), encoding="utf-8")
        fl = findings.get(name, [])
        exp = {"clean": name.startswith("clean-"),
               "findings": [{"kind": k, "severity": s, "span": sp} for k, s, sp in fl]}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
