#!/usr/bin/env python3
"""check-holdout-310: specs/<name>.txt -> cases/<name>/source.html, and
PLANTED -> cases/<name>/expected.json. digest.txt files are written by hand
in cases/<name>/ and are not generated."""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
SPECS, CASES = HERE / "specs", HERE / "cases"

# case -> [(kind, severity, span, slip, correct)]
PLANTED = {}
exec((HERE / "planted.py").read_text(encoding="utf-8"))

NAV = {"en": ("Home", "Health", "Hospitals", "Insurance", "Opinion"),
       "fr": ("Accueil", "Santé", "Hôpitaux", "Assurance maladie", "Opinions"),
       "de": ("Startseite", "Gesundheit", "Kliniken", "Krankenkassen", "Meinung"),
       "es": ("Portada", "Salud", "Hospitales", "Seguros", "Opinión"),
       "ja": ("トップ", "医療", "病院", "保険", "社説")}
COOKIE = {"en": "We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button>",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramétrer</button>",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
          "es": "Usamos cookies para mejorar su experiencia. <button>Aceptar</button> <button>Configurar</button>",
          "ja": "当サイトはクッキーを使用しています。<button>同意する</button> <button>設定</button>"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def page(meta, paras):
    e = html.escape
    lang, outlet, title = meta["lang"], meta["outlet"], meta["title"]
    sep = meta.get("sep", " - ")
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": meta["url"]}
    nav = "".join(f'<li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "".join(f'<li><a href="/related/{i}">{e(t)}</a></li>' for i, t in enumerate(meta["related"].split(" | ")))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent">{COOKIE[lang]}</div>
  <header class="masthead"><a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>{nav}</ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta['dateline'])}</time></p>
{body}
    </article>
    <aside class="related"><h2>{RELATED[lang]}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>© {meta['published'][:4]} {e(outlet)}</p><a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted(SPECS.glob("*.txt")):
        name = spec.stem
        meta, paras = parse_spec(spec)
        d = CASES / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
        f = [{"kind": k, "severity": s, "span": sp} for k, s, sp, _, _ in PLANTED.get(name, [])]
        exp = {"clean": not f, "findings": f}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
