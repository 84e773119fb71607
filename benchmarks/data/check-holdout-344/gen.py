#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html and cases/<name>/expected.json.

digest.txt files are written by hand (cases/<name>/digest.txt); the planted
findings are listed in PLANTED below (case|span|kind|severity|slip|correct).
"""
import html
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent

PLANTED = """
err-shield-rugby-tv|SRL|name|warning|abbreviation the source never gives|Shield Rugby League, no abbreviation
err-shield-rugby-tv|12日|mismatch|error|"on Friday" before Sat 14 Feb publication is 13日|13日
err-shield-rugby-tv|150試合|mismatch|error|live matches changed|140試合
err-nordliga-streaming|2.7%上昇|mismatch|error|percent vs points|2.7ポイント上昇 (um 2,7 Prozentpunkte)
err-nordliga-streaming|同日午後9時|mismatch|error|time conversion wrong|13 Uhr MESZ = 日本時間同日午後8時
err-nordliga-streaming|ヘルウィッヒ|spelling|warning|second spelling of Hellwig|ヘルヴィヒ
err-puerto-almar-caleta|1万5000人増|mismatch|error|difference wrong|26,000 -> 38,500 is 1万2500人増
err-puerto-almar-caleta|2027年4〜6月期|mismatch|error|quarter wrong|primer trimestre de 2027 = 2027年1〜3月期
err-puerto-almar-caleta|約600人|unsupported|warning|invented workforce figure|source gives no workforce
err-condors-ballpark|約4キロ|mismatch|error|unit conversion wrong|1.5 miles = 約2.4キロ
err-condors-ballpark|2028年4月|mismatch|error|opening year changed|April 2029 -> 2029年4月
err-condors-ballpark|2026.09.16|citation|warning|citation date in JST instead of the outlet's own date|2026.09.15 (published 2026-09-15T21:20-07:00)
err-top-elite-droits|21日(水)|mismatch|error|weekday wrong ("ce mardi", 21 Apr 2026 is a Tuesday)|21日(火)
err-top-elite-droits|1億2300万ユーロ|mismatch|error|per-season figure changed|113 millions par saison = 1億1300万ユーロ
err-top-elite-droits|マルク・ジラール|name|warning|invented person|no such reporter in the source
err-kabaddi-circuit-rights|1240億ルピー|mismatch|error|crore scale wrong|Rs 1,240 crore = 124億ルピー
err-kabaddi-circuit-rights|2027年3月期|mismatch|error|fiscal year wrong|2027-28 financial year = 2028年3月期
err-kabaddi-circuit-rights|https://www.deccandispatch.example/sport/kabaddi/national-kabaddi-circuit-media-rights-starleaf?utm_source=whatsapp&utm_medium=social&utm_campaign=sport_daily|citation|warning|tracking parameters in the citation URL|canonical URL without utm_*
err-echizen-blaze-arena|約8割|mismatch|error|share wrong|21 of 30 = 7割
err-echizen-blaze-arena|2026年3月期|mismatch|error|fiscal year wrong|2026年6月期
err-echizen-blaze-arena|高瀬亜弓|spelling|warning|second spelling of the president's name|高瀬亜由美
err-malmedy-pre-brule|約1.7倍|mismatch|error|ratio wrong|21000/14200 = 約1.5倍
err-malmedy-pre-brule|40カ月|mismatch|error|duration changed|30 mois = 30カ月
err-malmedy-pre-brule|L'Écho du Stade|citation|warning|wrong outlet name in the citation|L'Écho des Stades
err-netball-tui-sport|18試合|mismatch|error|free-to-air count changed|28 of 56 matches = 28試合
err-netball-tui-sport|同日午後4時|mismatch|error|Japan-time conversion wrong (added instead of subtracted)|1pm NZST(+12) = 日本時間同日午前10時
err-netball-tui-sport|2019年|unsupported|warning|invented year|the source names no 2019
err-comets-cometsplus|194ドル|mismatch|error|season price changed|$149 for the full season = 149ドル
err-comets-cometsplus|2028〜29年シーズン|mismatch|error|contract end season changed|through the 2029-30 season = 2029〜30年シーズン
err-comets-cometsplus|MSN|name|warning|abbreviation the source never gives|Midwest Sports Net, no abbreviation
err-corrib-park-roof|約90メートル|mismatch|error|unit conversion wrong|210 feet = 約64メートル
err-corrib-park-roof|2027年夏|mismatch|error|completion year changed|by the summer of 2028 = 2028年夏
err-corrib-park-roof|Corrib Park roof approved as €85m redevelopment cleared|citation|warning|wrong title in the citation|Corrib Park roof gets green light as €85m redevelopment cleared
err-sandstone-rapids-stadium|9日(火)|mismatch|error|weekday wrong ("on Monday", 9 Nov 2026 is a Monday)|9日(月)
err-sandstone-rapids-stadium|2万5000席|mismatch|error|capacity changed|22,000-seat = 2万2000席
err-sandstone-rapids-stadium|1990年代|unsupported|warning|invented decade|the source names no decade
"""

NAV = {
    "en": ["Home", "News", "Sport", "Business", "Opinion", "Video"],
    "fr": ["Accueil", "Actualités", "Sport", "Économie", "Médias", "Vidéos"],
    "de": ["Startseite", "Nachrichten", "Sport", "Wirtschaft", "Medien", "Video"],
    "es": ["Portada", "Noticias", "Deportes", "Economía", "Opinión", "Vídeo"],
    "ja": ["トップ", "ニュース", "スポーツ", "経済", "社会", "動画"],
}
COOKIE = {
    "en": "We use cookies to improve your experience and to measure traffic. <button>Accept all</button> <button>Manage settings</button>",
    "fr": "Nous utilisons des cookies pour mesurer l'audience et améliorer nos services. <button>Tout accepter</button> <button>Paramétrer</button>",
    "de": "Wir verwenden Cookies, um unser Angebot zu verbessern und die Reichweite zu messen. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
    "es": "Utilizamos cookies propias y de terceros para analizar el tráfico. <button>Aceptar</button> <button>Configurar</button>",
    "ja": "当サイトはクッキーを使用しています。引き続き閲覧すると同意したものとみなします。<button>同意する</button> <button>設定</button>",
}
RELATED = {
    "en": ["Five things we learned from the weekend", "Transfer window: who needs what", "Ticket prices under scrutiny again"],
    "fr": ["Les cinq enseignements du week-end", "Mercato : les dossiers chauds", "Billetterie : les prix en question"],
    "de": ["Fünf Erkenntnisse vom Wochenende", "Transfermarkt: Wer wen braucht", "Ticketpreise erneut in der Kritik"],
    "es": ["Cinco claves de la jornada", "Mercado de fichajes: quién necesita qué", "El precio de las entradas, a debate"],
    "ja": ["週末の試合を振り返る", "移籍市場の動き", "チケット価格をめぐる議論"],
}
RELATED_H = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}
SEP = {"en": " - ", "fr": " | ", "de": " | ", "es": " - ", "ja": " | "}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def page(meta, paras):
    lang = meta["lang"]
    e = html.escape
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    nav = "\n".join(f'      <li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'      <li><a href="/related/{i}">{e(t)}</a></li>' for i, t in enumerate(RELATED[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    host = re.sub(r"^https?://", "", url).split("/")[0]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{SEP[lang]}{e(outlet)}</title>
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
  <div class="cookie-banner" role="dialog">{COOKIE[lang]}</div>
  <header class="site-header">
    <a class="logo" href="https://{host}/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{RELATED_H[lang]}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">© 2026 {e(outlet)}. {FOOT[lang]} <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></footer>
</body>
</html>
"""


def planted():
    out = {}
    for line in PLANTED.strip().splitlines():
        if not line.strip() or line.startswith("@@"):
            continue
        case, span, kind, sev, _slip, _right = line.split("|")
        out.setdefault(case, []).append({"kind": kind, "severity": sev, "span": span})
    return out


def main():
    found = planted()
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = parse_spec(spec)
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
        fl = found.get(name, [])
        exp = {"clean": not fl, "findings": fl}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(name, "findings", len(fl))


if __name__ == "__main__":
    main()
