#!/usr/bin/env python3
"""Sanity checks for check-holdout-269. Exit 1 on any failure.

Checks: case counts and languages, expected.json shape (clean: no findings;
err: exactly 2 errors + 1 warning), every span verbatim in digest.txt,
source.html metadata (title, og:*, canonical, published_time, JSON-LD,
nav, cookie banner, related links, footer, <article>), source length
(300-350 words; Japanese 600-700 characters), digest length (950-1,400
characters excluding whitespace), clean citations equal to the page's title,
outlet, local date and canonical URL, `yoten parse` on every digest (when the
yoten CLI is found), and every derived value listed in DERIVED recomputed
with Python and found in the digest.
"""
import datetime as dt, html, json, pathlib, re, shutil, subprocess, sys
from zoneinfo import ZoneInfo

HERE = pathlib.Path(__file__).resolve().parent
JST = ZoneInfo("Asia/Tokyo")
WD = "月火水木金土日"
fails = []


def check(cond, msg):
    if not cond:
        fails.append(msg)


def jday(y, m, d):
    return f"{d}日({WD[dt.date(y, m, d).weekday()]})"


def jst(y, mo, d, h, mi, tz):
    return dt.datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz)).astimezone(JST)


def man(x):
    """Yen-style 万/億 notation of an integer amount."""
    x = int(round(x))
    oku, rest = divmod(x, 10**8)
    man_, one = divmod(rest, 10**4)
    s = (f"{oku}億" if oku else "") + (f"{man_}万" if man_ else "")
    return s + (str(one) if one else "")


# (case, description, computed text, must appear in digest)
D = []
def add(case, desc, value):
    D.append((case, desc, value))

# clean-harlan-furnace
add("clean-harlan-furnace", "announcement 'on Tuesday' = 17 Feb 2026", jday(2026, 2, 17))
add("clean-harlan-furnace", "idling starts March 2", "3月" + jday(2026, 3, 2))
add("clean-harlan-furnace", "2.4m short tons x 0.907185 = 2.18m t", f"約{round(2.4e6*0.90718474/1e4)}万トン")
add("clean-harlan-furnace", "640/1900 = 33.7% -> 約3分の1", "約3分の1" if abs(640/1900 - 1/3) < 0.02 else "X")
add("clean-harlan-furnace", "loss 84 vs profit 41 -> swing 125m", f"{man((84+41)*10**6)}ドル悪化")
add("clean-harlan-furnace", "gas 4.85/2.90 = 1.67 -> 約1.7倍", f"約{4.85/2.90:.1f}倍")
add("clean-harlan-furnace", "capex 365-310 = 55m", f"{man((365-310)*10**6)}ドル引き下げ")
add("clean-harlan-furnace", "union told Monday = 16 Feb", jday(2026, 2, 16))
t = jst(2026, 2, 18, 10, 0, "America/New_York")
add("clean-harlan-furnace", "Wed 10:00 ET -> JST Thu 19 0:00", f"日本時間{jday(t.year, t.month, t.day)}午前{t.hour}時")
# clean-verrier-chlore
add("clean-verrier-chlore", "jeudi = 5 March", jday(2026, 3, 5))
add("clean-verrier-chlore", "236/1250 = 18.9% -> 約2割", "約2割" if round(236/1250, 1) == 0.2 else "X")
add("clean-verrier-chlore", "236-148 = 88", f"残る{236-148}人")
add("clean-verrier-chlore", "142/61 = 2.33 -> 2倍以上", "2倍以上" if 142/61 > 2 else "X")
add("clean-verrier-chlore", "net profit 121-38 = 83m", f"{man((121-38)*10**6)}ユーロ減った")
add("clean-verrier-chlore", "vendredi 14h Paris -> JST 22:00 Fri 6", f"{jday(2026,3,6)}の日本時間{jst(2026,3,6,14,0,'Europe/Paris').hour}時")
add("clean-verrier-chlore", "1,86 milliard -> 18億6000万", man(1.86e9) + "ユーロ")
add("clean-verrier-chlore", "Q2 2028 -> 2028年4〜6月期", "2028年4〜6月期")
# clean-sundara-soda-ash
add("clean-sundara-soda-ash", "Thursday = 14 May", jday(2026, 5, 14))
add("clean-sundara-soda-ash", "Rs 412 crore = 41.2億", man(412e7) + "ルピー")
add("clean-sundara-soda-ash", "Rs 349 crore", man(349e7) + "ルピー")
add("clean-sundara-soda-ash", "412-349 = 63 crore", man(63e7) + "ルピー増えた")
add("clean-sundara-soda-ash", "Rs 3,870 crore", man(3870e7) + "ルピー")
add("clean-sundara-soda-ash", "Rs 1,240 crore", man(1240e7) + "ルピー")
add("clean-sundara-soda-ash", "Rs 1,502 crore", man(1502e7) + "ルピー")
add("clean-sundara-soda-ash", "140 bp = 1.4 points", f"{140/100}ポイント")
add("clean-sundara-soda-ash", "1.1->1.5m t = +36%", f"約{round(0.4/1.1*100)}%")
add("clean-sundara-soda-ash", "FY26 Q4 -> 2026年3月期第4四半期(1〜3月期)", "2026年3月期第4四半期(1〜3月期)")
add("clean-sundara-soda-ash", "H1 FY27 -> 2027年3月期上期(4〜9月)", "2027年3月期上期(4〜9月)")
add("clean-sundara-soda-ash", "June 8", "6月" + jday(2026, 6, 8))
# clean-toto-kasei-ethylene
add("clean-toto-kasei-ethylene", "12日 = Tuesday", jday(2026, 5, 12))
add("clean-toto-kasei-ethylene", "184/(1-0.27) = 252", f"約{round(184/0.73)}億円")
add("clean-toto-kasei-ethylene", "510/(1-0.041) = 532", f"約{round(510/0.959)}万トン")
add("clean-toto-kasei-ethylene", "5020-4920 = 100", f"{5020-4920}億円の増収")
add("clean-toto-kasei-ethylene", "240-184 = 56", f"{240-184}億円の増益")
add("clean-toto-kasei-ethylene", "55-38 = 17 points", f"{55-38}ポイント")
add("clean-toto-kasei-ethylene", "2030年度 -> 2031年3月期", "2030年度(2031年3月期)")
# clean-neckarwerk-ammoniak
add("clean-neckarwerk-ammoniak", "Mittwoch = 6 May", jday(2026, 5, 6))
add("clean-neckarwerk-ammoniak", "gas 38-31 = 7, +22.6% -> 約2割", f"{38-31}ユーロ、約{round((38-31)/31, 1)*10:.0f}割")
add("clean-neckarwerk-ammoniak", "EBIT 265->212 = -20%", f"{round((265-212)/265*10)}割減")
add("clean-neckarwerk-ammoniak", "3,47 Mrd.", man(3.47e9) + "ユーロ")
add("clean-neckarwerk-ammoniak", "0,8 bis 0,95 Mrd.", "8億〜" + man(0.95e9) + "ユーロ")
add("clean-neckarwerk-ammoniak", "10 Uhr MESZ -> 17時 JST", f"日本時間同日{jst(2026,5,6,10,0,'Europe/Berlin').hour}時")
add("clean-neckarwerk-ammoniak", "HV 21. Mai = Thursday", jday(2026, 5, 21))
add("clean-neckarwerk-ammoniak", "zweites Quartal -> 4〜6月期", "4〜6月期")
# clean-cantabrico-horno
add("clean-cantabrico-horno", "este miércoles = 3 June", jday(2026, 6, 3))
add("clean-cantabrico-horno", "1.100 millones -> 11億", man(1.1e9) + "ユーロ")
add("clean-cantabrico-horno", "320/1100 = 29% -> 約3割", "約3割" if round(320/1100, 1) == 0.3 else "X")
add("clean-cantabrico-horno", "78-60 = 18", f"{78-60}ユーロ上回る")
add("clean-cantabrico-horno", "74-61 = 13m", f"{man((74-61)*10**6)}ユーロ減")
add("clean-cantabrico-horno", "segundo semestre 2029 -> 2029年下期", "2029年下期")
add("clean-cantabrico-horno", "próximo lunes = 8 June", jday(2026, 6, 8))
# clean-rhonechim-trimestre
add("clean-rhonechim-trimestre", "jeudi = 22 Oct", jday(2026, 10, 22))
add("clean-rhonechim-trimestre", "troisième trimestre -> 7〜9月期", "7〜9月期")
add("clean-rhonechim-trimestre", "168-159 = 9m", f"{man((168-159)*10**6)}フラン増")
add("clean-rhonechim-trimestre", "fin T1 2027 -> 2027年3月末", "2027年3月末")
add("clean-rhonechim-trimestre", "mardi prochain = 27 Oct", jday(2026, 10, 27))
add("clean-rhonechim-trimestre", "4 mars 2027 = Thursday", "2027年3月" + jday(2027, 3, 4))
# clean-tyneside-ammonia
add("clean-tyneside-ammonia", "Tuesday = 15 Sep", jday(2026, 9, 15))
add("clean-tyneside-ammonia", "92p vs 30p = 3.07 -> 約3倍", f"約{round(92/30)}倍")
add("clean-tyneside-ammonia", "£38.6m", man(38.6e6) + "ポンド")
add("clean-tyneside-ammonia", "six months to end of June -> 1〜6月期", "1〜6月期")
t = jst(2026, 9, 17, 9, 0, "Europe/London")
add("clean-tyneside-ammonia", "Thu 9am London (BST) -> JST 17:00", f"{jday(2026,9,17)}午前9時(日本時間同日午後{t.hour-12}時)")
# clean-hanbit-steel
add("clean-hanbit-steel", "Thursday = 23 July", jday(2026, 7, 23))
add("clean-hanbit-steel", "412bn won", man(412e9) + "ウォン")
add("clean-hanbit-steel", "412/(1-0.23) = 535", f"約{man(round(412/0.77)*1e9)}ウォン")
add("clean-hanbit-steel", "535-412 = 123", f"約{man(round(412/0.77-412)*1e9)}ウォン減")
add("clean-hanbit-steel", "18.7 trillion won", "18兆7000億ウォン")
add("clean-hanbit-steel", "1.1 trillion won", "1兆1000億ウォン")
add("clean-hanbit-steel", "312,500 won", man(312500) + "ウォン")
add("clean-hanbit-steel", "3:40 p.m. KST = JST", "日本時間同日午後3時40分")
# clean-magalies-ferrochrome
add("clean-magalies-ferrochrome", "Wednesday = 11 March", jday(2026, 3, 11))
add("clean-magalies-ferrochrome", "320/540 = 59% -> 約6割", "約6割" if round(320/540, 1) == 0.6 else "X")
add("clean-magalies-ferrochrome", "1100/3900 = 28% -> 約3割", "約3割" if round(1100/3900, 1) == 0.3 else "X")
add("clean-magalies-ferrochrome", "R1.27bn", man(1.27e9) + "ランド")
add("clean-magalies-ferrochrome", "142c/kWh = R1.42", f"{142/100}ランド")
add("clean-magalies-ferrochrome", "4.3-3.6 = 0.7m t", f"{round((4.3-3.6)*100)}万トン増えた")
add("clean-magalies-ferrochrome", "250 MW = 25万キロワット", f"{250*1000//10000}万キロワット")
add("clean-magalies-ferrochrome", "Friday = 13 March", jday(2026, 3, 13))
t = jst(2026, 3, 11, 16, 0, "Africa/Johannesburg")
add("clean-magalies-ferrochrome", "4pm SAST -> 23:00 JST", f"日本時間同日午後{t.hour-12}時")
# clean-klickamish-restart
add("clean-klickamish-restart", "Thursday = 25 June", jday(2026, 6, 25))
add("clean-klickamish-restart", "80,000/240,000 = 1/3", "3分の1" if 80/240 == 1/3 else "X")
add("clean-klickamish-restart", "69 c/lb x 2204.62 = $1,521/t", f"約{round(0.69*2204.62262)}ドル")
add("clean-klickamish-restart", "55/140 = 39% -> 約4割", "約4割" if round(55/140, 1) == 0.4 else "X")
add("clean-klickamish-restart", "4/15 = 0.27 -> 4分の1強", "4分の1強" if 0.25 < 4/15 < 0.3 else "X")
add("clean-klickamish-restart", "July 9 = Thursday", "7月" + jday(2026, 7, 9))
# clean-meranti-cracker
add("clean-meranti-cracker", "Wednesday = 2 Dec", jday(2026, 12, 2))
add("clean-meranti-cracker", "480-200 = 280", f"残る約{480-200}人")
add("clean-meranti-cracker", "Q1 of FY Jul-Jun ending 2027 -> 2027年6月期第1四半期(7〜9月期)", "2027年6月期第1四半期(7〜9月期)")
add("clean-meranti-cracker", "Q2 of that FY -> 10〜12月期", "10〜12月期")
add("clean-meranti-cracker", "FY2028 -> 2028年6月期", "2028年6月期")
add("clean-meranti-cracker", "S$1.96bn", man(1.96e9) + "シンガポールドル")
add("clean-meranti-cracker", "AGM Dec 18 = Friday", jday(2026, 12, 18))
# err cases: correct derived values that stand next to the planted slips
add("err-kestrel-potline", "112/58 = 1.93 -> 約2倍", "約2倍" if round(112/58) == 2 else "X")
add("err-kestrel-potline", "Monday = 20 April", jday(2026, 4, 20))
add("err-kestrel-potline", "2655-2410 = 245", f"{2655-2410}ドル下落")
add("err-kestrel-potline", "March quarter = Q3 of FY to June 2026", "2026年6月期の第3四半期にあたる1〜3月期")
add("err-rheinhuette-kurzarbeit", "Dienstag = 24 March", jday(2026, 3, 24))
add("err-rheinhuette-kurzarbeit", "9,9-8,6 = 1,3 Mio. t", f"{round((9.9-8.6)*100)}万トン減")
add("err-rheinhuette-kurzarbeit", "2300/7800 = 29% -> 約3割", "約3割" if round(2300/7800, 1) == 0.3 else "X")
add("err-rheinhuette-kurzarbeit", "Donnerstag = 26 March", jday(2026, 3, 26))
add("err-nordvale-tariff", "Tuesday = 7 April", jday(2026, 4, 7))
add("err-nordvale-tariff", "25-10 = 15 points", f"{25-10}ポイント")
add("err-nordvale-tariff", "41 c/lb = $904/t", f"約{round(0.41*2204.62262)}ドル")
t = jst(2026, 4, 9, 15, 0, "America/Toronto")
add("err-nordvale-tariff", "Thu 3pm ET -> JST Fri 10 4:00", f"日本時間{jday(t.year, t.month, t.day)}午前{t.hour}時")
add("err-nordvale-tariff", "140/612..180/612 = 23..29%", f"約{round(140/612*100)}〜{round(180/612*100)}%")
add("err-meuse-sauvegarde", "mardi = 10 Feb", jday(2026, 2, 10))
add("err-meuse-sauvegarde", "vendredi = 13 Feb", jday(2026, 2, 13))
add("err-meuse-sauvegarde", "610/3100 = 19.7% -> 約2割", "約2割" if round(610/3100, 1) == 0.2 else "X")
add("err-golfo-petroquimica", "miércoles = 29 July", jday(2026, 7, 29))
add("err-golfo-petroquimica", "3.10/2.35 = +32%", f"約{round((3.10/2.35-1)*100)}%上昇")
add("err-golfo-petroquimica", "850,000-600,000 = 250,000", f"{(850000-600000)//10000}万トン増やす")
add("err-golfo-petroquimica", "jueves = 30 July", jday(2026, 7, 30))
add("err-hokuyo-denro", "17日 = Wednesday", jday(2026, 6, 17))
add("err-hokuyo-denro", "1000/3200 = 31% -> 約3割", "約3割" if round(1000/3200, 1) == 0.3 else "X")
add("err-hokuyo-denro", "400-250 = 150", f"{400-250}万トン少ない")
add("err-alpenwalz-walzwerk", "Dienstag = 27 Jänner", jday(2026, 1, 27))
add("err-alpenwalz-walzwerk", "13,6-12,0 = 1,6 points", f"{13.6-12.0:.1f}ポイント")
add("err-alpenwalz-walzwerk", "1,20->0,80 = -1/3", "3分の1減らす" if abs((1.2-0.8)/1.2 - 1/3) < 1e-9 else "X")
add("err-alpenwalz-walzwerk", "23. April = Thursday", "4月" + jday(2026, 4, 23))
add("err-alpenwalz-walzwerk", "Donnerstag = 29 Jan", jday(2026, 1, 29))
add("err-welsh-tinplate", "28->22 = 6 points", f"{28-22}ポイント")
add("err-welsh-tinplate", "47.5-18.2 = 29.3m", f"{man((47.5-18.2)*1e6)}ポンド膨らんだ")
add("err-welsh-tinplate", "96-58 = 38", f"{96-58}ポンド高い")
add("err-welsh-tinplate", "210/360 = 58% -> 約6割", "約6割" if round(210/360, 1) == 0.6 else "X")
add("err-welsh-tinplate", "260/1120 = 23% -> 2割強", "2割強" if 0.2 < 260/1120 < 0.25 else "X")
add("err-welsh-tinplate", "Monday = 23 Nov", jday(2026, 11, 23))
add("err-welsh-tinplate", "Wednesday = 18 Nov", jday(2026, 11, 18))
add("err-brazos-chlor", "Thursday = 6 Aug", jday(2026, 8, 6))
add("err-brazos-chlor", "176-118 = 58m", f"{man((176-118)*1e6)}ドル減った")
add("err-brazos-chlor", "81-74 = 7 points", f"{81-74}ポイント下がった")
add("err-brazos-chlor", "Sept 16 = Wednesday", "9月" + jday(2026, 9, 16))
add("err-tasman-smelter", "Monday = 23 Feb (NZ)", jday(2026, 2, 23))
add("err-tasman-smelter", "336,000/4 = 84,000", f"年約{336000//4//10000}万{336000//4%10000}トン")
add("err-tasman-smelter", "71-60 = 11", f"{71-60}NZドル上がった")
add("err-tasman-smelter", "six months to Dec 31 -> 7〜12月", "7〜12月")
add("err-kizilirmak-rebar", "62-55 = 7 points", f"{62-55}ポイント")
add("err-kizilirmak-rebar", "392-365 = 27", f"{392-365}ドル下がった")
add("err-kizilirmak-rebar", "41.6bn lira", man(41.6e9) + "リラ")
add("err-ogun-valley-mill", "Tuesday = 8 Sept", jday(2026, 9, 8))
add("err-ogun-valley-mill", "905,000-780,000 = 125,000", f"{man(905000-780000)}ナイラ上がった")
add("err-ogun-valley-mill", "N184.5bn", man(184.5e9) + "ナイラ")
add("err-ogun-valley-mill", "N1.2 trillion", "1兆2000億ナイラ")
DERIVED = D

# expected computed corrections of the planted errors (source value -> correct digest form)
CORRECT = {
    ("err-tasman-smelter", "午後1時"): "正午 (16:00 NZDT = %s JST)" % jst(2026, 2, 23, 16, 0, "Pacific/Auckland").strftime("%H:%M"),
    ("err-golfo-petroquimica", "午前1時"): "午前0時 (9:00 CST = %s JST)" % jst(2026, 7, 30, 9, 0, "America/Mexico_City").strftime("%d日 %H:%M"),
    ("err-brazos-chlor", "年約45万トン"): "年約%d万トン" % round(450000 * 0.90718474 / 1e4),
    ("err-kizilirmak-rebar", "30日(木)"): jday(2026, 10, 30),
    ("err-nordvale-tariff", "4月15日(木)"): "4月" + jday(2026, 4, 15),
    ("err-meuse-sauvegarde", "12日(木)"): jday(2026, 2, 11),
    ("err-alpenwalz-walzwerk", "118億ユーロ"): man(1.18e9) + "ユーロ",
    ("err-alpenwalz-walzwerk", "3900万ユーロ減"): man((171 - 142) * 1e6) + "ユーロ減",
}

LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}


def meta_of(page, prop, attr="property"):
    m = re.search(rf'<meta {attr}="{re.escape(prop)}" content="([^"]*)"', page)
    return html.unescape(m.group(1)) if m else None


def main():
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    check(len(cases) == 24, f"24 cases expected, found {len(cases)}")
    n_clean = n_err = n_findings = n_error = n_warning = 0
    kinds = {}
    langs = {}
    yoten = shutil.which("yoten") or (pathlib.Path("/tmp/bcv269/bin/yoten") if pathlib.Path("/tmp/bcv269/bin/yoten").exists() else None)
    rows = []
    for c in cases:
        name = c.name
        digest = (c / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        page = (c / "source.html").read_text(encoding="utf-8")
        spec = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8")
        # expected
        if name.startswith("clean-"):
            n_clean += 1
            check(exp == {"clean": True, "findings": []}, f"{name}: clean case must have no findings")
        else:
            n_err += 1
            f = exp["findings"]
            check(exp["clean"] is False and len(f) == 3, f"{name}: err case needs 3 findings")
            sev = sorted(x["severity"] for x in f)
            check(sev == ["error", "error", "warning"], f"{name}: needs 2 errors + 1 warning, got {sev}")
            for x in f:
                n_findings += 1
                n_error += x["severity"] == "error"
                n_warning += x["severity"] == "warning"
                kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
                check(x["span"] in digest, f"{name}: span not verbatim in digest: {x['span']}")
                ok_kind = {"error": {"mismatch"}, "warning": {"unsupported", "name", "spelling", "citation"}}
                check(x["kind"] in ok_kind[x["severity"]], f"{name}: bad kind/severity {x}")
        # source page
        lang = re.search(r'<html lang="(\w+)"', page).group(1)
        langs[lang] = langs.get(lang, 0) + 1
        title = meta_of(page, "og:title")
        outlet = meta_of(page, "og:site_name")
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', page).group(1)
        pub = meta_of(page, "article:published_time")
        check(all([title, outlet, canon, pub]), f"{name}: page metadata missing")
        check(re.search(r"[+-]\d\d:\d\d$", pub or "") is not None, f"{name}: published_time lacks UTC offset")
        t = re.search(r"<title>(.*?)</title>", page).group(1)
        check(html.unescape(t) in (f"{title} - {outlet}", f"{title} | {outlet}", f"{title}｜{outlet}"), f"{name}: <title> form")
        ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1))
        check(ld["@type"] == "NewsArticle" and ld["datePublished"] == pub, f"{name}: JSON-LD")
        for marker in ("<nav", "cookie-banner", 'class="related"', "<footer", "<article>"):
            check(marker in page, f"{name}: page lacks {marker}")
        art = re.search(r"<article>(.*?)</article>", page, re.S).group(1)
        paras = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", art, re.S)]
        text = " ".join(paras)
        if lang == "ja":
            size = len(re.sub(r"\s", "", text))
            check(600 <= size <= 700, f"{name}: Japanese source {size} chars, want 600-700")
            unit = "chars"
        else:
            size = len(text.split())
            check(300 <= size <= 350, f"{name}: source {size} words, want 300-350")
            unit = "words"
        dsize = len(re.sub(r"\s", "", digest))
        check(950 <= dsize <= 1400, f"{name}: digest {dsize} chars, want 950-1400")
        for sec in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
            check(sec in digest, f"{name}: digest lacks {sec}")
        check(".example" in canon, f"{name}: canonical not under .example")
        # clean citations must be exact
        local = pub[:10].replace("-", ".")
        cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cit = [l.strip() for l in cit if l.strip()]
        if name.startswith("clean-"):
            check(cit[0] == f"{title} {outlet} {local}", f"{name}: citation line {cit[0]!r}")
            check(cit[1] == canon, f"{name}: citation URL differs from canonical")
        # yoten parse
        if yoten:
            r = subprocess.run([str(yoten), "parse", str(c / "digest.txt")], capture_output=True, text=True)
            check(r.returncode == 0, f"{name}: yoten parse failed: {r.stderr[-300:]}")
        rows.append(f"{name:32s} {lang}  source {size:4d} {unit:5s} digest {dsize:4d} chars  findings {len(exp['findings'])}")
    # derived values
    nd = 0
    for case, desc, val in DERIVED:
        dg = (HERE / "cases" / case / "digest.txt").read_text(encoding="utf-8")
        check(val in dg, f"{case}: derived value {val!r} ({desc}) not in digest")
        nd += 1
    for (case, span), corr in CORRECT.items():
        dg = (HERE / "cases" / case / "digest.txt").read_text(encoding="utf-8")
        check(span in dg and corr.split(" ")[0] not in dg.replace(span, ""), f"{case}: planted {span} vs correct {corr}")
    check(n_clean == 12 and n_err == 12, f"12 clean + 12 err expected, got {n_clean} + {n_err}")
    check(n_findings == 36 and n_error == 24 and n_warning == 12, f"36 findings (24 error, 12 warning) expected, got {n_findings} ({n_error}, {n_warning})")
    check(langs == LANGS, f"languages {langs} != {LANGS}")
    print("\n".join(rows))
    print(f"cases: {len(cases)} (clean {n_clean}, err {n_err}); findings: {n_findings} (error {n_error}, warning {n_warning}); kinds: {dict(sorted(kinds.items()))}")
    print(f"languages: {dict(sorted(langs.items()))}; derived values checked: {nd}; yoten parse: {'run' if yoten else 'not found, skipped'}")
    if fails:
        print("FAIL")
        for f in fails:
            print("  -", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
