#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are written by hand)."""
import html, json, pathlib
HERE = pathlib.Path(__file__).resolve().parent
UI = {
 "en": ("Home|Business|Logistics|Markets|Opinion", "We use cookies to improve your experience. By continuing you accept our use of cookies.", "Accept", "Related", "All rights reserved."),
 "fr": ("Accueil|Économie|Logistique|Régions|Opinions", "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez leur utilisation.", "Accepter", "À lire aussi", "Tous droits réservés."),
 "de": ("Startseite|Wirtschaft|Logistik|Regionales|Meinung", "Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung zu ermöglichen.", "Zustimmen", "Mehr zum Thema", "Alle Rechte vorbehalten."),
 "es": ("Portada|Economía|Logística|Regiones|Opinión", "Utilizamos cookies para mejorar su experiencia. Si continúa navegando, acepta su uso.", "Aceptar", "Relacionadas", "Todos los derechos reservados."),
 "ja": ("トップ|経済|物流|地域|社説", "当サイトではクッキーを使用しています。閲覧を続けることで利用に同意したものとみなします。", "同意する", "関連記事", "無断転載を禁じます。"),
}
def parse(p):
    head, body = p.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [x.strip().replace("\n", " ") for x in body.strip().split("\n\n")]
    return meta, paras
def build(name):
    meta, paras = parse(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]; nav, cookie, ok, rel, rights = UI[lang]
    e = html.escape
    sep = meta.get("sep", " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"], "inLanguage": lang}
    desc = paras[0][:160]
    navh = "\n".join(f'      <li><a href="/{i}">{e(x)}</a></li>' for i, x in enumerate(nav.split("|")))
    relh = "\n".join(f'      <li><a href="https://{meta["site"]}/{r.split("|")[0]}">{e(r.split("|")[1])}</a></li>' for r in meta["related"].split(" ;; "))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    out = f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta["title"])}{e(sep)}{e(meta["outlet"])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta["url"])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta["outlet"])}">
  <meta property="og:title" content="{e(meta["title"])}">
  <meta property="og:url" content="{e(meta["url"])}">
  <meta property="article:published_time" content="{meta["published"]}">
  <meta property="article:section" content="{e(meta["section"])}">
  <meta name="author" content="{e(meta["author"])}">
  <link rel="stylesheet" href="/static/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{e(cookie)}</p><button>{e(ok)}</button></div>
  <header class="masthead"><a class="logo" href="/">{e(meta["outlet"])}</a>
    <nav><ul>
{navh}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta["title"])}</h1>
      <p class="byline">{e(meta["author"])} · <time datetime="{meta["published"]}">{e(meta["dateline"])}</time></p>
{body}
    </article>
    <aside class="related"><h2>{e(rel)}</h2><ul>
{relh}
    </ul></aside>
  </main>
  <footer><p>© 2026 {e(meta["outlet"])}. {e(rights)}</p><a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></footer>
</body>
</html>
'''
    d = HERE / "cases" / name; d.mkdir(parents=True, exist_ok=True)
    (d / "source.html").write_text(out, encoding="utf-8")
if __name__ == "__main__":
    for p in sorted((HERE / "specs").glob("*.txt")):
        build(p.stem)
