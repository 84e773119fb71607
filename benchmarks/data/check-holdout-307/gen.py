#!/usr/bin/env python3
"""Build cases/<name>/source.html and expected.json from specs/<name>.txt.

The digests (cases/<name>/digest.txt) are hand-written and not generated.
Spec format: "key: value" header lines, a blank line, then paragraphs
separated by blank lines.
"""
import html
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

# Planted findings per err case (span must stand verbatim in digest.txt).
FINDINGS = {
    "err-potash-rail-strike": [
        ("mismatch", "error", "約5週間分"),
        ("mismatch", "error", "3.6%下落"),
        ("spelling", "warning", "ブリスボワ"),
    ],
    "err-nitric-acid-leak": [
        ("mismatch", "error", "約3倍"),
        ("mismatch", "error", "9日(金)朝"),
        ("citation", "warning", "https://www.midlandscourier.example/news/local/nitric-acid-leak-hartwell-chemicals-evacuation?utm_source=newsletter&utm_medium=email&utm_campaign=evening_briefing&mc_eid=7f3a91c2d4"),
    ],
    "err-fertiliser-subsidy": [
        ("mismatch", "error", "25キロ以上"),
        ("mismatch", "error", "124億シリング"),
        ("spelling", "warning", "オモンディ=リーズ"),
    ],
    "err-chemical-merger": [
        ("mismatch", "error", "2026年3月期"),
        ("mismatch", "error", "2027年7〜9月期"),
        ("name", "warning", "NBM"),
    ],
    "err-biostimulant-startup": [
        ("mismatch", "error", "13%上昇"),
        ("mismatch", "error", "22日午前1時"),
        ("unsupported", "warning", "約15%"),
    ],
    "err-methanol-capacity": [
        ("mismatch", "error", "560億シンガポールドル"),
        ("mismatch", "error", "約230人"),
        ("citation", "warning", "2026.06.06"),
    ],
    "err-phosphogypsum-stack": [
        ("mismatch", "error", "約70メートル"),
        ("mismatch", "error", "9月17日(水)"),
        ("name", "warning", "サラ・ミルズ"),
    ],
    "err-azote-gaz": [
        ("mismatch", "error", "日本時間15日午後2時"),
        ("mismatch", "error", "53ユーロ"),
        ("citation", "warning", "L'Écho de l'Industrie"),
    ],
    "err-chemiepark-gas": [
        ("mismatch", "error", "12億ユーロ"),
        ("mismatch", "error", "4日(木)"),
        ("unsupported", "warning", "1990年代"),
    ],
    "err-kali-bergbau": [
        ("mismatch", "error", "50万トン減"),
        ("mismatch", "error", "2021年に稼働"),
        ("spelling", "warning", "ホルスタイン"),
    ],
    "err-guano-cooperativa": [
        ("mismatch", "error", "5500トン多い"),
        ("mismatch", "error", "ほぼ2倍"),
        ("name", "warning", "MINAGRI"),
    ],
    "err-ryuan-yushutsu": [
        ("mismatch", "error", "4日(木)"),
        ("mismatch", "error", "2027年3月期"),
        ("unsupported", "warning", "約1200人"),
    ],
}

UI = {
    "en": dict(nav=["World", "Business", "Markets", "Agriculture", "Energy", "Opinion"],
               cookie="We use cookies to improve your experience and to measure audiences.",
               accept="Accept all", refuse="Manage choices", related="Related stories",
               rel=["Fertiliser demand outlook for the coming season", "Gas prices and the nitrogen industry: a primer",
                    "Letters: farmers on input costs"],
               foot="All rights reserved.", by="By", sep=" - "),
    "fr": dict(nav=["Actualités", "Économie", "Agriculture", "Industrie", "Région", "Opinions"],
               cookie="Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.",
               accept="Tout accepter", refuse="Paramétrer", related="À lire aussi",
               rel=["Engrais : les prix de la campagne en questions", "Gaz naturel : l'industrie sous pression",
                    "Courrier des lecteurs"],
               foot="Tous droits réservés.", by="Par", sep=" | "),
    "de": dict(nav=["Nachrichten", "Wirtschaft", "Region", "Landwirtschaft", "Energie", "Meinung"],
               cookie="Wir verwenden Cookies, um unser Angebot zu verbessern und die Reichweite zu messen.",
               accept="Alle akzeptieren", refuse="Einstellungen", related="Mehr zum Thema",
               rel=["Düngerpreise: Was Landwirte jetzt wissen müssen", "Chemieindustrie unter Druck",
                    "Kommentar: Standort in Gefahr"],
               foot="Alle Rechte vorbehalten.", by="Von", sep=" | "),
    "es": dict(nav=["Portada", "Economía", "Agro", "Regiones", "Mundo", "Opinión"],
               cookie="Usamos cookies propias y de terceros para medir la audiencia.",
               accept="Aceptar", refuse="Configurar", related="Notas relacionadas",
               rel=["Fertilizantes: qué esperar de la próxima campaña", "Puertos: la logística bajo presión",
                    "Opinión: el costo de producir"],
               foot="Todos los derechos reservados.", by="Por", sep=" - "),
    "ja": dict(nav=["ニュース", "経済", "農業", "地域", "くらし", "オピニオン"],
               cookie="当サイトではサービス向上と利用状況の分析のためにクッキーを使用しています。",
               accept="同意する", refuse="設定", related="関連記事",
               rel=["肥料高騰、農家の工夫", "化学各社の中間決算まとめ", "社説 食料安全保障と資材"],
               foot="無断転載を禁じます。", by="", sep=" | "),
}


def read_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.split("\n\n") if p.strip()]
    return meta, paras


def page(meta, paras):
    ui = UI[meta["lang"]]
    e = html.escape
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    desc = paras[0][:150]
    dom = url.split("/")[2]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
                     "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
                     "inLanguage": meta["lang"]}, ensure_ascii=False)
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "\n".join(f'        <li><a href="https://{dom}/related/{i}">{e(r)}</a></li>' for i, r in enumerate(ui["rel"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    byline = f'{ui["by"]} {meta["author"]}'.strip()
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{ui['sep']}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <div id="cookie-banner" class="consent">
    <p>{e(ui['cookie'])}</p>
    <button>{e(ui['accept'])}</button> <button>{e(ui['refuse'])}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <span class="section">{e(meta['section'])}</span>
      <h1>{e(title)}</h1>
      <p class="byline">{e(byline)} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer>
    <p>© 2026 {e(outlet)}. {e(ui['foot'])}</p>
    <a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a>
  </footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = read_spec(spec)
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
        f = FINDINGS.get(name, [])
        exp = {"clean": name.startswith("clean-"),
               "findings": [{"kind": k, "severity": s, "span": sp} for k, s, sp in f]}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("generated", len(list((HERE / "specs").glob("*.txt"))), "cases")


if __name__ == "__main__":
    main()
