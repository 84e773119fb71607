#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic; chrome varies per case)."""
import html, json, sys, zlib
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Tech", "Home & Living", "Markets", "Opinion"],
    "fr": ["International", "Économie", "Consommation", "Tech", "Opinions"],
    "de": ["Politik", "Wirtschaft", "Verbraucher", "Technik", "Meinung"],
    "es": ["Nacional", "Economía", "Empresas", "Consumo", "Opinión"],
    "ja": ["総合", "業界", "流通", "技術", "人事"],
}
COOKIE = {
    "en": ("We use cookies to personalise content and analyse traffic.", "Accept all", "Manage choices"),
    "fr": ("Nous utilisons des cookies pour mesurer l’audience et personnaliser les contenus.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies propias y de terceros para analizar el tráfico.", "Aceptar", "Configurar"),
    "ja": ("当サイトはサービス向上のためにクッキーを使用しています。", "同意する", "設定"),
}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}
MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def shown_time(meta):
    dt = datetime.fromisoformat(meta["published"])
    lang, zone = meta["lang"], meta.get("zone", "")
    if lang == "en":
        h = dt.hour % 12 or 12
        ampm = "a.m." if dt.hour < 12 else "p.m."
        return f"{dt.strftime('%B')} {dt.day}, {dt.year} {h}:{dt.minute:02d} {ampm} {zone}".strip()
    if lang == "fr":
        return f"Publié le {dt.day} {MONTHS['fr'][dt.month-1]} {dt.year} à {dt.hour:02d}h{dt.minute:02d}"
    if lang == "de":
        return f"{dt.day}. {MONTHS['de'][dt.month-1]} {dt.year}, {dt.hour:02d}:{dt.minute:02d} Uhr"
    if lang == "es":
        return f"{dt.day} de {MONTHS['es'][dt.month-1]} de {dt.year} - {dt.hour:02d}:{dt.minute:02d} {zone}".strip()
    return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}時{dt.minute:02d}分"


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    v = zlib.crc32(name.encode()) % 3
    sep = " | " if v == 1 else " - "
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    desc = paras[0][:180]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck = COOKIE[lang]
    cookie = (f'  <div class="consent" role="dialog"><p>{e(ck[0])}</p>'
              f'<button>{e(ck[1])}</button> <button>{e(ck[2])}</button></div>')
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = [r for r in meta.get("related", "").split(";") if r.strip()]
    rel_html = "\n".join(f'        <li><a href="/more/{i}">{e(r.strip())}</a></li>' for i, r in enumerate(rel))
    byline = f'<span class="byline">{e(meta["author"])}</span> <time datetime="{meta["published"]}">{e(shown_time(meta))}</time>'
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
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    header = f"""  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
"""
    article = f"""    <article>
      <p class="kicker">{e(meta.get('section', ''))}</p>
      <h1>{e(title)}</h1>
      <p class="meta">{byline}</p>
{body}
    </article>
"""
    aside = f"""    <aside class="related">
      <h2>{e(RELATED[lang])}</h2>
      <ul>
{rel_html}
      </ul>
    </aside>
"""
    footer = f"""  <footer><p>© {datetime.fromisoformat(meta['published']).year} {e(outlet)}. {e(FOOT[lang])}</p>
    <p><a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a></p></footer>
"""
    if v == 0:
        main = f"  <main>\n{article}{aside}  </main>\n"
        page = f"<body>\n{cookie}\n{header}{main}{footer}</body>\n"
    elif v == 1:
        main = f'  <div class="wrap">\n{aside}{article}  </div>\n'
        page = f'<body class="story">\n{header}{main}{footer}{cookie}\n</body>\n'
    else:
        main = f'  <main id="content">\n    <div class="ad-slot">Advertisement</div>\n{article}  </main>\n  <div class="rail">\n{aside}  </div>\n'
        page = f'<body class="news">\n{header}{cookie}\n{main}{footer}</body>\n'
    return head + page + "</html>\n"


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
