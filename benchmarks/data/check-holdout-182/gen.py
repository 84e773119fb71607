#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (header lines 'key: value', '---', paragraphs)."""
import html, json, pathlib, sys
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["World", "Weather", "Climate", "Business", "Opinion"],
       "fr": ["International", "Météo", "Climat", "Économie", "Opinions"],
       "de": ["Politik", "Wetter", "Klima", "Wirtschaft", "Meinung"],
       "es": ["Internacional", "Tiempo", "Clima", "Economía", "Opinión"],
       "ja": ["国内", "気象", "防災", "経済", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and analyse our traffic. Accept all or manage your preferences.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Tout accepter ou paramétrer.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Alle akzeptieren oder Einstellungen.",
          "es": "Usamos cookies para personalizar el contenido y analizar el tráfico. Aceptar todas o configurar.",
          "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。同意する/設定する"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Te puede interesar", "ja": "関連記事"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    url = f"https://{meta['domain']}{meta['path']}"
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": lang}
    shown = datetime.fromisoformat(meta["published"]).strftime("%Y-%m-%d %H:%M")
    nav = "\n".join(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[lang])
    rel = [r for r in meta.get("related", "").split("|") if r.strip()]
    rel_html = "\n".join(f'        <li><a href="/related/{i}">{e(r.strip())}</a></li>' for i, r in enumerate(rel))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', 'Weather'))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <ul class="menu">
{nav}
    </ul>
  </header>
  <main class="layout">
    <article>
      <span class="kicker">{e(meta.get('section', 'Weather'))}</span>
      <h1 class="headline">{e(meta['title'])}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{shown}</time></div>
{body}
    </article>
    <aside class="related">
      <h3>{RELATED[lang]}</h3>
      <ul>
{rel_html}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog"><p>{e(COOKIE[lang])}</p><button>OK</button></div>
  <footer class="site-footer"><p>&copy; {meta['published'][:4]} {e(meta['outlet'])}</p>
    <ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li></ul>
  </footer>
</body>
</html>
"""


def main():
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for n in names:
        meta, paras = parse(HERE / "specs" / f"{n}.txt")
        out = HERE / "cases" / n
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{n}: {meta['lang']} {words} {'chars' if meta['lang']=='ja' else 'words'}")


if __name__ == "__main__":
    main()
