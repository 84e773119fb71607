#!/usr/bin/env python3
"""Build cases/<name>/{source.html,digest.txt,expected.json} from specs/<name>.txt.

Spec layout: header lines `key: value`, a line `---`, body paragraphs separated
by blank lines, then `=== DIGEST` (the digest verbatim) and `=== EXPECTED`
(one `kind|severity|span` per line; none for clean cases).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["World", "Politics", "Business", "Science", "Sport", "Opinion"],
       "fr": ["Monde", "Politique", "Économie", "Sciences", "Sport", "Opinions"],
       "de": ["Welt", "Politik", "Wirtschaft", "Wissen", "Sport", "Meinung"],
       "es": ["Mundo", "Política", "Economía", "Ciencia", "Deportes", "Opinión"],
       "ja": ["国際", "政治", "経済", "科学", "スポーツ", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und unseren Datenverkehr zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
          "es": "Usamos cookies para personalizar el contenido y analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
          "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。"}
SUFFIX_SEP = {"en": " | ", "fr": " - ", "de": " – ", "es": " | ", "ja": "｜"}


def parse(path):
    text = path.read_text(encoding="utf-8")
    head, rest = text.split("\n---\n", 1)
    body, rest = rest.split("\n=== DIGEST\n", 1)
    digest, exp = rest.split("\n=== EXPECTED\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    findings = []
    for line in exp.strip().splitlines():
        if line.strip():
            kind, sev, span = line.split("|", 2)
            findings.append({"kind": kind, "severity": sev, "span": span})
    return meta, paras, digest.strip("\n") + "\n", findings


def page(m, paras):
    lang = m["lang"]
    e = html.escape
    url = "https://" + m["domain"] + m["path"]
    title = m["title"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": m["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]},
          "mainEntityOfPage": url}
    nav = "\n".join(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[lang])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    desc = e(paras[0][:150])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{SUFFIX_SEP[lang]}{e(m['outlet'])}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{desc}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{e(m['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <p class="section">{e(m['section'])}</p>
      <h1>{e(title)}</h1>
      <p class="byline">{e(m['author'])} · <time datetime="{m['published']}">{e(m['timeshown'])}</time></p>
{body}
    </article>
    <aside class="related"><h3>{e(m.get('related', 'Related'))}</h3><ul><li><a href="/newsletter/">Newsletter</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(COOKIE[lang])}</p><button>OK</button></div>
  <footer><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li></ul>
    <p>&copy; {m['published'][:4]} {e(m['outlet'])}</p></footer>
</body>
</html>
"""


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        name = sp.stem
        if names and name not in names:
            continue
        m, paras, digest, findings = parse(sp)
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(m, paras), encoding="utf-8")
        (d / "digest.txt").write_text(digest, encoding="utf-8")
        (d / "expected.json").write_text(json.dumps(
            {"clean": not findings, "findings": findings}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(name, len(findings))


if __name__ == "__main__":
    main(sys.argv[1:])
