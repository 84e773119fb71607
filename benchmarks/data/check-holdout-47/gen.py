"""Build source.html and expected.json for each case from specs/<name>.txt.

Spec: 'key: value' header lines, a line '---', then paragraphs separated by
blank lines. Header keys: lang, outlet, domain, path, published, author,
section, title, timetext, finding (repeatable: kind|severity|span).
"""
import html
import json
import pathlib

HERE = pathlib.Path(__file__).parent
UI = {
    "en": ("We use cookies to personalise content and to analyse our traffic.", "Accept all", "Reject", "About us", "Privacy policy", "Most read"),
    "fr": ("Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic.", "Tout accepter", "Refuser", "Qui sommes-nous", "Confidentialité", "Les plus lus"),
    "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und unsere Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen", "Impressum", "Datenschutz", "Meistgelesen"),
    "es": ("Utilizamos cookies para personalizar el contenido y analizar nuestro tráfico.", "Aceptar todo", "Rechazar", "Quiénes somos", "Privacidad", "Lo más leído"),
    "ja": ("当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。", "すべて許可", "拒否", "会社概要", "プライバシーポリシー", "よく読まれている記事"),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta, findings = {}, []
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(":", 1)
        if k == "finding":
            kind, sev, span = v.strip().split("|", 2)
            findings.append({"kind": kind, "severity": sev, "span": span})
        else:
            meta[k] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras, findings


def page(m, paras):
    e = html.escape
    url = f"https://{m['domain']}{m['path']}"
    cookie, acc, rej, about, priv, most = UI[m["lang"]]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
                     "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
                     "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": url},
                    ensure_ascii=False)
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])} | {e(m['outlet'])}</title>
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">{e(m['outlet'])}</a>
    <nav><ul><li><a href="/news/">News</a></li><li><a href="/health/">Health</a></li><li><a href="/education/">Education</a></li><li><a href="/science/">Science</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav>
  </header>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(cookie)}</p><button>{e(acc)}</button> <button>{e(rej)}</button>
  </div>
  <main>
    <article>
      <span class="kicker">{e(m['section'])}</span>
      <h1>{e(m['title'])}</h1>
      <p class="byline"><span class="author">{e(m['author'])}</span> <time datetime="{m['published']}">{e(m['timetext'])}</time></p>
{ps}
    </article>
    <aside class="sidebar"><h3>{e(most)}</h3><ol><li><a href="/more/1">Newsletter</a></li><li><a href="/more/2">Podcast</a></li></ol></aside>
  </main>
  <footer class="site-footer">
    <ul><li><a href="/about/">{e(about)}</a></li><li><a href="/privacy/">{e(priv)}</a></li></ul>
    <p>&copy; {m['published'][:4]} {e(m['outlet'])}</p>
  </footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        m, paras, findings = parse(spec)
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(m, paras), encoding="utf-8")
        exp = {"clean": spec.stem.startswith("clean-"), "findings": findings}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
