#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (realistic news page around an <article>)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
L = {
    "en": dict(nav=["World", "Business", "Markets", "Technology", "Opinion"], cookie="We use cookies to improve your experience. By continuing you accept our cookie policy.", accept="Accept", related="Related stories", footer="All rights reserved.", by="By"),
    "fr": dict(nav=["International", "Économie", "Marchés", "Entreprises", "Opinions"], cookie="Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez notre politique de cookies.", accept="Accepter", related="À lire aussi", footer="Tous droits réservés.", by="Par"),
    "de": dict(nav=["Politik", "Wirtschaft", "Finanzen", "Unternehmen", "Meinung"], cookie="Wir verwenden Cookies, um Ihr Leseerlebnis zu verbessern. Mit der Nutzung stimmen Sie unserer Cookie-Richtlinie zu.", accept="Zustimmen", related="Mehr zum Thema", footer="Alle Rechte vorbehalten.", by="Von"),
    "es": dict(nav=["Internacional", "Economía", "Mercados", "Empresas", "Opinión"], cookie="Utilizamos cookies para mejorar su experiencia. Si continúa navegando, acepta nuestra política de cookies.", accept="Aceptar", related="Noticias relacionadas", footer="Todos los derechos reservados.", by="Por"),
    "ja": dict(nav=["国際", "経済", "マーケット", "企業", "オピニオン"], cookie="当サイトは利便性向上のためクッキーを使用しています。閲覧を続けることでクッキーの使用に同意したものとみなします。", accept="同意する", related="関連記事", footer="無断転載を禁じます。", by=""),
}

def parse(path):
    meta, body = {}, []
    head, _, rest = path.read_text(encoding="utf-8").partition("\n---\n")
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    body = [p.strip() for p in rest.split("\n\n") if p.strip()]
    return meta, body

def render(meta, body):
    lang = meta["lang"]; t = L[lang]; e = html.escape
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    base = meta["url"].split("/")[0] + "//" + meta["url"].split("/")[2]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"]}
    paras = []
    for p in body:
        if p.startswith("## "):
            paras.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            paras.append(f"      <p>{e(p)}</p>")
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(t["nav"]))
    rel = "\n".join(f'        <li><a href="{base}/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related))
    desc = e(body[0][:160])
    by = f'{t["by"]} {meta["author"]}'.strip()
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta["title"])} {meta.get("sep", "-")} {e(meta["outlet"])}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{e(meta["url"])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta["outlet"])}">
  <meta property="og:title" content="{e(meta["title"])}">
  <meta property="og:description" content="{desc}">
  <meta property="og:url" content="{e(meta["url"])}">
  <meta property="article:published_time" content="{meta["published"]}">
  <meta property="article:section" content="{e(meta["section"])}">
  <meta name="author" content="{e(meta["author"])}">
  <link rel="stylesheet" href="/assets/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent">{e(t["cookie"])} <button>{e(t["accept"])}</button></div>
  <header class="masthead">
    <a class="logo" href="/">{e(meta["outlet"])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta["section"])}</span>
      <h1>{e(meta["title"])}</h1>
      <div class="byline">{e(by)} · <time datetime="{meta["published"]}">{e(meta["dateline"])}</time></div>
{chr(10).join(paras)}
    </article>
    <aside class="related">
      <h3>{e(t["related"])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>© 2026 {e(meta["outlet"])}. {e(t["footer"])}</p>
    <ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/contact/">Contact</a></li></ul>
  </footer>
</body>
</html>
"""

def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for s in specs:
        if names and s.stem not in names:
            continue
        meta, body = parse(s)
        out = HERE / "cases" / s.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, body), encoding="utf-8")
        words = sum(len(p.split()) for p in body) if meta["lang"] != "ja" else sum(len(p) for p in body)
        print(f"{s.stem}: {words} {'chars' if meta['lang']=='ja' else 'words'}")

if __name__ == "__main__":
    main(sys.argv[1:])
