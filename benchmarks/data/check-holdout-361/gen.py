#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic)."""
import html, json, sys, zlib
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}
UI = {
    "en": dict(nav=["World", "Business", "Travel", "Ports", "Opinion"], cookie="We use cookies to improve your experience. Accept all?",
               accept="Accept", related="Related stories", by="By", foot="All rights reserved.", sub="Subscribe"),
    "fr": dict(nav=["Monde", "Économie", "Mer", "Tourisme", "Opinions"], cookie="Nous utilisons des cookies pour améliorer votre expérience.",
               accept="Tout accepter", related="À lire aussi", by="Par", foot="Tous droits réservés.", sub="S'abonner"),
    "de": dict(nav=["Region", "Wirtschaft", "Schifffahrt", "Tourismus", "Meinung"], cookie="Wir verwenden Cookies, um unser Angebot zu verbessern.",
               accept="Alle akzeptieren", related="Mehr zum Thema", by="Von", foot="Alle Rechte vorbehalten.", sub="Abo"),
    "es": dict(nav=["Islas", "Economía", "Puertos", "Turismo", "Opinión"], cookie="Utilizamos cookies para mejorar su experiencia.",
               accept="Aceptar", related="Más noticias", by="Por", foot="Todos los derechos reservados.", sub="Suscríbete"),
    "ja": dict(nav=["地域", "経済", "港湾", "観光", "社説"], cookie="当サイトはクッキーを使用しています。",
               accept="同意する", related="関連記事", by="", foot="無断転載を禁じます。", sub="購読"),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    if meta["lang"] == "ja":
        paras = [p.replace(" ", "") for p in paras]
    return meta, paras


def shown_time(lang, dt):
    m = dt.month
    if lang == "en":
        h = dt.hour % 12 or 12
        ap = "a.m." if dt.hour < 12 else "p.m."
        return f"{MONTHS['en'][m-1]} {dt.day}, {dt.year} {h}:{dt.minute:02d} {ap}"
    if lang == "fr":
        return f"{dt.day} {MONTHS['fr'][m-1]} {dt.year} à {dt.hour}h{dt.minute:02d}"
    if lang == "de":
        return f"{dt.day}. {MONTHS['de'][m-1]} {dt.year}, {dt.hour:02d}:{dt.minute:02d} Uhr"
    if lang == "es":
        return f"{dt.day} de {MONTHS['es'][m-1]} de {dt.year}, {dt.hour:02d}:{dt.minute:02d}"
    return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}時{dt.minute:02d}分"


def render(name, meta, paras):
    lang = meta["lang"]
    ui = UI[lang]
    e = lambda s: html.escape(s, quote=True)
    v = zlib.crc32(name.encode()) % 3
    sep = " | " if v == 1 else " - "
    dt = datetime.fromisoformat(meta["published"])
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    related = "\n".join(
        f'      <li><a href="{e(meta["url"].rsplit("/", 1)[0])}/{r.lower().replace(" ", "-")}">{e(r)}</a></li>'
        for r in meta.get("related", "").split(";") if r.strip())
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    byline = f'{ui["by"]} {meta["author"]}'.strip()
    header_cls = ["site-header", "masthead", "top-nav"][v]
    cookie = (f'<div class="cookie-banner" role="dialog"><p>{e(ui["cookie"])}</p>'
              f'<button>{e(ui["accept"])}</button></div>')
    top_cookie = cookie if v != 2 else ""
    bottom_cookie = cookie if v == 2 else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta["title"])}{sep}{e(meta["outlet"])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta["url"])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta["outlet"])}">
  <meta property="og:title" content="{e(meta["title"])}">
  <meta property="og:url" content="{e(meta["url"])}">
  <meta property="article:published_time" content="{e(meta["published"])}">
  <meta property="article:section" content="{e(meta["section"])}">
  <meta name="author" content="{e(meta["author"])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article v{v}">
  {top_cookie}
  <header class="{header_cls}">
    <a class="logo" href="/">{e(meta["outlet"])}</a>
    <nav><ul>
{nav}
    </ul></nav>
    <a class="cta" href="/subscribe/">{e(ui["sub"])}</a>
  </header>
  <main>
    <article>
      <p class="section">{e(meta["section"])}</p>
      <h1>{e(meta["title"])}</h1>
      <p class="byline">{e(byline)} · <time datetime="{e(meta["published"])}">{e(shown_time(lang, dt))}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(ui["related"])}</h2>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <footer><p>© {dt.year} {e(meta["outlet"])}. {e(ui["foot"])}</p></footer>
  {bottom_cookie}
</body>
</html>
"""


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        out = HERE / "cases" / name / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(name), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main()
