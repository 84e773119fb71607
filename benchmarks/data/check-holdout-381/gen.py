#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic)."""
import hashlib, html, json, sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Industry", "Energy", "Markets", "Opinion"],
    "fr": ["Monde", "Économie", "Industrie", "Énergie", "Marchés", "Débats"],
    "de": ["Welt", "Wirtschaft", "Industrie", "Energie", "Märkte", "Meinung"],
    "es": ["Mundo", "Economía", "Industria", "Energía", "Mercados", "Opinión"],
    "ja": ["国際", "経済", "産業", "エネルギー", "市場", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to measure traffic.", "Accept all", "Manage settings"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und die Reichweite zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para mejorar su experiencia y medir la audiencia.", "Aceptar todas", "Configurar"),
    "ja": ("当サイトは利便性向上とアクセス解析のためにクッキーを使用します。", "同意する", "設定"),
}
RELATED = {"en": "Related stories", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    meta["related"] = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def shown_date(meta):
    dt = datetime.fromisoformat(meta["published"])
    lang, z = meta["lang"], meta.get("zone", "")
    if lang == "ja":
        return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}時{dt.minute:02d}分"
    m = MONTHS[lang][dt.month - 1]
    if lang == "en":
        h = dt.hour % 12 or 12
        ap = "a.m." if dt.hour < 12 else "p.m."
        return f"{m} {dt.day}, {dt.year} {h}:{dt.minute:02d} {ap} {z}".strip()
    if lang == "fr":
        return f"le {dt.day} {m} {dt.year} à {dt.hour}h{dt.minute:02d}"
    if lang == "de":
        return f"{dt.day}. {m} {dt.year}, {dt.hour}:{dt.minute:02d} Uhr"
    return f"{dt.day} de {m} de {dt.year}, {dt.hour}:{dt.minute:02d} h {z}".strip()


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    variant = int(hashlib.sha256(name.encode()).hexdigest(), 16) % 3
    sep = " | " if variant == 1 else " - "
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck = COOKIE[lang]
    body_p = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/more/{i}">{e(r)}</a></li>' for i, r in enumerate(meta["related"]))
    shown = shown_date(meta)
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    cookie = f"""  <div class="cookie-banner" role="dialog">
    <p>{e(ck[0])}</p>
    <button class="accept">{e(ck[1])}</button> <button class="manage">{e(ck[2])}</button>
  </div>
"""
    navblock = f"""  <header class="site-header">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav class="main-nav">
      <ul>
{nav}
      </ul>
    </nav>
  </header>
"""
    article = f"""  <main>
    <article class="story">
      <p class="section-label">{e(meta.get('section', ''))}</p>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> · <time datetime="{meta['published']}">{e(shown)}</time></p>
{body_p}
    </article>
    <aside class="related">
      <h2>{e(RELATED[lang])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
"""
    footer = f"""  <footer class="site-footer">
    <p>© {meta['published'][:4]} {e(outlet)}. {e(FOOT[lang])}</p>
    <p><a href="/about/">About</a> · <a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a></p>
  </footer>
"""
    if variant == 0:
        parts = [cookie, navblock, article, footer]
    elif variant == 1:
        parts = [navblock, article, footer, cookie]
    else:
        parts = [navblock, cookie, article, footer]
    return head + '<body class="article v%d">\n' % variant + "".join(parts) + "</body>\n</html>\n"


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        out = HERE / "cases" / n / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(n), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main()
