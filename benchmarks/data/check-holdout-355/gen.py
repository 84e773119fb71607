#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html. Digests and expected.json are
written by hand in cases/<name>/ (not generated)."""
import html, json, pathlib, re
HERE = pathlib.Path(__file__).resolve().parent

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras

UI = {
 "en": ("Home", "Courts", "Business", "Opinion", "We use cookies to improve your experience. Accept all or manage preferences.", "Accept", "Related", "All rights reserved", "By"),
 "fr": ("Accueil", "Justice", "Économie", "Opinions", "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter ou paramétrer.", "Accepter", "À lire aussi", "Tous droits réservés", "Par"),
 "de": ("Startseite", "Recht", "Wirtschaft", "Meinung", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren oder Einstellungen verwalten.", "Akzeptieren", "Mehr zum Thema", "Alle Rechte vorbehalten", "Von"),
 "es": ("Portada", "Tribunales", "Economía", "Opinión", "Utilizamos cookies para mejorar su experiencia. Aceptar todas o configurar.", "Aceptar", "Relacionadas", "Todos los derechos reservados", "Por"),
 "ja": ("トップ", "社会・司法", "経済", "オピニオン", "当サイトではCookieを使用しています。同意するか設定を変更してください。", "同意する", "関連記事", "無断転載を禁じます", "記者:"),
}

def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    home, s1, s2, s3, cookie, accept, related, rights, by = UI[lang]
    sep = meta.get("sep", "-")
    if sep in ("-", "|"):
        sep = f" {sep} "
    desc = paras[0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": meta["title"], "datePublished": meta["published"],
                     "author": {"@type": "Person", "name": meta["author"]},
                     "publisher": {"@type": "Organization", "name": meta["outlet"]},
                     "mainEntityOfPage": meta["url"]}, ensure_ascii=False)
    base = re.match(r"https://[^/]+", meta["url"]).group(0)
    rel = "".join(f'<li><a href="{base}/{i}">{e(t)}</a></li>' for i, t in enumerate(meta.get("related", "").split(" | "), 1) if t)
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(s1)}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog">{e(cookie)} <button>{e(accept)}</button></div>
  <header><a class="logo" href="{base}/">{e(meta['outlet'])}</a>
    <nav><ul><li><a href="{base}/">{e(home)}</a></li><li><a href="{base}/courts">{e(s1)}</a></li><li><a href="{base}/business">{e(s2)}</a></li><li><a href="{base}/opinion">{e(s3)}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(by)} {e(meta['author'])} · <time datetime="{meta['published']}">{e(meta['dateline'])}</time></p>
{ps}
    </article>
    <aside class="related"><h2>{e(related)}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>© {meta['published'][:4]} {e(meta['outlet'])}. {e(rights)}.</p></footer>
</body>
</html>
"""

def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")

if __name__ == "__main__":
    main()
