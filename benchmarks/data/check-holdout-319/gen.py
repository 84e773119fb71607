#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt and cases/<name>/expected.json
from the FINDINGS table below. digest.txt files are written by hand and are not touched.

Spec format: "key: value" header lines, a line "---", then paragraphs separated by blank lines.
"""
import html
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent

# case -> planted findings (kind, severity, span); clean cases are absent.
FINDINGS = {
    "err-kestrel-packaging": [
        ("mismatch", "error", "4〜6月期"),
        ("mismatch", "error", "2.1%上昇"),
        ("name", "warning", "KBSP"),
    ],
    "err-hollin-wafer-supply": [
        ("mismatch", "error", "120億ポンド"),
        ("mismatch", "error", "26日(火)"),
        ("citation", "warning", "https://www.northernfabreview.example/2026/01/22/hollin-wafers-aldermoor-expansion?utm_source=newsletter&utm_medium=email&utm_campaign=fab_daily_0122&mc_eid=5b21c9e04d"),
    ],
    "err-mesa-water-recycling": [
        ("mismatch", "error", "約420万リットル"),
        ("mismatch", "error", "日本時間19日午前10時"),
        ("spelling", "warning", "キロン"),
    ],
    "err-tanjung-test-house": [
        ("unsupported", "warning", "約15ヘクタール"),
        ("mismatch", "error", "5億2000万リンギ増"),
        ("mismatch", "error", "(76)"),
    ],
    "err-kempen-lithography-order": [
        ("mismatch", "error", "2027年3月期"),
        ("mismatch", "error", "4月24日(水)"),
        ("citation", "warning", "2026.01.29"),
    ],
    "err-sierra-memory-prices": [
        ("mismatch", "error", "19%"),
        ("mismatch", "error", "約4割"),
        ("name", "warning", "マーク・ヘンソン"),
    ],
    "err-gyeongnam-hbm-line": [
        ("mismatch", "error", "2000〜3500人"),
        ("mismatch", "error", "4700億ウォン"),
        ("spelling", "warning", "パク・チフン"),
    ],
    "err-grenelle-substrats": [
        ("mismatch", "error", "11日(水)"),
        ("mismatch", "error", "8%増"),
        ("unsupported", "warning", "1998年創業"),
    ],
    "err-elbtal-fab-subsidy": [
        ("mismatch", "error", "日本時間同日午後7時"),
        ("mismatch", "error", "45億ユーロ"),
        ("citation", "warning", "Vireon verschiebt Chipfabrik in Elbtal"),
    ],
    "err-rheinau-power-chips": [
        ("name", "warning", "SiC"),
        ("mismatch", "error", "8ポイント上昇"),
        ("mismatch", "error", "2027年1〜3月期"),
    ],
    "err-bajio-ensamblaje": [
        ("mismatch", "error", "2001年から"),
        ("mismatch", "error", "15.8%増"),
        ("spelling", "warning", "ケッツァル"),
    ],
    "err-kumagawa-fab-water": [
        ("mismatch", "error", "約35億円"),
        ("mismatch", "error", "2027年3月期中"),
        ("unsupported", "warning", "12本"),
    ],
}

# per-language page furniture (nav, cookie banner, related heading, footer)
FURNITURE = {
    "en": dict(nav=["News", "Business", "Technology", "Markets", "Opinion"],
               cookie="We use cookies to personalise content and measure traffic. Accept all or manage your preferences.",
               accept="Accept all", related="Related stories", rights="All rights reserved.",
               links=["Chip tariffs: what the new rules mean for suppliers", "Opinion: the fab boom needs a workforce plan", "Markets wrap: tech stocks edge higher"]),
    "fr": dict(nav=["Actualité", "Économie", "Industrie", "Régions", "Opinions"],
               cookie="Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus. Vous pouvez les accepter ou les paramétrer.",
               accept="Tout accepter", related="À lire aussi", rights="Tous droits réservés.",
               links=["Semi-conducteurs : l'Europe peut-elle rattraper son retard ?", "Énergie : les industriels s'inquiètent des prix", "Formation : les lycées techniques manquent de places"]),
    "de": dict(nav=["Startseite", "Wirtschaft", "Unternehmen", "Region", "Meinung"],
               cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können zustimmen oder Ihre Einstellungen anpassen.",
               accept="Alle akzeptieren", related="Mehr zum Thema", rights="Alle Rechte vorbehalten.",
               links=["Halbleiter: Warum Europa auf Leistungschips setzt", "Kommentar: Förderung braucht klare Regeln", "Fachkräftemangel bremst Industrieansiedlungen"]),
    "es": dict(nav=["Portada", "Economía", "Negocios", "Región", "Opinión"],
               cookie="Utilizamos cookies para mejorar tu experiencia y analizar el tráfico. Puedes aceptarlas o configurarlas.",
               accept="Aceptar todas", related="Notas relacionadas", rights="Todos los derechos reservados.",
               links=["Semiconductores: la región busca su lugar en la cadena global", "Opinión: sin energía no hay industria", "Exportaciones manufactureras crecen en el trimestre"]),
    "ja": dict(nav=["トップ", "経済", "産業", "地域", "社説"],
               cookie="当サイトはサービス向上のためクッキーを使用しています。設定はいつでも変更できます。",
               accept="同意する", related="関連記事", rights="無断転載を禁じます。",
               links=["半導体人材の育成、県内高専で新課程", "工業団地の用水確保、自治体が広域連携", "社説:地下水は地域の共有財産だ"]),
}

SEP = {  # title separator per outlet style
    "Strait Silicon Journal": " | ", "Hanbit Economic Daily": " | ", "Lausitzer Rundblick": " | ",
    "Diario del Centro": " | ", "東北産業新報": " | ", "Le Courrier Techno": " | ",
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


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def page(meta, paras):
    lang = meta["lang"]
    f = FURNITURE[lang]
    e = html.escape
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    desc = paras[0][:150]
    host = re.match(r"https://([^/]+)", url).group(1)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "articleSection": meta["section"], "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="/{slug(n) or "top"}/">{e(n)}</a></li>' for n in f["nav"])
    rel = "\n".join(f'      <li><a href="https://{host}/{slug(section_link) or "story"}-{i}">{e(section_link)}</a></li>'
                    for i, section_link in enumerate(f["links"], 1))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    date_shown = meta["published"][:10]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{SEP.get(outlet, " - ")}{e(outlet)}</title>
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
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(f['cookie'])}</p>
    <button type="button" class="accept">{e(f['accept'])}</button>
  </div>
  <header class="masthead">
    <a class="logo" href="https://{host}/">{e(outlet)}</a>
    <nav class="primary">
    <ul>
{nav}
    </ul>
    </nav>
  </header>
  <main>
    <article>
      <p class="section">{e(meta['section'])}</p>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{date_shown}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(f['related'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer>
    <p>© {meta['published'][:4]} {e(outlet)}. {e(f['rights'])}</p>
    <p><a href="https://{host}/privacy">Privacy</a> · <a href="https://{host}/contact">Contact</a></p>
  </footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")
        findings = [{"kind": k, "severity": s, "span": sp} for k, s, sp in FINDINGS.get(name, [])]
        exp = {"clean": not findings, "findings": findings}
        (out / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", name)


if __name__ == "__main__":
    main()
