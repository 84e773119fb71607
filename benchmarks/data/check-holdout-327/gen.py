#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/{source.html,digest.txt,expected.json}.

A spec is: header lines "key: value", a line "---", the article paragraphs
(blank-line separated), "===DIGEST===", the digest, "===FINDINGS===" and one
"kind|severity|span" line per planted finding (none for clean cases).
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
LANG_UI = {
    "en": ("Cookies help us run this site. Accept all or choose in Privacy settings.", "Accept all", "Related", "All rights reserved."),
    "fr": ("Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.", "Tout accepter", "À lire aussi", "Tous droits réservés."),
    "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Mehr zum Thema", "Alle Rechte vorbehalten."),
    "es": ("Utilizamos cookies propias y de terceros para analizar el tráfico.", "Aceptar todo", "Relacionadas", "Todos los derechos reservados."),
    "ja": ("当サイトはクッキーを使用しています。詳しくはプライバシーポリシーをご覧ください。", "同意する", "関連記事", "無断転載を禁じます。"),
}


def parse(path):
    text = path.read_text(encoding="utf-8")
    head, rest = text.split("\n---\n", 1)
    body, rest = rest.split("===DIGEST===\n", 1)
    digest, findings = rest.split("===FINDINGS===\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    fl = []
    for line in findings.strip().splitlines():
        k, s, span = line.split("|", 2)
        fl.append({"kind": k, "severity": s, "span": span})
    return meta, paras, digest.rstrip("\n") + "\n", fl


def page(meta, paras):
    e = html.escape
    lang = meta["lang"]
    cookie, accept, related, rights = LANG_UI[lang]
    sep = meta.get("sep", " - ")
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": meta["title"], "datePublished": meta["published"],
                     "author": {"@type": "Person", "name": meta["author"]},
                     "publisher": {"@type": "Organization", "name": meta["outlet"]},
                     "mainEntityOfPage": meta["url"]}, ensure_ascii=False)
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <header class="masthead"><a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul><li><a href="/music/">{e(meta['section'])}</a></li><li><a href="/live/">Live</a></li><li><a href="/business/">Business</a></li><li><a href="/culture/">Culture</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['published'])}</time></p>
{ps}
    </article>
    <aside class="related"><h3>{related}</h3><ul><li><a href="/music/charts/">Charts</a></li><li><a href="/live/tour-dates/">Tour dates</a></li><li><a href="/newsletter/">Newsletter</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{cookie}</p><button>{accept}</button></div>
  <footer><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/contact/">Contact</a></li></ul><p>&copy; 2026 {e(meta['outlet'])}. {rights}</p></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras, digest, fl = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")
        (out / "digest.txt").write_text(digest, encoding="utf-8")
        (out / "expected.json").write_text(json.dumps({"clean": not fl, "findings": fl}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
