#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html; expected.json from EXPECTED.

digest.txt files are written by hand in cases/<name>/ and are not generated.
"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

# name -> list of (kind, severity, span); clean cases are absent (no findings)
EXPECTED = json.load(open(os.path.join(HERE, "expected-src.json"), encoding="utf-8"))

SEP = {"en": " - ", "fr": " | ", "de": " | ", "es": " - ", "ja": " | "}
COOKIE = {
    "en": "We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button>",
    "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramétrer</button>",
    "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
    "es": "Utilizamos cookies para mejorar su experiencia. <button>Aceptar todo</button> <button>Configurar</button>",
    "ja": "当サイトはクッキーを使用しています。<button>同意する</button> <button>設定</button>",
}
NAV = {
    "en": ["Home", "Politics", "World", "Business", "Opinion"],
    "fr": ["Accueil", "Politique", "International", "Économie", "Opinions"],
    "de": ["Startseite", "Politik", "Ausland", "Wirtschaft", "Meinung"],
    "es": ["Portada", "Política", "Internacional", "Economía", "Opinión"],
    "ja": ["トップ", "政治", "国際", "経済", "社説"],
}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse_spec(path):
    text = open(path, encoding="utf-8").read()
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    meta["related"] = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    return meta, paras


def page(meta, paras):
    e = html.escape
    lang = meta["lang"]
    t = meta["title"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": lang}
    base = re.match(r"https://[^/]+", meta["url"]).group(0)
    nav = "\n".join(f'      <li><a href="{base}/{i}">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'      <li><a href="{base}/r/{i}">{e(r)}</a></li>' for i, r in enumerate(meta["related"]))
    body = "\n".join(f"    <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(t)}{SEP[lang]}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(t)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog">{COOKIE[lang]}</div>
  <header><a class="logo" href="{base}/">{e(meta['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
  <article>
    <h1>{e(t)}</h1>
    <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
  </article>
  <aside class="related"><h2>{RELATED[lang]}</h2>
    <ul>
{rel}
    </ul>
  </aside>
  </main>
  <footer><p>© 2026 {e(meta['outlet'])}. {FOOT[lang]}</p></footer>
</body>
</html>
"""


def main():
    for fn in sorted(os.listdir(os.path.join(HERE, "specs"))):
        name = fn[:-4]
        meta, paras = parse_spec(os.path.join(HERE, "specs", fn))
        d = os.path.join(HERE, "cases", name)
        os.makedirs(d, exist_ok=True)
        open(os.path.join(d, "source.html"), "w", encoding="utf-8").write(page(meta, paras))
        f = [{"kind": k, "severity": s, "span": sp} for k, s, sp in EXPECTED.get(name, [])]
        json.dump({"clean": name.startswith("clean-"), "findings": f},
                  open(os.path.join(d, "expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print("generated", len(os.listdir(os.path.join(HERE, "specs"))), "cases")


if __name__ == "__main__":
    main()
