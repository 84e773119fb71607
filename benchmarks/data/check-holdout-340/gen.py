#!/usr/bin/env python3
"""check-holdout-340: build cases/<name>/source.html and expected.json from specs/<name>.txt.

A spec is a header of `key: value` lines, then `---`, then the article's
paragraphs separated by blank lines.  Header keys: lang, outlet, url,
published (ISO 8601 with the outlet's UTC offset), title, author, section,
topic, `derived:` lines (value | computation, listed in the README) and, for
err cases, `finding:` lines (kind | severity | span | slip).  digest.txt is
written by hand and lives in cases/<name>/ already.
"""
import datetime as dt
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
LOCALE = {
    "en": dict(menu=["World", "Business", "Travel", "Airlines", "Airports", "Opinion"],
               cookie="We use cookies to improve your experience and to show relevant ads.",
               accept="Accept all", reject="Reject", related="Related stories",
               rights="All rights reserved.", sub="Subscribe"),
    "fr": dict(menu=["Actualités", "Compagnies", "Aéroports", "Économie", "Tourisme", "Opinions"],
               cookie="Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.",
               accept="Tout accepter", reject="Refuser", related="À lire aussi",
               rights="Tous droits réservés.", sub="S'abonner"),
    "de": dict(menu=["Nachrichten", "Wirtschaft", "Region", "Luftfahrt", "Reise", "Meinung"],
               cookie="Wir verwenden Cookies, um unser Angebot zu verbessern und Inhalte zu personalisieren.",
               accept="Alle akzeptieren", reject="Ablehnen", related="Mehr zum Thema",
               rights="Alle Rechte vorbehalten.", sub="Abonnieren"),
    "es": dict(menu=["Portada", "Aerolíneas", "Aeropuertos", "Economía", "Turismo", "Opinión"],
               cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
               accept="Aceptar todas", reject="Rechazar", related="Noticias relacionadas",
               rights="Todos los derechos reservados.", sub="Suscríbete"),
    "ja": dict(menu=["ニュース", "経済", "航空", "空港", "地域", "オピニオン"],
               cookie="当サイトはサービス向上のためCookieを使用しています。",
               accept="同意する", reject="拒否する", related="関連記事",
               rights="無断転載を禁じます。", sub="購読する"),
}
RELATED = {
    "en": ["Airlines warn of tight summer capacity", "Regulator opens consultation on slot rules",
           "Engine shortages keep jets on the ground"],
    "fr": ["Les compagnies s'inquiètent des capacités estivales", "Le régulateur consulte sur les créneaux",
           "Pénurie de moteurs : des avions cloués au sol"],
    "de": ["Airlines warnen vor knappen Kapazitäten im Sommer", "Behörde startet Anhörung zu Slots",
           "Triebwerksmangel hält Jets am Boden"],
    "es": ["Las aerolíneas advierten de falta de capacidad en verano", "El regulador consulta sobre las franjas horarias",
           "La escasez de motores deja aviones en tierra"],
    "ja": ["夏の座席供給、各社が慎重姿勢", "発着枠の配分見直しで意見募集", "エンジン不足で運航停止続く"],
}
SEP = {"en": " - ", "fr": " | ", "de": " | ", "es": " - ", "ja": " | "}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {"derived": [], "finding": []}
    for line in head.splitlines():
        if not line.strip():
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if key in ("derived", "finding"):
            meta[key].append([p.strip() for p in val.split("|")])
        else:
            meta[key] = val
    meta["paragraphs"] = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta


def display_time(meta):
    t = dt.datetime.fromisoformat(meta["published"])
    lang = meta["lang"]
    if lang == "ja":
        return f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"
    if lang == "fr":
        mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre"]
        return f"Publié le {t.day} {mois[t.month-1]} {t.year} à {t.hour}h{t.minute:02d}"
    if lang == "de":
        return f"{t.day:02d}.{t.month:02d}.{t.year}, {t.hour:02d}:{t.minute:02d} Uhr"
    if lang == "es":
        meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                 "septiembre", "octubre", "noviembre", "diciembre"]
        return f"{t.day} de {meses[t.month-1]} de {t.year}, {t.hour:02d}:{t.minute:02d}"
    return t.strftime("%B %-d, %Y %-I:%M %p").replace("AM", "a.m.").replace("PM", "p.m.")


def render(meta):
    e = lambda s: html.escape(s, quote=True)
    loc, lang = LOCALE[meta["lang"]], meta["lang"]
    host = meta["url"].split("/")[2]
    desc = meta["paragraphs"][0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": lang}
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(loc["menu"]))
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in meta["paragraphs"])
    rel = "\n".join(f'        <li><a href="https://{host}/related/{i+1}">{e(r)}</a></li>'
                    for i, r in enumerate(RELATED[lang]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{SEP[lang]}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <div id="cookie-banner" class="consent">
    <p>{e(loc['cookie'])}</p>
    <button class="accept">{e(loc['accept'])}</button> <button class="reject">{e(loc['reject'])}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav class="main-nav">
      <ul>
{menu}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(loc['sub'])}</a>
  </header>
  <main class="page">
    <article class="story">
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(meta['title'])}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(display_time(meta))}</time></div>
{paras}
    </article>
    <aside class="related">
      <h2>{e(loc['related'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>&copy; {year} {e(meta['outlet'])}. {e(loc['rights'])}</p>
    <ul><li><a href="/privacy/">Privacy</a></li><li><a href="/contact/">Contact</a></li></ul>
  </footer>
</body>
</html>
"""


def main():
    specs = sorted((HERE / "specs").glob("*.txt"))
    for spec in specs:
        name = spec.stem
        meta = parse_spec(spec)
        case = HERE / "cases" / name
        case.mkdir(parents=True, exist_ok=True)
        (case / "source.html").write_text(render(meta), encoding="utf-8")
        findings = [{"kind": k, "severity": s, "span": span} for k, s, span, *_ in meta["finding"]]
        exp = {"clean": name.startswith("clean-"), "findings": findings}
        (case / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(specs)} cases", file=sys.stderr)


if __name__ == "__main__":
    main()
