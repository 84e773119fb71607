#!/usr/bin/env python3
"""check-holdout-305: build cases/<name>/source.html and expected.json from specs/.

digest.txt files are hand-written and stored directly under cases/<name>/.
Run: python3 gen.py   (also prints every derived value, computed here)
"""
import datetime as dt
import html
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent

# Planted findings (err cases). Everything else is clean.
FINDINGS = {
    "err-en-payday-cap": [
        ("mismatch", "error", "1830店舗"),
        ("mismatch", "error", "2月5日(水)"),
        ("name", "warning", "OCC"),
    ],
    "err-en-bank-fine": [
        ("mismatch", "error", "2024年8月"),
        ("mismatch", "error", "約540ポンド"),
        ("citation", "warning", "2026.06.15"),
    ],
    "err-en-auto-loans": [
        ("mismatch", "error", "4万2580ドル"),
        ("mismatch", "error", "第3四半期"),
        ("unsupported", "warning", "年18.9%"),
    ],
    "err-en-student-refi": [
        ("mismatch", "error", "2022年"),
        ("mismatch", "error", "1〜6月期"),
        ("spelling", "warning", "ブランツ"),
    ],
    "err-en-mortgage-rates": [
        ("mismatch", "error", "0.3%"),
        ("mismatch", "error", "10月1日"),
        ("name", "warning", "ジェームズ・リー"),
    ],
    "err-en-card-fraud": [
        ("mismatch", "error", "82%"),
        ("mismatch", "error", "18%減"),
        ("citation", "warning", "https://www.meridianmoneydesk.example/2026/12/01/card-fraud-losses-first-half-push-payment-scams?utm_source=newsletter&utm_medium=email&utm_campaign=morning-brief&subscriber=58213"),
    ],
    "err-en-fintech-ipo": [
        ("mismatch", "error", "午前11時30分"),
        ("mismatch", "error", "68倍"),
        ("unsupported", "warning", "約1200人"),
    ],
    "err-fr-surendettement": [
        ("mismatch", "error", "5年前の24%"),
        ("mismatch", "error", "6万8240件"),
        ("spelling", "warning", "コルディエール"),
    ],
    "err-de-ratenkredit": [
        ("mismatch", "error", "48カ月"),
        ("mismatch", "error", "4〜6月期"),
        ("citation", "warning", "Mittelland Rundschau"),
    ],
    "err-de-bank-filialen": [
        ("mismatch", "error", "22日(月)"),
        ("mismatch", "error", "1億7000万ユーロ"),
        ("unsupported", "warning", "約2000万ユーロ"),
    ],
    "err-es-hipotecas": [
        ("mismatch", "error", "16万4820ユーロ"),
        ("mismatch", "error", "12.5%"),
        ("spelling", "warning", "アレギー"),
    ],
    "err-ja-shinyo-kinko": [
        ("mismatch", "error", "8億円"),
        ("mismatch", "error", "高峰誠一理事長(68)"),
        ("name", "warning", "村田浩二"),
    ],
}

JST = dt.timezone(dt.timedelta(hours=9))


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


def jst(y, mo, d, h, mi, off_h, off_m=0):
    t = dt.datetime(y, mo, d, h, mi, tzinfo=tz(off_h, off_m)).astimezone(JST)
    return t.strftime("%Y-%m-%d %H:%M %a JST")


def wd(y, mo, d):
    return dt.date(y, mo, d).strftime("%a")


# (case, what, value computed here, as written in the digest)
DERIVED = [
    ("clean-en-overdraft-fees", "on Monday (published Tue 10 Mar)", wd(2026, 3, 9), "9日(月)"),
    ("clean-en-overdraft-fees", "fee cut 35-10", 35 - 10, "25ドルの引き下げ"),
    ("clean-en-overdraft-fees", "10/35", round(10 / 35, 3), "約3割の水準"),
    ("clean-en-overdraft-fees", "250/412", round(250 / 412, 3), "約6割が消える"),
    ("clean-en-overdraft-fees", "advance limit 500-300", 500 - 300, "200ドル引き上げる"),
    ("clean-en-overdraft-fees", "4:30 p.m. Eastern (EDT, -4) Mon 9 Mar", jst(2026, 3, 9, 16, 30, -4), "日本時間10日午前5時30分"),
    ("clean-en-overdraft-fees", "fiscal 2026 ending December", "FY Jan-Dec 2026", "2026年12月期"),
    ("clean-en-bnpl-rules", "on Tuesday (published Tue 14 Apr)", wd(2026, 4, 14), "14日(火)"),
    ("clean-en-bnpl-rules", "1 April next year", "2027-04-01", "2027年4月1日"),
    ("clean-en-bnpl-rules", "11.6m-8.9m, 11.6/8.9", (round(11.6 - 8.9, 1), round(11.6 / 8.9, 3)), "270万人、約3割増"),
    ("clean-en-bnpl-rules", "7.4/5.2", round(7.4 / 5.2, 3), "約4割増"),
    ("clean-en-bnpl-rules", "9 June weekday", wd(2026, 6, 9), "6月9日(火)"),
    ("clean-en-card-balances", "on Tuesday (published Tue 4 Aug)", wd(2026, 8, 4), "4日(火)"),
    ("clean-en-card-balances", "12.9/18.6", round(12.9 / 18.6, 3), "約7割"),
    ("clean-en-card-balances", "7.4-7.1", round(7.4 - 7.1, 1), "0.3ポイント"),
    ("clean-en-card-balances", "second quarter / July-Sept", "Apr-Jun / Jul-Sep", "4〜6月期 / 7〜9月期"),
    ("clean-en-halfyear-profit", "3.63-3.41, 1-3.41/3.63", (round(3.63 - 3.41, 2), round(1 - 3.41 / 3.63, 3)), "2億2000万ドル減, 6%減"),
    ("clean-en-halfyear-profit", "11 basis points", 0.11, "0.11ポイント"),
    ("clean-en-halfyear-profit", "18.9-17.4", round(18.9 - 17.4, 1), "1.5ポイント"),
    ("clean-en-halfyear-profit", "0.94-0.81", round(0.94 - 0.81, 2), "0.13ポイント"),
    ("clean-en-halfyear-profit", "412-350 (m)", 412 - 350, "6200万ドル増"),
    ("clean-en-halfyear-profit", "2027 financial year ends 30 June 2027", "Jul 2026-Jun 2027", "2027年6月期"),
    ("clean-en-halfyear-profit", "six months to March 31", "Oct 2025-Mar 2026", "2025年10月〜2026年3月"),
    ("clean-en-cu-merger", "on Monday (published Tue 2 Jun)", wd(2026, 6, 1), "1日(月)"),
    ("clean-en-cu-merger", "19.8+11.7; 19.8/31.5", (round(19.8 + 11.7, 1), round(19.8 / 31.5, 3)), "315億ドル, 約6割強"),
    ("clean-en-cu-merger", "402000+240000", 402000 + 240000, "64万人超"),
    ("clean-en-cu-merger", "38/71", round(38 / 71, 3), "ほぼ半減"),
    ("clean-en-microfinance", "on Monday (published Tue 10 Feb)", wd(2026, 2, 9), "9日(月)"),
    ("clean-en-microfinance", "186 crore, 82 crore (1 crore = 1e7)", (186e7, 82e7, round(186 / 82, 2)), "18億6000万ルピー, 8億2000万ルピー, 2倍超"),
    ("clean-en-microfinance", "14250 crore; 612 crore; 750 crore", (14250e7, 612e7, 750e7), "1425億, 61億2000万, 75億ルピー"),
    ("clean-en-microfinance", "98.6-94.1; 4.7-2.9", (round(98.6 - 94.1, 1), round(4.7 - 2.9, 1)), "4.5ポイント, 1.8ポイント"),
    ("clean-en-microfinance", "3:30 pm IST (+5:30) Mon 9 Feb", jst(2026, 2, 9, 15, 30, 5, 30), "日本時間午後7時"),
    ("clean-en-microfinance", "35% as a fraction", round(0.35 * 3, 2), "3分の1強"),
    ("clean-en-digital-bank", "on Tuesday (published Tue 21 Jul)", wd(2026, 7, 21), "21日(火)"),
    ("clean-en-digital-bank", "6.9/4.1", round(6.9 / 4.1, 3), "約7割増"),
    ("clean-en-digital-bank", "2.6-2.1", round(2.6 - 2.1, 1), "0.5ポイント改善"),
    ("clean-fr-credit-conso", "mardi (published Tue 15 Sep)", wd(2026, 9, 15), "15日(火)"),
    ("clean-fr-credit-conso", "3.2-1.1", round(3.2 - 1.1, 1), "2.1ポイント加速"),
    ("clean-fr-credit-conso", "58.6/201.4", round(58.6 / 201.4, 3), "約3割"),
    ("clean-fr-credit-conso", "6.87-6.12", round(6.87 - 6.12, 2), "0.75ポイント"),
    ("clean-fr-fermeture-agences", "lundi soir (published Tue 3 Nov)", wd(2026, 11, 2), "2日(月)夜"),
    ("clean-fr-fermeture-agences", "54/212; 212-54", (round(54 / 212, 3), 212 - 54), "約4分の1, 158店舗"),
    ("clean-fr-fermeture-agences", "26 novembre weekday", wd(2026, 11, 26), "11月26日(木)"),
    ("clean-fr-fermeture-agences", "deuxième trimestre 2027", "Apr-Jun 2027", "2027年4〜6月期"),
    ("clean-de-sparkasse-zinsen", "am Montag (published Tue 6 Oct)", wd(2026, 10, 5), "5日(月)"),
    ("clean-de-sparkasse-zinsen", "11.25-9.49; 15.25-13.49", (round(11.25 - 9.49, 2), round(15.25 - 13.49, 2)), "1.76ポイント"),
    ("clean-de-sparkasse-zinsen", "2.2-1.75; 1.5-1.25", (round(2.2 - 1.75, 2), round(1.5 - 1.25, 2)), "0.45ポイント, 0.25ポイント"),
    ("clean-de-sparkasse-zinsen", "1840*0.0176", round(1840 * 0.0176, 2), "年32ユーロ余り"),
    ("clean-de-sparkasse-zinsen", "41.3-36.8 (Mio.)", round(41.3 - 36.8, 1), "450万ユーロ増"),
    ("clean-es-morosidad-tarjetas", "este martes (published Tue 25 Aug)", wd(2026, 8, 25), "25日(火)"),
    ("clean-es-morosidad-tarjetas", "4.6-3.9; 6.4-5.2", (round(4.6 - 3.9, 1), round(6.4 - 5.2, 1)), "0.7ポイント, 1.2ポイント"),
    ("clean-es-morosidad-tarjetas", "2.7m-2.1m", round(2.7 - 2.1, 1), "60万枚増"),
    ("clean-es-morosidad-tarjetas", "24 Sep 13:00 (-6)", jst(2026, 9, 24, 13, 0, -6), "9月24日(木)午後1時, 日本時間25日(金)午前4時"),
    ("clean-ja-card-loan", "214/1.18; 214-214/1.18", (round(214 / 1.18, 1), round(214 - 214 / 1.18, 1)), "約181億円, 約33億円"),
    ("clean-ja-card-loan", "12480-520", 12480 - 520, "1兆1960億円"),
    ("clean-ja-card-loan", "410-390; 146-121; 64-8", (410 - 390, 146 - 121, 64 - 8), "20億円, 25億円, 56円"),
    ("clean-ja-card-loan", "17日 weekday", wd(2026, 11, 17), "17日(火)"),
    # correct derived values inside err digests
    ("err-en-payday-cap", "on Tuesday (published Tue 27 Jan)", wd(2026, 1, 27), "27日(火)"),
    ("err-en-payday-cap", "1380/3300 (source figure)", round(1 - 1380 / 3300, 3), "約6割減"),
    ("err-en-payday-cap", "41-18", 41 - 18, "23ポイント"),
    ("err-en-payday-cap", "Feb 5 weekday (planted 水)", wd(2026, 2, 5), "(correct: 2月5日(木))"),
    ("err-en-bank-fine", "94-61; 69.4*0.7", (94 - 61, round(69.4 * 0.7, 2)), "3300万ポンド; 30%減額で4860万"),
    ("err-en-bank-fine", "94m/212000 (planted 540)", round(94e6 / 212000), "(correct: 約440ポンド)"),
    ("err-en-auto-loans", "on Monday (published Tue 20 Oct)", wd(2026, 10, 19), "19日(月)"),
    ("err-en-auto-loans", "6.7-6.1; 6.7-4.3; 22-12", (round(6.7 - 6.1, 1), round(6.7 - 4.3, 1), 22 - 12), "0.6, 2.4, 10ポイント"),
    ("err-en-auto-loans", "1.6tn/5; 84 months", (1.6e12 / 5, 84 / 12), "約3200億ドル, 7年"),
    ("err-en-auto-loans", "Nov 17 weekday", wd(2026, 11, 17), "11月17日(火)"),
    ("err-en-student-refi", "on Monday (published Tue 10 Nov)", wd(2026, 11, 9), "9日(月)"),
    ("err-en-student-refi", "310/2400", round(310 / 2400, 3), "約13%"),
    ("err-en-student-refi", "fiscal year ending January 2027", "Feb 2026-Jan 2027", "2027年1月期"),
    ("err-en-mortgage-rates", "Wednesday after Tue 29 Sep (planted 10月1日)", (dt.date(2026, 9, 30).isoformat(), wd(2026, 9, 30)), "(correct: 9月30日(水))"),
    ("err-en-mortgage-rates", "4.69-4.59; 25bp", (round(4.69 - 4.59, 2), 0.25), "0.1ポイント, 0.25ポイント"),
    ("err-en-mortgage-rates", "Nov 26 weekday", wd(2026, 11, 26), "11月26日(木)"),
    ("err-en-card-fraud", "on Monday (published Tue 1 Dec)", (dt.date(2026, 11, 30).isoformat(), wd(2026, 11, 30)), "11月30日(月)"),
    ("err-en-card-fraud", "692/271.3; 87.2/239.6", (round(692 / 271.3, 2), round(87.2 / 239.6, 3)), "約2.55ポンド, 3分の1強"),
    ("err-en-fintech-ipo", "9:30 a.m. Thu 26 Mar (+8) (planted 11:30)", jst(2026, 3, 26, 9, 30, 8), "(correct: 日本時間同日午前10時30分)"),
    ("err-en-fintech-ipo", "250m*12.40; 500*12.40; 48-36; 2.4-1.9", (250e6 * 12.40, 500 * 12.40, 48 - 36, round(2.4 - 1.9, 1)), "31億, 6200香港ドル, 12ポイント, 0.5ポイント"),
    ("err-en-fintech-ipo", "on Tuesday / Thursday 26", (wd(2026, 3, 24), wd(2026, 3, 26)), "24日(火), 26日(木)"),
    ("err-fr-surendettement", "mardi (published Tue 7 Jul)", wd(2026, 7, 7), "7日(火)"),
    ("err-fr-surendettement", "3.5-2.8", round(3.5 - 2.8, 1), "0.7カ月"),
    ("err-de-ratenkredit", "am Montag (published Tue 12 May)", wd(2026, 5, 11), "11日(月)"),
    ("err-de-ratenkredit", "7.3-6.4; 37-24", (round(7.3 - 6.4, 1), 37 - 24), "0.9ポイント, 13ポイント"),
    ("err-de-ratenkredit", "55/51.2, 58/51.2", (round(55 / 51.2, 3), round(58 / 51.2, 3)), "7〜13%の増加"),
    ("err-de-bank-filialen", "am Montagabend (published Tue 24 Feb) (planted 22日)", (dt.date(2026, 2, 23).isoformat(), wd(2026, 2, 23)), "(correct: 23日(月)夜)"),
    ("err-de-bank-filialen", "3.1/4.8; 60/612; 48-29", (round(3.1 / 4.8, 3), round(60 / 612, 3), 48 - 29), "6割強, 約1割, 19行減"),
    ("err-es-hipotecas", "este martes (published Tue 27 Oct)", wd(2026, 10, 27), "27日(火)"),
    ("err-es-hipotecas", "3.38-2.91; 72-67.4; 33.8-30", (round(3.38 - 2.91, 2), round(72 - 67.4, 1), round(33.8 - 30, 1)), "0.47, 4.6, 3.8ポイント"),
    ("err-es-hipotecas", "31846*168420", 31846 * 168420, "53億6300万ユーロ"),
    ("err-ja-shinyo-kinko", "7日 / 10月1日 weekdays", (wd(2026, 9, 7), wd(2026, 10, 1)), "7日(月), 10月1日(木)"),
    ("err-ja-shinyo-kinko", "15.0-13.5; 4.5-3.9; 87/610; 3410/6820", (round(15.0 - 13.5, 1), round(4.5 - 3.9, 1), round(87 / 610, 3), round(3410 / 6820, 2)), "1.5, 0.6ポイント, 約14%, 50%"),
]


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


LABELS = {
    "en": dict(nav=["World", "Business", "Markets", "Banking", "Personal finance", "Opinion"], more="More on this story",
               cookie="We use cookies to keep this site working and, with your consent, to measure traffic and show relevant ads.",
               accept="Accept all", reject="Reject", share="Share", rights="All rights reserved.", by="By"),
    "fr": dict(nav=["France", "Monde", "Économie", "Banque", "Vos finances", "Opinions"], more="À lire aussi",
               cookie="Nous utilisons des cookies pour le fonctionnement du site et, avec votre accord, pour mesurer l'audience.",
               accept="Tout accepter", reject="Continuer sans accepter", share="Partager", rights="Tous droits réservés.", by="Par"),
    "de": dict(nav=["Politik", "Wirtschaft", "Finanzen", "Region", "Sport", "Meinung"], more="Mehr zum Thema",
               cookie="Wir verwenden Cookies, um unsere Website zu betreiben und mit Ihrer Einwilligung die Nutzung zu analysieren.",
               accept="Alle akzeptieren", reject="Ablehnen", share="Teilen", rights="Alle Rechte vorbehalten.", by="Von"),
    "es": dict(nav=["Nacional", "Economía", "Finanzas", "Mercados", "Opinión", "Internacional"], more="Te puede interesar",
               cookie="Utilizamos cookies propias y de terceros para el funcionamiento del sitio y, con tu consentimiento, para analizar el tráfico.",
               accept="Aceptar", reject="Rechazar", share="Compartir", rights="Todos los derechos reservados.", by="Por"),
    "ja": dict(nav=["経済", "金融", "マーケット", "企業", "地域", "オピニオン"], more="関連記事",
               cookie="当サイトはサービス向上と広告配信のためにクッキーを使用しています。",
               accept="同意する", reject="拒否する", share="共有", rights="無断転載を禁じます。", by=""),
}

RELATED = {
    "en": ["Savings rates: where to find the best deals this month", "Explainer: how credit scores are calculated",
           "Letters: the bank branch that closed on our high street"],
    "fr": ["Livret d'épargne : ce qui change au 1er août", "Comment renégocier son crédit immobilier",
           "Tribune : l'accès aux espèces, un enjeu d'égalité"],
    "de": ["Tagesgeld-Vergleich: Wo es noch Zinsen gibt", "So funktioniert eine Bonitätsauskunft",
           "Kommentar: Die Filiale als Daseinsvorsorge"],
    "es": ["Cómo calcular cuánto puedes pedir de hipoteca", "Claves para salir de deudas con tarjeta",
           "Opinión: la banca y el cliente mayor"],
    "ja": ["住宅ローン金利、固定と変動どちらを選ぶ", "家計の借金、見直しのポイント", "地域金融機関の再編、次の焦点は"],
}


def local_time_str(lang, t):
    if lang == "en":
        return t.strftime("%a %d %b %Y %H:%M") + " (UTC" + t.strftime("%z")[:3] + ":" + t.strftime("%z")[3:] + ")"
    if lang == "fr":
        return t.strftime("%d/%m/%Y à %Hh%M")
    if lang == "de":
        return t.strftime("%d.%m.%Y, %H:%M Uhr")
    if lang == "es":
        return t.strftime("%d/%m/%Y %H:%M h")
    return f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"


def build_html(name, meta, paras):
    lang = meta["lang"]
    L = LABELS[lang]
    e = html.escape
    t = dt.datetime.fromisoformat(meta["published"])
    sep = " | " if sum(map(ord, name)) % 2 else " - "
    title = meta["title"] + sep + meta["outlet"]
    desc = paras[0][:150]
    url = meta["url"]
    host = url.split("/")[2]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(L["nav"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="https://{host}/r/{i}">{e(r)}</a></li>' for i, r in enumerate(RELATED[lang]))
    by = f'{L["by"]} {meta["author"]}'.strip()
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(url)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav aria-label="main">
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <p class="section">{e(meta['section'])}</p>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(by)} · <time datetime="{meta['published']}">{e(local_time_str(lang, t))}</time></p>
{body}
      <div class="share"><a href="#">{e(L['share'])}</a></div>
    </article>
    <aside class="related">
      <h2>{e(L['more'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div class="cookie-banner" role="dialog">
    <p>{e(L['cookie'])}</p>
    <button>{e(L['accept'])}</button> <button>{e(L['reject'])}</button>
  </div>
  <footer>
    <p>&copy; {t.year} {e(meta['outlet'])}. {e(L['rights'])}</p>
  </footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = parse_spec(spec)
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build_html(name, meta, paras), encoding="utf-8")
        fs = FINDINGS.get(name, [])
        exp = {"clean": not fs, "findings": [{"kind": k, "severity": s, "span": sp} for k, s, sp in fs]}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for case, what, val, shown in DERIVED:
        print(f"{case}\t{what}\t{val}\t{shown}")


if __name__ == "__main__":
    main()
