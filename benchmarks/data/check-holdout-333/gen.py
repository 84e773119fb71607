#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

digest.txt is written by hand in cases/<name>/ (its source form); this script
renders the news pages and writes expected.json from EXPECTED below.
"""
import datetime as dt
import html
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

TZ = {  # (offset, month range) -> label the outlet would print
    "-05:00": {"en": "EST"}, "-04:00": {"en": "EDT"}, "-06:00": {"en": "MDT"},
    "-07:00": {"en": "PDT"}, "+00:00": {"en": "GMT"}, "+01:00": {"en": "BST"},
    "+02:00": {"en": "CEST"}, "+03:00": {"en": "EEST"}, "+10:00": {"en": "AEST"},
}
TZ_FIX = {"clean-tourist-tax-vote": "CST", "err-harbour-tower-hotel": "CDT"}

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}
NAV = {
    "en": (["World", "Business", "Travel", "Property", "Opinion", "Video"], "Subscribe",
           "We use cookies to improve your experience, measure audiences and show relevant ads. You can change your choice at any time.",
           "Accept all", "Reject", "Related stories", ["About us", "Contact", "Terms", "Privacy", "Advertise"], "All rights reserved."),
    "fr": (["France", "Économie", "Tourisme", "Régions", "Opinions", "Vidéos"], "S'abonner",
           "Nous utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés. Vous pouvez modifier vos choix à tout moment.",
           "Tout accepter", "Continuer sans accepter", "À lire aussi", ["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"], "Tous droits réservés."),
    "de": (["Politik", "Wirtschaft", "Reise", "Region", "Meinung", "Video"], "Abo",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und die Nutzung unseres Angebots zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
           "Alle akzeptieren", "Ablehnen", "Mehr zum Thema", ["Impressum", "Kontakt", "AGB", "Datenschutz"], "Alle Rechte vorbehalten."),
    "es": (["Nacional", "Economía", "Turismo", "Empresas", "Opinión", "Vídeos"], "Suscríbete",
           "Utilizamos cookies propias y de terceros para analizar el tráfico y mostrarle publicidad personalizada. Puede cambiar la configuración en cualquier momento.",
           "Aceptar todo", "Rechazar", "Noticias relacionadas", ["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], "Todos los derechos reservados."),
    "ja": (["国内", "経済", "観光", "地域", "社説", "動画"], "会員登録",
           "当サイトでは、利便性の向上とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
           "同意する", "拒否する", "関連記事", ["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], "無断転載を禁じます。"),
}
RELATED = {
    "en": ["Hotel rates: what the latest figures show", "Short-term rentals face tighter rules across the region", "Where travellers are heading this season"],
    "fr": ["Location saisonnière : ce que change la loi", "Les hôteliers face à la pénurie de saisonniers", "Tourisme : une année record ?"],
    "de": ["Ferienwohnungen: Was Vermieter jetzt wissen müssen", "Hotelbranche sucht Personal", "Tourismus: Die Zahlen des Sommers"],
    "es": ["Las claves del alquiler turístico", "La ocupación hotelera, en máximos", "Qué cambia para los propietarios"],
    "ja": ["民泊規制、各地で強化の動き", "宿泊業の人手不足、深刻に", "訪日客、過去最多ペース"],
}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def human_time(name, meta):
    lang = meta["lang"]
    t = dt.datetime.fromisoformat(meta["published"])
    off = meta["published"][-6:]
    if lang == "en":
        label = TZ_FIX.get(name) or TZ[off]["en"]
        return t.strftime("%a %-d %b %Y %H.%M ") + label
    if lang == "fr":
        return f"Publié le {t.day} {MONTHS['fr'][t.month-1]} {t.year} à {t:%Hh%M}"
    if lang == "de":
        return t.strftime("%d.%m.%Y, %H:%M Uhr")
    if lang == "es":
        return f"{t.day} de {MONTHS['es'][t.month-1]} de {t.year} - {t:%H:%M} h"
    return f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"


def render(name, meta, paras):
    lang = meta["lang"]
    e = lambda s: html.escape(s, quote=True)
    nav, sub, cookie, acc, rej, rel, foot, rights = NAV[lang]
    sep = " | " if lang in ("fr", "ja", "es") else " - "
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": lang}
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    navs = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(nav))
    rels = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(RELATED[lang]))
    foots = "\n".join(f'      <li><a href="/p/{i}">{e(f)}</a></li>' for i, f in enumerate(foot))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
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
  <link rel="stylesheet" href="/assets/main.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav class="primary">
      <ul>
{navs}
      </ul>
    </nav>
    <a class="cta" href="/subscribe/">{e(sub)}</a>
  </header>
  <main>
    <article>
      <p class="section-label">{e(meta['section'])}</p>
      <h1>{e(meta['title'])}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> · <time datetime="{meta['published']}">{e(human_time(name, meta))}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(rel)}</h2>
      <ul>
{rels}
      </ul>
    </aside>
  </main>
  <div class="cookie-banner" id="consent" role="dialog">
    <p>{e(cookie)}</p>
    <button>{e(acc)}</button> <button>{e(rej)}</button>
  </div>
  <footer>
    <ul>
{foots}
    </ul>
    <p>&copy; {year} {e(meta['outlet'])}. {e(rights)}</p>
  </footer>
</body>
</html>
"""

# Planted findings (LABELS-v2.md). Clean cases: no findings.
M = ("mismatch", "error")
EXPECTED = {
    "err-boutique-merger": [M + ("2027年1〜3月期",), M + ("約2万5300室",), ("spelling", "warning", "マーケッティ")],
    "err-rental-platform-fine": [M + ("2023年3月",), M + ("日本時間17日午前1時30分",),
                                 ("citation", "warning", "https://www.eurozoneobserver.example/tech/2026/09/16/regulator-fines-holiday-rental-platform?utm_source=newsletter&utm_medium=email&utm_campaign=travel_0916&uid=58213")],
    "err-harbour-tower-hotel": [M + ("約230メートル",), M + ("20年間",), ("unsupported", "warning", "約300室")],
    "err-ski-lodge-sale": [M + ("24日(水)",), M + ("29%",), ("name", "warning", "CMA")],
    "err-festival-room-rates": [M + ("16日間",), M + ("日本時間8日午前2時30分",), ("citation", "warning", "Northbridge Evening Post")],
    "err-hotel-staff-wages": [M + ("19.25ドル",), M + ("51軒",), ("unsupported", "warning", "35%")],
    "err-island-rental-moratorium": [M + ("3700万ユーロ",), M + ("約4割",), ("spelling", "warning", "レオンディス")],
    "err-palace-beaumarais": [M + ("15日(火)",), M + ("48平方メートル",), ("citation", "warning", "2026.06.02")],
    "err-hotelgruppe-halbjahr": [M + ("3.4%",), M + ("6億2100万ユーロ",), ("name", "warning", "RevPAR")],
    "err-jugendherbergen-sanierung": [M + ("約550床",), M + ("1480メートル",), ("name", "warning", "マイヤー")],
    "err-cadena-hotelera-resultados": [M + ("8.30ユーロ",), M + ("11月",), ("spelling", "warning", "キンターナ")],
    "err-ryokan-saisei-jp": [M + ("1912年",), M + ("約150人",),
                             ("citation", "warning", "https://www.hokurikukeizai.example/articles/2026/09/ryokan-fund-kamiyu?utm_source=line&utm_medium=social&utm_campaign=share")],
}


def write_expected(name, out):
    findings = [{"kind": k, "severity": sev, "span": span} for k, sev, span in EXPECTED.get(name, [])]
    doc = {"clean": not findings, "findings": findings}
    (out / "expected.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(name, meta, paras), encoding="utf-8")
        write_expected(name, out)
    print("rendered", len(list((HERE / "specs").glob("*.txt"))), "pages")


if __name__ == "__main__":
    main()
