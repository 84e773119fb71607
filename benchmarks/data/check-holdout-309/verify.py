#!/usr/bin/env python3
"""Sanity checks for check-holdout-309. Exit status 1 on any failure."""
import collections, datetime as dt, json, os, pathlib, re, shutil, subprocess, sys
from zoneinfo import ZoneInfo

HERE = pathlib.Path(__file__).parent
CASES = HERE / "cases"
JST = ZoneInfo("Asia/Tokyo")
problems = []


def check(ok, msg):
    if not ok:
        problems.append(msg)


def wd(y, m, d):
    return "月火水木金土日"[dt.date(y, m, d).weekday()]


def jst(y, mo, d, h, mi, zone):
    t = dt.datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone)).astimezone(JST)
    return f"{t.day}日{'午前' if t.hour < 12 else '午後'}{t.hour % 12}時" + (f"{t.minute}分" if t.minute else "")


def man(x):  # integer -> 万/億 notation
    oku, rest = divmod(int(round(x)), 10**8)
    m, r = divmod(rest, 10**4)
    return (f"{oku}億" if oku else "") + (f"{m}万" if m else "") + (str(r) if r else "")


# Derived values: (case, what, computation shown, value computed here, text that must stand in digest.txt)
D = [
 ("clean-kelbridge-tram", "on Monday (published Tue 16 June)", "16-1", f"15日({wd(2026,6,15)})", "15日(月)"),
 ("clean-kelbridge-tram", "6 September weekday", "date(2026,9,6)", f"9月6日({wd(2026,9,6)})", "9月6日(日)"),
 ("clean-kelbridge-tram", "6.4 miles in km", "6.4*1.609344", f"約{6.4*1.609344:.1f}キロ", "約10.3キロ"),
 ("clean-kelbridge-tram", "cost over budget", "412-355 ; /355", f"{man((412-355)*1e6)}ポンド(約{round((412-355)/355*100)}%)", "5700万ポンド(約16%)"),
 ("clean-kelbridge-tram", "cost ratio", "412/355", f"約{412/355:.2f}倍", "約1.16倍"),
 ("clean-kelbridge-tram", "bus vs tram", "41-24", f"{41-24}分短く", "17分短く"),
 ("clean-kelbridge-tram", "31.2 million journeys", "31.2e6", f"{man(31.2e6)}回", "3120万回"),
 ("clean-kelbridge-tram", "test run 11.40pm Sat BST in JST", "13 Jun 23:40 Europe/London", f"13日({wd(2026,6,13)})午後11時40分(英国夏時間、日本時間{jst(2026,6,13,23,40,'Europe/London')}", "13日(土)午後11時40分(英国夏時間、日本時間14日午前7時40分"),
 ("clean-coastal-sleeper", "on Monday (published Tue 12 May)", "12-1", f"11日({wd(2026,5,11)})", "11日(月)"),
 ("clean-coastal-sleeper", "last sleeper 2012", "2026-2012", f"{2026-2012}年ぶり", "14年ぶり"),
 ("clean-coastal-sleeper", "3 July weekday", "date", f"7月3日({wd(2026,7,3)})", "7月3日(金)"),
 ("clean-coastal-sleeper", "7.25pm -> 9.10am next day", "timedelta", "%d時間%d分" % divmod((dt.datetime(2026,7,4,9,10)-dt.datetime(2026,7,3,19,25)).seconds // 60, 60), "13時間45分"),
 ("clean-coastal-sleeper", "$86.5m over 4 years", "86.5/4", f"{man(86.5e6/4)}ドル -> 約2160万ドル", "約2160万ドル"),
 ("clean-coastal-sleeper", "2024-25 financial year (AU, July-June)", "", "24年7月〜25年6月", "24年7月〜25年6月"),
 ("clean-coastal-sleeper", "carriages built 1986", "2026-1986", f"{2026-1986}年前", "40年前"),
 ("clean-calder-ebuses", "on Wednesday (published Thu 19 Feb)", "19-1", f"18日({wd(2026,2,18)})", "18日(水)"),
 ("clean-calder-ebuses", "per bus", "57.5/46", f"{man(57.5e6/46)}カナダドル", "125万カナダドル"),
 ("clean-calder-ebuses", "federal 60% / city 40%", "57.5*.6, *.4", f"{man(57.5e6*.6)} / {man(57.5e6*.4)}", "3450万カナダドルを負担し、残る4割の2300万"),
 ("clean-calder-ebuses", "46 of 118", "46/118", f"{46/118:.3f} -> 約4割", "約4割"),
 ("clean-calder-ebuses", "Q4 2027", "", "2027年10〜12月", "2027年10〜12月"),
 ("clean-konkan-freight", "on Wednesday (published Thu 8 Oct)", "8-1", f"7日({wd(2026,10,7)})", "7日(水)"),
 ("clean-konkan-freight", "Rs 4,850 crore", "4850*1e7", f"{man(4850e7)}ルピー", "485億ルピー"),
 ("clean-konkan-freight", "11:30 IST in JST", "Asia/Kolkata", jst(2026,10,7,11,30,'Asia/Kolkata'), "日本時間午後3時"),
 ("clean-konkan-freight", "100 vs 25 km/h", "100/25", f"{100/25:.0f}倍", "4倍"),
 ("clean-konkan-freight", "1.5 lakh tonnes", "1.5e5", f"約{man(1.5e5)}トン", "約15万トン"),
 ("clean-konkan-freight", "Q2 FY2026-27 (India, April-March)", "", "2026年7〜9月", "2026年7〜9月"),
 ("clean-wellford-patronage", "2025/26 year to 30 June", "", "2025年7月〜26年6月", "2025年7月〜26年6月"),
 ("clean-wellford-patronage", "41.3m vs 39.8m", "41.3-39.8", f"{man((41.3-39.8)*1e6)}回", "150万回"),
 ("clean-wellford-patronage", "rail share 14.2/41.3", "14.2/41.3", f"{14.2/41.3:.3f} -> 約3分の1", "約3分の1"),
 ("clean-wellford-patronage", "cancellations 4.1% -> 0.9%", "4.1-0.9", f"{4.1-0.9:.1f}ポイント", "3.2ポイント"),
 ("clean-wellford-patronage", "10am Tue 17 Nov NZDT in JST", "Pacific/Auckland", jst(2026,11,17,10,0,'Pacific/Auckland'), "日本時間同日午前6時"),
 ("clean-shannonside-access", "on Monday (published Tue 13 Jan)", "13-1", f"12日({wd(2026,1,12)})", "12日(月)"),
 ("clean-shannonside-access", "61 of 144 now", "61/144", f"{61/144:.3f} -> 約4割", "61駅(約4割)"),
 ("clean-shannonside-access", "84 of 144 after", "84/144", f"{84/144:.3f} -> 約6割", "84駅(約6割)"),
 ("clean-shannonside-access", "balance 148-104", "148-104", f"{man((148-104)*1e6)}ユーロ", "4400万ユーロ"),
 ("clean-shannonside-access", "Q1 2027", "", "2027年1〜3月期", "2027年1〜3月期"),
 ("clean-khanyisa-metro", "on Monday (published Tue 21 Apr)", "21-1", f"20日({wd(2026,4,20)})", "20日(月)"),
 ("clean-khanyisa-metro", "R2.3-billion", "2.3e9", f"{man(2.3e9)}ランド", "23億ランド"),
 ("clean-khanyisa-metro", "30 000 of 45 000", "30/45", f"{30/45:.3f} -> 3分の2", "3分の2"),
 ("clean-khanyisa-metro", "4.45am SAST in JST", "Africa/Johannesburg", jst(2026,4,20,4,45,'Africa/Johannesburg'), "日本時間同日午前11時45分"),
 ("clean-lorvennes-rem", "lundi (published Tue 10 Mar)", "10-1", f"9日({wd(2026,3,9)})", "9日(月)"),
 ("clean-lorvennes-rem", "2,4 Md€ split 40/35/25", "2.4e9*.4,.35,.25", f"{man(2.4e9*.4)} {man(2.4e9*.35)} {man(2.4e9*.25)}", "9億6000万ユーロ、地域圏が35%の8億4000万ユーロ、都市圏が4分の1の6億ユーロ"),
 ("clean-lorvennes-rem", "95 000 vs 38 000", "95/38", f"約{95/38:.1f}倍", "約2.5倍"),
 ("clean-lorvennes-rem", "48 vs 22 minutes", "48-22", f"{48-22}分の短縮", "26分の短縮"),
 ("clean-vaulmont-tram", "dimanche (published Thu 8 Oct)", "8-4", f"4日({wd(2026,10,4)})", "4日(日)"),
 ("clean-vaulmont-tram", "Confederation 35% of 312 Mio", "312*.35", f"約{man(312e6*.35)}スイスフラン", "約1億920万スイスフラン"),
 ("clean-vaulmont-tram", "12'400 / 41'000", "", f"{man(12400)}人 / {man(41000)}人", "1万2400人"),
 ("clean-wendelstadt-sbahn", "am Dienstag (published Wed 25 Nov)", "25-1", f"24日({wd(2026,11,24)})", "24日(火)"),
 ("clean-wendelstadt-sbahn", "13. Dezember weekday", "date", f"12月13日({wd(2026,12,13)})", "12月13日(日)"),
 ("clean-wendelstadt-sbahn", "Land 70% of 86 Mio", "86*.7", f"約{man(86e6*.7)}ユーロ", "約6020万ユーロ"),
 ("clean-wendelstadt-sbahn", "214.000 Fahrgäste", "", f"{man(214000)}人", "21万4000人"),
 ("clean-wendelstadt-sbahn", "1,1 / 2,9 Mrd.", "", f"{man(1.1e9)} / {man(2.9e9)}", "29億ユーロ"),
 ("clean-valdemora-teleferico", "este miércoles (published Thu 27 Aug)", "27-1", f"26日({wd(2026,8,26)})", "26日(水)"),
 ("clean-valdemora-teleferico", "26 meses", "divmod(26,12)", "%d年%dカ月" % divmod(26, 12), "2年2カ月"),
 ("clean-valdemora-teleferico", "312 cabinas x 10", "312*10", f"{312*10:,}人", "3,120人"),
 ("clean-valdemora-teleferico", "1 h 25 vs 36 min", "85-36", f"{85-36}分短く", "49分短く"),
 ("clean-valdemora-teleferico", "3,960 millones de pesos", "3960e6", f"{man(3960e6)}ペソ", "39億6000万ペソ"),
 ("clean-shiomi-rinkai", "23日 weekday", "date", f"23日({wd(2026,6,23)})", "23日(火)"),
 ("clean-shiomi-rinkai", "2025年度 as fiscal year end", "", "2026年3月期", "2026年3月期"),
 ("clean-shiomi-rinkai", "previous revenue 18.6億-6200万", "18.6-0.62", f"約{18.6-0.62:.0f}億円", "約18億円"),
 ("clean-shiomi-rinkai", "riders up 3.8% to 412万", "412-412/1.038", f"約{412-412/1.038:.0f}万人", "約15万人"),
 ("clean-shiomi-rinkai", "4 cars x 2.3億", "2.3*4", f"約{man(2.3e8*4)}円", "約9億2000万円"),
 ("clean-shiomi-rinkai", "since 1992", "2026-1992", f"{2026-1992}年", "34年"),
 # derived values that stand correct in err digests
 ("err-halverton-signals", "on Monday (published Tue 22 Sep)", "22-1", f"21日({wd(2026,9,21)})", "21日(月)"),
 ("err-halverton-signals", "38 miles", "38*1.609344", f"約{38*1.609344:.0f}キロ", "約61キロ"),
 ("err-halverton-signals", "5:52 p.m. Thu ET in JST", "America/New_York", jst(2026,9,17,17,52,'America/New_York'), "日本時間18日午前6時52分"),
 ("err-northline-costs", "£38.6bn vs £29.4bn", "38.6-29.4 ; /29.4", f"{man(9.2e9)}ポンド(約{(38.6-29.4)/29.4*100:.0f}%)", "92億ポンド(約31%)"),
 ("err-northline-costs", "19 miles / 225mph", "x1.609344", f"約{19*1.609344:.0f}キロ / 時速約{225*1.609344:.0f}キロ", "時速約362キロ"),
 ("err-lintang-lrt", "$1.86bn / 24 trains", "1.86e9/24", f"約{man(1.86e9/24)}ドル", "約7750万ドル"),
 ("err-lintang-lrt", "24 three-car trains", "24*3", f"計{24*3}両", "計72両"),
 ("err-ardley-rail-strike", "12:01 a.m. Fri 6 Mar EST in JST", "America/Toronto", jst(2026,3,6,0,1,'America/Toronto'), "日本時間同日午後2時1分"),
 ("err-ardley-rail-strike", "14% vs 9%", "14-9", f"{14-9}ポイント", "差は5ポイント"),
 ("err-mtuwa-bridge", "100-year-old (1926)", "2026-1926", f"築{2026-1926}年", "築100年"),
 ("err-jarrah-fare-cap", "37 per cent", "", "約37%(約4割)", "約37%(約4割)"),
 ("err-alder-brt", "11.2 miles", "11.2*1.609344", f"約{11.2*1.609344:.0f}キロ", "約18キロ"),
 ("err-alder-brt", "$96m of $214m", "96/214", f"約{96/214*100:.0f}%", "約45%"),
 ("err-sambre-automotrices", "1,15 Md€ / 48", "1150/48", f"{1.15e9/48:,.0f} -> 約2400万ユーロ", "約2400万ユーロ"),
 ("err-sambre-automotrices", "360 vs 280 seats", "360-280", f"{360-280}席多い", "80席多い"),
 ("err-ennsberg-bahn", "58 -> 47 Minuten", "58-47", f"{58-47}分短く", "11分短く"),
 ("err-kastelholm-nachtzug", "21.47 Sun 29 Mar (CEST from that day) in JST", "Europe/Berlin", jst(2026,3,29,21,47,'Europe/Berlin'), "30日午前4時47分"),
 ("err-almadena-cercanias", "60 % of 187,6 Mio", "187.6*.6", f"{187.6e6*.6:,.0f} -> 約1億1260万ユーロ", "約1億1260万ユーロ"),
 ("err-kitahama-bus", "412 -> 338", "412-338 ; /412", f"{412-338}便(約{(412-338)/412*100:.0f}%)", "74便(約18%)"),
]


def words(text):
    return len(text.split())


def main():
    names = sorted(p.name for p in CASES.iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    check(names == specs, "cases/ and specs/ differ")
    clean = [n for n in names if n.startswith("clean-")]
    err = [n for n in names if n.startswith("err-")]
    check(len(names) == 24 and len(clean) == 12 and len(err) == 12, f"case counts {len(names)} {len(clean)} {len(err)}")
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    yoten = shutil.which("yoten") or "/tmp/bcv309/bin/yoten"
    have_yoten = os.path.exists(yoten)
    parsed = 0
    for n in names:
        d = CASES / n
        spec = (HERE / "specs" / f"{n}.txt").read_text(encoding="utf-8")
        head, body = spec.split("\n\n", 1)
        meta = dict((l.split(":", 1)[0].strip(), l.split(":", 1)[1].strip()) for l in head.splitlines())
        langs[meta["lang"]] += 1
        if meta["lang"] == "ja":
            size = len(re.sub(r"\s", "", body))
            check(600 <= size <= 700, f"{n}: source {size} characters")
        else:
            size = words(body)
            check(300 <= size <= 350, f"{n}: source {size} words")
        html = (d / "source.html").read_text(encoding="utf-8")
        for needle in ("<title>", 'property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                       'property="article:published_time"', '"@type": "NewsArticle"', "<nav>",
                       'id="cookie-banner"', 'class="related"', "<footer>", "<article>"):
            check(needle in html, f"{n}: source.html lacks {needle}")
        check(re.search(r'published_time" content="[^"]+[+-]\d\d:\d\d"', html) is not None, f"{n}: no UTC offset")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        check(950 <= len(digest) <= 1400, f"{n}: digest {len(digest)} characters")
        for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
            check(marker in digest, f"{n}: digest lacks {marker}")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        spans = [f["span"] for f in exp["findings"]]
        check(len(set(spans)) == len(spans), f"{n}: duplicate spans")
        for f in exp["findings"]:
            check(f["span"] in digest, f"{n}: span not in digest: {f['span']}")
            check((f["kind"], f["severity"]) in {("mismatch", "error"), ("unsupported", "warning"), ("name", "warning"),
                                                 ("spelling", "warning"), ("citation", "warning")}, f"{n}: bad kind/severity {f}")
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
        if n.startswith("clean-"):
            check(exp == {"clean": True, "findings": []}, f"{n}: clean case has findings")
            local = dt.datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
            cite = f"{meta['title']} {meta['outlet']} {local}\n\n{meta['url']}\n"
            check(digest.endswith(cite), f"{n}: citation is not title/outlet/local date/canonical URL")
        else:
            check(exp["clean"] is False and len(exp["findings"]) == 3, f"{n}: err case needs 3 findings")
            check(sum(f["severity"] == "error" for f in exp["findings"]) == 2, f"{n}: err case needs 2 errors")
        if have_yoten:
            r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
            check(r.returncode == 0, f"{n}: yoten parse failed: {r.stderr[-300:]}")
            parsed += r.returncode == 0
    for case, what, how, value, text in D:
        digest = (CASES / case / "digest.txt").read_text(encoding="utf-8")
        check(text in digest, f"{case}: derived text missing: {text}")
    print(f"cases: {len(names)} (clean {len(clean)}, err {len(err)})")
    print("languages:", dict(sorted(langs.items())))
    print(f"planted findings: {sum(kinds.values())} (errors {sev['error']}, warnings {sev['warning']})")
    print("kinds:", dict(sorted(kinds.items())))
    print(f"derived values present in digests: {len(D)}")
    if "--derived" in sys.argv:
        print("| case | value | computation | computed | in digest |\n|---|---|---|---|---|")
        for case, what, how, value, text in D:
            print(f"| {case} | {what} | {how} | {value} | {text} |")
    print(f"yoten parse ok: {parsed}/{len(names)}" if have_yoten else "yoten parse: not available, skipped")
    check(langs == {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}, "language counts")
    check(sum(kinds.values()) == 36 and sev["error"] == 24 and sev["warning"] == 12, "finding totals")
    if problems:
        print("FAIL")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
