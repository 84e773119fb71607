#!/usr/bin/env python3
"""Build cases/ from specs/.

specs/<base>.src     header lines "key: value", a line "---", then body paragraphs
                     separated by blank lines (fictional article, written for this set)
specs/<base>.digest  the faithful Japanese digest (house format)
specs/<base>.err.json  optional: {"replace": [[old, new], ...], "findings": [...]}
                     the err digest is the faithful one with the planted slips
Header key "cases": which cases to build, e.g. "clean-x err-x" (a source may serve
a clean case, an err case, or both).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
SPECS, CASES = HERE / "specs", HERE / "cases"

NAV = {"en": ["World", "Business", "Science", "Weather", "Travel", "Opinion"],
       "fr": ["International", "France", "Économie", "Météo", "Justice", "Débats"],
       "de": ["Politik", "Panorama", "Wirtschaft", "Wetter", "Verkehr", "Meinung"],
       "es": ["Internacional", "Sociedad", "Economía", "Tiempo", "Tribunales", "Opinión"],
       "ja": ["国内", "国際", "経済", "社会", "天気", "交通"]}
COOKIE = {"en": ("We use cookies to personalise content and to analyse our traffic.", "Accept all", "Reject"),
          "fr": ("Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Refuser"),
          "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen"),
          "es": ("Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar"),
          "ja": ("当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。", "すべて許可", "拒否")}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse_src(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    return meta, paras


def page(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang, outlet, title = meta["lang"], meta["outlet"], meta["title"]
    url = meta["url"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[lang])
    body = "\n".join(f"        <p>{e(p)}</p>" for p in paras)
    ck = COOKIE[lang]
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} | {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/site.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav class="sections">
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <header>
        <p class="kicker">{e(meta['section'])}</p>
        <h1>{e(title)}</h1>
        <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta['shown'])}</time></p>
      </header>
      <div class="article-body">
{body}
      </div>
    </article>
    <aside class="related"><h2>{'関連記事' if lang == 'ja' else 'More'}</h2><ul><li><a href="/latest/">{'最新ニュース' if lang == 'ja' else 'Latest'}</a></li></ul></aside>
  </main>
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>{e(ck[0])}</p>
    <button class="accept">{e(ck[1])}</button> <button class="reject">{e(ck[2])}</button>
  </div>
  <footer class="site-footer">
    <ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li></ul>
    <p>&copy; {year} {e(outlet)}. {e(FOOT[lang])}</p>
  </footer>
</body>
</html>
"""


def main():
    for src in sorted(SPECS.glob("*.src")):
        base = src.stem
        meta, paras = parse_src(src)
        digest = (SPECS / f"{base}.digest").read_text(encoding="utf-8")
        for case in meta["cases"].split():
            d = CASES / case
            d.mkdir(parents=True, exist_ok=True)
            (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
            if case.startswith("clean-"):
                text, exp = digest, {"clean": True, "findings": []}
            else:
                err = json.loads((SPECS / f"{base}.err.json").read_text(encoding="utf-8"))
                text = digest
                for old, new in err["replace"]:
                    if text.count(old) != 1:
                        sys.exit(f"{case}: replace target occurs {text.count(old)} times: {old!r}")
                    text = text.replace(old, new)
                exp = {"clean": False, "findings": err["findings"]}
            (d / "digest.txt").write_text(text, encoding="utf-8")
            (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            print("built", case)


if __name__ == "__main__":
    main()
