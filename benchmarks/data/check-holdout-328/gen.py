#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html and expected.json.

Spec: header lines "key: value" (lang, outlet, url, published, title, author,
section, related, sep, finding: kind|severity|span ...), a line "---", then paragraphs
separated by blank lines. digest.txt files are written by hand in cases/.
"""
import html, json, pathlib, re

HERE = pathlib.Path(__file__).resolve().parent
COOKIE = {"en": "We use cookies to improve your experience. Accept all / Manage settings",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter / Paramétrer",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren / Einstellungen",
          "es": "Utilizamos cookies para mejorar su experiencia. Aceptar todas / Configurar",
          "ja": "当サイトはクッキーを使用しています。同意する / 設定"}
NAV = {"en": ["Home", "Markets", "Industry", "Construction", "Opinion"],
       "fr": ["Accueil", "Marchés", "Industrie", "BTP", "Opinions"],
       "de": ["Startseite", "Märkte", "Industrie", "Bau", "Meinung"],
       "es": ["Portada", "Mercados", "Industria", "Construcción", "Opinión"],
       "ja": ["トップ", "市況", "産業", "建設", "オピニオン"]}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta, findings = {}, []
    for line in head.splitlines():
        k, v = line.split(":", 1)
        if k == "finding":
            kind, sev, span = v.strip().split("|", 2)
            findings.append({"kind": kind, "severity": sev, "span": span})
        else:
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras, findings


def page(meta, paras):
    e = html.escape
    lang, outlet, title, url = meta["lang"], meta["outlet"], meta["title"], meta["url"]
    sep = " %s " % meta.get("sep", "-")
    host = re.match(r"https://([^/]+)", url).group(1)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "".join(f'<li><a href="https://{host}/{i}">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "".join(f'<li><a href="https://{host}/{r.split("=")[0]}">{e(r.split("=", 1)[1])}</a></li>'
                  for r in meta["related"].split(";"))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(outlet)}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog">{e(COOKIE[lang])}</div>
  <header><a class="logo" href="https://{host}/">{e(outlet)}</a><nav><ul>{nav}</ul></nav></header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
    </article>
    <aside class="related"><h2>{e(RELATED[lang])}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>© 2026 {e(outlet)}</p><a href="https://{host}/privacy">Privacy</a> <a href="https://{host}/contact">Contact</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras, findings = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")
        exp = {"clean": not findings, "findings": findings}
        (out / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
