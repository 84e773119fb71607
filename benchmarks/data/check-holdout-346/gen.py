#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html; specs/<name>.notes -> README tables.

A spec is a header (key: value lines), a line '---', then paragraphs separated
by blank lines.  The digest and expected.json are written by hand in
cases/<name>/.  A notes file holds 'calc: label :: python-expr' lines (derived
values, evaluated here and printed into the README), 'trap: text' lines and
'planted: span || slip and correct value' lines.
"""
import html, json, pathlib, datetime, sys

HERE = pathlib.Path(__file__).resolve().parent
LANGS = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "ja": "Japanese"}
NAV = {"en": ["World", "Weather", "Climate", "Business", "Opinion"],
       "fr": ["International", "Météo", "Planète", "Économie", "Débats"],
       "de": ["Politik", "Wetter", "Wissen", "Wirtschaft", "Meinung"],
       "es": ["Internacional", "Tiempo", "Clima", "Economía", "Opinión"],
       "ja": ["社会", "天気・災害", "経済", "地域", "オピニオン"]}
COOKIE = {"en": ("We use cookies to improve your experience and to show relevant advertising.", "Accept", "Manage"),
          "fr": ("Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.", "Tout accepter", "Paramétrer"),
          "de": ("Wir verwenden Cookies, um unser Angebot zu verbessern und Werbung zu personalisieren.", "Alle akzeptieren", "Einstellungen"),
          "es": ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "Aceptar", "Configurar"),
          "ja": ("当サイトはサービス向上と広告配信のためにクッキーを使用しています。", "同意する", "設定")}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Te puede interesar", "ja": "関連記事"}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def parse_notes(path):
    calcs, traps, planted = [], [], []
    if not path.exists():
        return calcs, traps, planted
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("calc:"):
            label, expr = line[5:].split("::", 1)
            val = eval(expr, {"datetime": datetime, "round": round})
            calcs.append((label.strip(), expr.strip(), val))
        elif line.startswith("trap:"):
            traps.append(line[5:].strip())
        elif line.startswith("planted:"):
            span, slip = line[8:].split("||", 1)
            planted.append((span.strip(), slip.strip()))
    return calcs, traps, planted


def page(meta, paras):
    lang = meta["lang"]
    e = html.escape
    sep = meta.get("titlesep", " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    c = COOKIE[lang]
    rel = "\n".join(f'        <li><a href="/{lang}/more/{i}">{e(t)}</a></li>' for i, t in enumerate(meta["related"].split(" | ")))
    desc = e(paras[0][:150])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(meta['title'])}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['dateline'])}</time></div>
{body}
    </article>
    <aside class="related">
      <h2>{RELATED[lang]}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(c[0])}</p><button>{e(c[1])}</button> <a href="/privacy/">{e(c[2])}</a></div>
  <footer><p>&copy; {meta['published'][:4]} {e(meta['outlet'])}</p><a href="/impressum/">Legal</a> <a href="/contact/">Contact</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")
    print("generated", len(list((HERE / "specs").glob("*.txt"))), "source pages")


if __name__ == "__main__":
    main()


TOPICS = {
    "clean-tamsin-river-crest": "river crest forecast, levees",
    "clean-kessel-bay-cyclone": "ex-tropical cyclone landfall forecast",
    "clean-monsoon-outlook-sarvapur": "monsoon seasonal outlook, reservoirs",
    "clean-ostrava-plains-forecast-radar": "weather radar to close flash-flood warning gap",
    "clean-glenmorrow-reservoir-hosepipe": "drought hosepipe ban, reservoirs",
    "clean-fenwick-flood-insurance-rates": "flood insurer quarterly loss, premiums",
    "clean-corran-nowcast-warnings": "rainfall nowcasting alerts",
    "clean-verande-canicule": "heatwave red alert, drought",
    "clean-riviere-aux-saules-crue": "snowmelt flood forecast",
    "clean-weidenmark-duerrehilfe": "drought relief for farmers",
    "clean-tierra-alta-lluvias": "cut-off low, record rainfall, evacuations",
    "clean-minagawa-senjo": "linear rainband, record rainfall, evacuations",
    "err-warrigal-drought-payments": "drought payments extended, dam storage",
    "err-harrow-flood-forecast-contract": "flood forecasting system contract",
    "err-lakeport-ice-storm": "ice storm forecast, power crews",
    "err-cascadia-snowpack": "snowpack survey, drought declaration",
    "err-kalinda-relief-convoy": "flood relief convoys",
    "err-marlow-delta-storm-surge": "hurricane storm surge forecast, evacuation",
    "err-sundara-heat-forecast": "heatwave forecast, water rationing",
    "err-orvane-crue": "river flood, evacuations",
    "err-wendel-hochwasser": "river flood alert level, snowmelt",
    "err-talheide-trinkwasser": "drought, garden watering ban",
    "err-rio-seco-sequia": "drought relief package",
    "err-shikada-teibo-yosan": "levee reinforcement plan and budget",
}


def readme_tables():
    """Print the Cases, Clean traps and Planted findings sections (markdown)."""
    specs = sorted((HERE / "specs").glob("*.txt"), key=lambda p: (not p.stem.startswith("clean"), p.stem))
    out = ["## Cases", "", "| case | lang | outlet (UTC offset) | topic |", "|---|---|---|---|"]
    for s in specs:
        m, _ = parse_spec(s)
        out.append(f"| {s.stem} | {LANGS[m['lang']]} | {m['outlet']} ({m['published'][-6:]}) | {TOPICS[s.stem]} |")
    out += ["", "## Clean traps", "",
            "Every derived value below was computed with Python (the `calc:` lines of",
            "`specs/<name>.notes`, evaluated by `gen.py`); the digest states the ones it uses, as shown in the trap lines and in digest.txt.", ""]
    for s in specs:
        if not s.stem.startswith("clean"):
            continue
        calcs, traps, _ = parse_notes(s.with_suffix(".notes"))
        out.append(f"### {s.stem}")
        out.append("")
        for label, expr, val in calcs:
            out.append(f"- {label}: `{expr}` = {val}")
        for t in traps:
            out.append(f"- trap: {t}")
        out.append("")
    out += ["## Planted findings", "", "| case | span | kind / severity | slip (correct value) |", "|---|---|---|---|"]
    for s in specs:
        if s.stem.startswith("clean"):
            continue
        _, _, planted = parse_notes(s.with_suffix(".notes"))
        exp = json.loads((HERE / "cases" / s.stem / "expected.json").read_text(encoding="utf-8"))
        ks = {f["span"]: f for f in exp["findings"]}
        for span, slip in planted:
            f = ks[span]
            out.append(f"| {s.stem} | `{span}` | {f['kind']} / {f['severity']} | {slip} |")
    out += ["", "Derived values in the err digests (weekdays, Japan-time conversions, differences,",
            "shares, unit conversions, 万/億 scales) are correct apart from the planted slips; their",
            "computations are the `calc:` lines of each err case's notes file:", ""]
    for s in specs:
        if s.stem.startswith("clean"):
            continue
        calcs, _, _ = parse_notes(s.with_suffix(".notes"))
        out.append(f"- {s.stem}: " + "; ".join(f"{l} = {v}" for l, _, v in calcs))
    return "\n".join(out)


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "--tables":
    print(readme_tables())
