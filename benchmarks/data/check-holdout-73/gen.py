"""Generate cases/ from specs/*.txt (hand-written). Usage: python gen.py"""
import html, json, pathlib, re

HERE = pathlib.Path(__file__).parent
LANGNAMES = {"en": ("Home", "World", "Business", "Science", "Sport", "Opinion"),
             "fr": ("Accueil", "Monde", "Économie", "Sciences", "Sport", "Opinions"),
             "de": ("Startseite", "Welt", "Wirtschaft", "Wissen", "Sport", "Meinung"),
             "es": ("Inicio", "Mundo", "Economía", "Ciencia", "Deportes", "Opinión"),
             "ja": ("トップ", "国際", "経済", "科学", "スポーツ", "オピニオン")}
COOKIE = {"en": "We use cookies to personalise content and analyse traffic. You can change your choices at any time.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
          "es": "Utilizamos cookies para personalizar el contenido y analizar el tráfico.",
          "ja": "当サイトはクッキーを使用して、コンテンツの最適化とアクセス解析を行っています。"}


def parse(text):
    head, rest = text.split("\n---body\n", 1)
    body, rest = rest.split("\n---digest\n", 1)
    digest, findings = rest.split("\n---findings\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    fs = []
    for l in findings.strip().splitlines():
        if l.strip():
            k, s, span = l.split("|", 2)
            fs.append({"kind": k, "severity": s, "span": span})
    return meta, paras, digest.strip("\n") + "\n", fs


def page(m, paras):
    e = html.escape
    url = f"https://{m['domain']}{m['path']}"
    nav = "".join(f'<li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(LANGNAMES[m["lang"]]))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
                     "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
                     "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": url},
                    ensure_ascii=False)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(m['title'])} | {e(m['outlet'])}</title>
  <meta name="description" content="{e(paras[0][:150])}">
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
  <header class="masthead"><a class="brand" href="/">{e(m['outlet'])}</a>
    <nav><ul>{nav}</ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(m['title'])}</h1>
      <p class="byline">{e(m['author'])} <time datetime="{m['published']}">{m['published']}</time></p>
{body}
    </article>
    <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/more/1">Newsletter</a></li><li><a href="/more/2">Podcast</a></li></ol></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(COOKIE[m['lang']])}</p><button>OK</button></div>
  <footer><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li></ul>
    <p>&copy; {m['published'][:4]} {e(m['outlet'])}</p></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        m, paras, digest, fs = parse(spec.read_text(encoding="utf-8"))
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(m, paras), encoding="utf-8")
        (d / "digest.txt").write_text(digest, encoding="utf-8")
        exp = {"clean": not fs, "findings": fs}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
