#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (news-like page around an <article>)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
UI = {
    "en": ("World Business Politics Money Opinion".split(), "We use cookies to improve your experience. Accept all or manage preferences.", "Related", "All rights reserved.", "Accept"),
    "fr": ("Monde Économie Politique Société Opinions".split(), "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter ou paramétrer.", "À lire aussi", "Tous droits réservés.", "Accepter"),
    "de": ("Welt Wirtschaft Politik Finanzen Meinung".split(), "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren oder Einstellungen.", "Mehr zum Thema", "Alle Rechte vorbehalten.", "Akzeptieren"),
    "es": ("Mundo Economía Política Sociedad Opinión".split(), "Usamos cookies para mejorar su experiencia. Aceptar todas o configurar.", "Relacionados", "Todos los derechos reservados.", "Aceptar"),
    "ja": ("国際 経済 政治 社会 オピニオン".split(), "当サイトはクッキーを使用しています。同意する、または設定を変更してください。", "関連記事", "無断転載を禁じます。", "同意する"),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n")]
    return meta, paras

def build(name):
    meta, paras = parse(HERE / "specs" / f"{name}.txt")
    e = html.escape
    lang = meta["lang"]; nav, cookie, rel, rights, acc = UI[lang]
    url = f"https://{meta['domain']}{meta['path']}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url}
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    ps = "\n".join(f"        <p>{e(p)}</p>" for p in paras)
    navs = "\n".join(f'        <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in nav)
    rels = "\n".join(f'        <li><a href="/more/{i}">{e(r)}</a></li>' for i, r in enumerate(related, 1))
    out = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} {e(meta.get('sep', '-'))} {e(meta['outlet'])}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent">{e(cookie)} <button>{e(acc)}</button></div>
  <header class="site-header">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav><ul>
{navs}
    </ul></nav>
  </header>
  <main>
    <article>
      <header>
        <span class="kicker">{e(meta['section'])}</span>
        <h1>{e(meta['title'])}</h1>
        <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta['dateline'])}</time></p>
      </header>
      <div class="article-body">
{ps}
      </div>
    </article>
    <aside class="related"><h2>{e(rel)}</h2><ul>
{rels}
    </ul></aside>
  </main>
  <footer class="site-footer">© {meta['published'][:4]} {e(meta['outlet'])}. {e(rights)} <a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a></footer>
</body>
</html>
"""
    d = HERE / "cases" / name; d.mkdir(parents=True, exist_ok=True)
    (d / "source.html").write_text(out, encoding="utf-8")

if __name__ == "__main__":
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        build(n)
    print(f"built {len(names)} sources")
