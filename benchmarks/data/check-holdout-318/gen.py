#!/usr/bin/env python3
"""Build cases/<name>/source.html and expected.json from specs/<name>.txt.

digest.txt files are written by hand and kept as they are; this script only
renders the source pages and the labels.  Standard library only.
"""
import html
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
SPECS = HERE / "specs"
CASES = HERE / "cases"

# Planted findings (LABELS-v2.md).  Clean cases have none.
FINDINGS = {
    "err-bigeye-limit": [
        ("mismatch", "error", "17日(木曜日)"),
        ("unsupported", "warning", "26カ国"),
        ("mismatch", "error", "5%引き上げ"),
    ],
    "err-hering-ostsee": [
        ("mismatch", "error", "7〜9月期"),
        ("mismatch", "error", "48万ユーロ"),
        ("spelling", "warning", "ブランド"),
    ],
    "err-snow-crab-price": [
        ("mismatch", "error", "約1.79カナダドル"),
        ("mismatch", "error", "2025年3月期"),
        ("citation", "warning", "2026.04.13"),
    ],
    "err-kuromaguro-tsuika": [
        ("mismatch", "error", "2日(水曜日)"),
        ("mismatch", "error", "計3186トン"),
        ("name", "warning", "水野"),
    ],
    "err-coquilles-kerlouan": [
        ("mismatch", "error", "550トン"),
        ("mismatch", "error", "午後6時45分ごろ"),
        ("citation", "warning",
         "https://www.echo-atlantique.example/economie/peche/coquilles-saint-jacques-kerlouan-quota-reduit"
         "?utm_source=newsletter&utm_medium=email&utm_campaign=peche_hebdo&xtor=EPR-4102"),
    ],
    "err-pollock-bycatch": [
        ("name", "warning", "NPFMC"),
        ("mismatch", "error", "8対3"),
        ("mismatch", "error", "(46)"),
    ],
    "err-sardina-cerco": [
        ("unsupported", "warning", "過去10年で最多"),
        ("mismatch", "error", "約4割"),
        ("mismatch", "error", "1〜3月"),
    ],
    "err-makrele-quote": [
        ("mismatch", "error", "1万8900トン"),
        ("mismatch", "error", "2月1日から"),
        ("unsupported", "warning", "3隻"),
    ],
    "err-red-snapper": [
        ("mismatch", "error", "25日間"),
        ("mismatch", "error", "720万キロ"),
        ("citation", "warning", "Gulf Coast Current"),
    ],
    "err-sardine-closed-season": [
        ("mismatch", "error", "12%低下"),
        ("mismatch", "error", "月額5000ペソ"),
        ("name", "warning", "ロドリゴ・サントス"),
    ],
    "err-sandeel-ban": [
        ("mismatch", "error", "1万4800つがい"),
        ("mismatch", "error", "11日午後7時"),
        ("citation", "warning", "Sandeel fishing ban lifted as kittiwake numbers recover"),
    ],
    "err-monsoon-ban": [
        ("mismatch", "error", "742万トン"),
        ("mismatch", "error", "26日(水曜日)"),
        ("spelling", "warning", "ラクシュミー・ナーイク"),
    ],
}

UI = {
    "en": dict(nav=["Home", "News", "Business", "Environment", "Fishing", "Opinion"],
               cookie="We use cookies to improve your experience and to measure traffic. You can change your choices at any time.",
               accept="Accept all", reject="Reject", related="Related stories", by="By",
               foot="All rights reserved.", privacy="Privacy", terms="Terms", contact="Contact us"),
    "fr": dict(nav=["Accueil", "Actualités", "Économie", "Mer", "Pêche", "Opinions"],
               cookie="Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Refuser", related="À lire aussi", by="Par",
               foot="Tous droits réservés.", privacy="Confidentialité", terms="Mentions légales", contact="Nous contacter"),
    "de": dict(nav=["Startseite", "Region", "Wirtschaft", "Küste", "Fischerei", "Meinung"],
               cookie="Wir verwenden Cookies, um Ihr Nutzungserlebnis zu verbessern und Reichweite zu messen. Ihre Auswahl können Sie jederzeit ändern.",
               accept="Alle akzeptieren", reject="Ablehnen", related="Mehr zum Thema", by="Von",
               foot="Alle Rechte vorbehalten.", privacy="Datenschutz", terms="Impressum", contact="Kontakt"),
    "es": dict(nav=["Portada", "Local", "Economía", "Mar", "Pesca", "Opinión"],
               cookie="Utilizamos cookies para mejorar su experiencia y medir la audiencia. Puede cambiar su elección en cualquier momento.",
               accept="Aceptar todas", reject="Rechazar", related="Noticias relacionadas", by="Por",
               foot="Todos los derechos reservados.", privacy="Privacidad", terms="Aviso legal", contact="Contacto"),
    "ja": dict(nav=["トップ", "ニュース", "経済", "水産", "地域", "社説"],
               cookie="当サイトは利便性の向上とアクセス解析のためにクッキーを使用します。設定はいつでも変更できます。",
               accept="同意する", reject="拒否する", related="関連記事", by="",
               foot="無断転載を禁じます。", privacy="プライバシーポリシー", terms="利用規約", contact="お問い合わせ"),
}

RELATED = {
    "en": ["Harbour dredging plan goes out to consultation", "Opinion: the quiet crisis in our fish markets",
           "Ferry timetable changes announced for the winter"],
    "fr": ["Le port lance un appel d'offres pour sa nouvelle criée", "Tribune : la pêche artisanale mérite mieux",
           "Les horaires des navettes maritimes changent cet hiver"],
    "de": ["Hafenbecken wird ab Herbst ausgebaggert", "Kommentar: Die Küste braucht einen Plan",
           "Neue Fährverbindung zu den Inseln ab April"],
    "es": ["La lonja estrena sistema de subasta electrónica", "Opinión: el mar no entiende de fronteras",
           "Cambios en los horarios del ferry durante el invierno"],
    "ja": ["漁港の岸壁改修、来春に着工へ", "社説:担い手不足にどう向き合うか", "定期船の冬季ダイヤを発表"],
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(name, meta, paras, idx):
    lang = meta["lang"]
    ui = UI[lang]
    e = html.escape
    sep = " - " if idx % 2 == 0 else " | "
    title = meta["title"]
    outlet = meta["outlet"]
    desc = paras[0][:150]
    m = re.match(r"https?://([^/]+)/", meta["url"])
    host = m.group(1)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": meta["url"], "inLanguage": lang,
          "articleSection": meta["section"]}
    nav = "\n".join(f'      <li><a href="https://{host}/{i}">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    related = "\n".join(f'        <li><a href="https://{host}/r/{name}-{i}">{e(t)}</a></li>'
                        for i, t in enumerate(RELATED[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    byline = f'{ui["by"]} {meta["author"]}'.strip()
    date = meta["published"][:10]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" id="cookie-banner">
    <p>{e(ui['cookie'])}</p>
    <button type="button">{e(ui['accept'])}</button> <button type="button">{e(ui['reject'])}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="https://{host}/">{e(outlet)}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(byline)} · <time datetime="{meta['published']}">{date}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>© 2026 {e(outlet)}. {e(ui['foot'])}</p>
    <p><a href="https://{host}/privacy">{e(ui['privacy'])}</a> · <a href="https://{host}/terms">{e(ui['terms'])}</a> · <a href="https://{host}/contact">{e(ui['contact'])}</a></p>
  </footer>
</body>
</html>
"""


def main():
    specs = sorted(SPECS.glob("*.txt"))
    for idx, spec in enumerate(specs):
        name = spec.stem
        meta, paras = parse_spec(spec)
        d = CASES / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(name, meta, paras, idx), encoding="utf-8")
        findings = [{"kind": k, "severity": s, "span": sp} for k, s, sp in FINDINGS.get(name, [])]
        exp = {"clean": name.startswith("clean-"), "findings": findings}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(specs)} cases")


if __name__ == "__main__":
    main()
