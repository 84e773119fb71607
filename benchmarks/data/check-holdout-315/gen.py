#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html; EXPECTED -> cases/<name>/expected.json.

digest.txt files are written by hand in cases/<name>/ and are not generated.
"""
import html
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

# planted findings per err case (clean cases: none)
EXPECTED = {
    "err-hotfire-turbopump": [
        ("mismatch", "error", "210秒間"),
        ("mismatch", "error", "第4四半期"),
        ("name", "warning", "MTC"),
    ],
    "err-imaging-revenue": [
        ("mismatch", "error", "約2割"),
        ("mismatch", "error", "2027年3月期"),
        ("citation", "warning", "https://www.orbitalledger.example/business/2026/11/05/terravue-imaging-revenue?utm_source=newsletter&utm_medium=email&utm_campaign=space_am"),
    ],
    "err-launch-scrub": [
        ("mismatch", "error", "15日(木)"),
        ("mismatch", "error", "時速約64キロ"),
        ("spelling", "warning", "ソレンソン"),
    ],
    "err-debris-capture": [
        ("mismatch", "error", "約4.8トン"),
        ("mismatch", "error", "3.5%"),
        ("unsupported", "warning", "2019年"),
    ],
    "err-broadband-subscribers": [
        ("mismatch", "error", "42万"),
        ("mismatch", "error", "10月29日"),
        ("citation", "warning", "Bayline Courier"),
    ],
    "err-spaceport-permit": [
        ("mismatch", "error", "約32キロ"),
        ("mismatch", "error", "16回"),
        ("name", "warning", "ジェームズ・オコナー報道官"),
    ],
    "err-crew-return": [
        ("mismatch", "error", "189日間"),
        ("mismatch", "error", "12日午前0時47分"),
        ("unsupported", "warning", "約240件"),
    ],
    "err-lanceur-leger": [
        ("mismatch", "error", "1億8000万ユーロ"),
        ("mismatch", "error", "第2四半期"),
        ("spelling", "warning", "マルケティ"),
    ],
    "err-constellation-meteo": [
        ("mismatch", "error", "520キロ"),
        ("mismatch", "error", "2.5ポイント"),
        ("citation", "warning", "2026.10.22"),
    ],
    "err-bodenstation-ausbau": [
        ("mismatch", "error", "4億2000万ユーロ"),
        ("mismatch", "error", "9日(月)"),
        ("name", "warning", "RLZH"),
    ],
    "err-satelite-agro": [
        ("mismatch", "error", "約3分の1"),
        ("mismatch", "error", "38歳"),
        ("unsupported", "warning", "約120キロ"),
    ],
    "err-ja-kogata-roketto": [
        ("mismatch", "error", "12億円"),
        ("mismatch", "error", "午前10時"),
        ("spelling", "warning", "梶原"),
    ],
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


NAV = {
    "en": (["World", "Launch", "Satellites", "Business", "Science"], "We use cookies to improve your experience. By continuing you accept our cookie policy.", "Accept", "Related", "All rights reserved."),
    "fr": (["Actualité", "Lanceurs", "Satellites", "Économie", "Sciences"], "Nous utilisons des cookies pour améliorer votre expérience de lecture.", "Accepter", "À lire aussi", "Tous droits réservés."),
    "de": (["Nachrichten", "Raketen", "Satelliten", "Wirtschaft", "Wissenschaft"], "Wir verwenden Cookies, um unser Angebot zu verbessern.", "Zustimmen", "Mehr zum Thema", "Alle Rechte vorbehalten."),
    "es": (["Portada", "Lanzamientos", "Satélites", "Economía", "Ciencia"], "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "Aceptar", "Noticias relacionadas", "Todos los derechos reservados."),
    "ja": (["ニュース", "ロケット", "人工衛星", "経済", "科学"], "当サイトではCookieを使用しています。", "同意する", "関連記事", "無断転載を禁じます。"),
}


def render(meta, paras):
    lang = meta["lang"]
    nav, cookie, accept, related_h, rights = NAV[lang]
    e = lambda s: html.escape(s, quote=True)
    # title separator: "-" -> " - ", "|" -> " | ", "｜" (full width) -> "｜"
    sep = {"-": " - ", "|": " | ", "｜": "｜"}[meta.get("sep", "-")]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": meta["title"], "datePublished": meta["published"],
        "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {"@type": "Organization", "name": meta["outlet"]},
        "mainEntityOfPage": meta["url"], "inLanguage": lang,
    }
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    base = meta["url"].split("/", 3)
    home = base[0] + "//" + base[2]
    out = [
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>",
        f'  <meta name="description" content="{e(paras[0][:160])}">',
        f'  <link rel="canonical" href="{e(meta["url"])}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(meta["outlet"])}">',
        f'  <meta property="og:title" content="{e(meta["title"])}">',
        f'  <meta property="og:url" content="{e(meta["url"])}">',
        f'  <meta property="article:published_time" content="{meta["published"]}">',
        f'  <meta property="article:section" content="{e(meta.get("section", "Space"))}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        '  <link rel="stylesheet" href="/static/css/site.css">',
        '  <script src="/static/js/consent.js" defer></script>',
        '  <script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>",
        "</head>", "<body>",
        f'  <div class="cookie-banner" role="dialog"><p>{e(cookie)}</p><button>{e(accept)}</button></div>',
        f'  <header class="masthead"><a class="logo" href="{home}/">{e(meta["outlet"])}</a>',
        "    <nav><ul>" + "".join(f'<li><a href="{home}/{i}">{e(n)}</a></li>' for i, n in enumerate(nav)) + "</ul></nav>",
        "  </header>", "  <main>", "    <article>",
        f"      <h1>{e(meta['title'])}</h1>",
        f'      <p class="byline">{e(meta["author"])} · <time datetime="{meta["published"]}">{e(meta.get("dateline", meta["published"]))}</time></p>',
    ]
    for p in paras:
        if p.startswith("## "):
            out.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            out.append(f"      <p>{e(p)}</p>")
    out += ["    </article>", f'    <aside class="related"><h3>{e(related_h)}</h3><ul>']
    for i, r in enumerate(related):
        out.append(f'      <li><a href="{home}/related/{i + 1}">{e(r)}</a></li>')
    out += ["    </ul></aside>", "  </main>",
            f'  <footer><p>© 2026 {e(meta["outlet"])}. {e(rights)}</p></footer>',
            "</body>", "</html>", ""]
    return "\n".join(out)


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = parse_spec(spec)
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        if name.startswith("clean-"):
            exp = {"clean": True, "findings": []}
        else:
            exp = {"clean": False, "findings": [
                {"kind": k, "severity": s, "span": sp} for k, s, sp in EXPECTED[name]]}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
