#!/usr/bin/env python3
"""Sanity checks for check-holdout-337 (no checker is run).

Checks: 24 cases (12 clean, 12 err), language mix, expected.json shape and
labels, every span verbatim in digest.txt, sizes (article 300-350 words or
600-700 Japanese characters; digest 950-1,400 characters not counting
whitespace), clean citations = canonical URL + outlet + date in the outlet's
time zone, `yoten parse` accepts every digest, and every derived value listed
in DERIVED is recomputed here and found in the digest.
"""
import datetime as dt
import json
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import read_spec  # noqa: E402

TZ = lambda h: dt.timezone(dt.timedelta(hours=h))
JST = TZ(9)


def jst(y, mo, d, h, mi, off):
    t = dt.datetime(y, mo, d, h, mi, tzinfo=TZ(off)).astimezone(JST)
    return f"{t.day}日", t.hour, t.minute


def wd(y, mo, d):
    return "月火水木金土日"[dt.date(y, mo, d).weekday()] + "曜日"


def man(n):  # 14万8600 style
    n = int(round(n))
    hi, lo = divmod(n, 10000)
    return (f"{hi}万" if hi else "") + (str(lo) if lo else "")


# (case, what, computed value, text that must stand in digest.txt)
DERIVED = [
    ("clean-cordillera-q4", "Tue 27 Jan 18:30 -03:00 in JST", jst(2026, 1, 27, 18, 30, -3), "日本時間28日午前6時30分"),
    ("clean-cordillera-q4", "weekday of 27 Jan", wd(2026, 1, 27), "27日(火曜日)"),
    ("clean-cordillera-q4", "521,000-474,000", man(521000 - 474000), "4万7000トン"),
    ("clean-cordillera-q4", "47,000/474,000 %", round(47000 / 474000 * 100, 1), "約9.9%"),
    ("clean-cordillera-q4", "0.66-0.61 pt", round(0.66 - 0.61, 2), "0.05ポイント"),
    ("clean-cordillera-q4", "1 lb in g", round(453.59237), "約454グラム"),
    ("clean-cordillera-q4", "6,800/3", round(6800 / 3, -2), "約2300人"),
    ("clean-cordillera-q4", "148,600 t", man(148600), "14万8600トン"),
    ("clean-pouembout-four", "10:00 +11 in JST", jst(2026, 5, 5, 10, 0, 11), "日本時間同日午前8時"),
    ("clean-pouembout-four", "44,900-38,400", man(44900 - 38400), "6500トン"),
    ("clean-pouembout-four", "6,500/44,900 %", round(6500 / 44900 * 100), "約14%"),
    ("clean-pouembout-four", "420/1,350", round(420 / 1350, 2), "約3割"),
    ("clean-pouembout-four", "2.1-1.9 pt", round(2.1 - 1.9, 1), "0.2ポイント"),
    ("clean-pouembout-four", "1 June + 4 months", "end of September", "9月末まで"),
    ("clean-pouembout-four", "lundi = 4 May", wd(2026, 5, 4), "4日(月曜日)"),
    ("clean-tolar-chico", "17:30 -03 in JST", jst(2026, 6, 1, 17, 30, -3), "日本時間2日午前5時30分"),
    ("clean-tolar-chico", "11,000/25,000", 11000 / 25000 * 100, "44%"),
    ("clean-tolar-chico", "640*0.7", round(640 * 0.7, -1), "約450人"),
    ("clean-tolar-chico", "140 l/s per day in m3", round(140 * 86400 / 1000, -3), "約1万2000立方メートル"),
    ("clean-tolar-chico", "25,000*2", man(50000), "年5万トン"),
    ("clean-marubama-santarosa", "210,000*15%", man(210000 * 0.15), "3万1500トン"),
    ("clean-marubama-santarosa", "90,000+31,500", man(90000 + 31500), "12万1500トン"),
    ("clean-marubama-santarosa", "31,500/90,000", round(31500 / 90000 * 100), "約35%"),
    ("clean-marubama-santarosa", "150,000-121,500", man(150000 - 121500), "2万8500トン"),
    ("clean-marubama-santarosa", "weekday of 20 Oct", wd(2026, 10, 20), "20日(火曜日)"),
    ("clean-marubama-santarosa", "Jan-Mar 2027 quarter in FY", "2027年3月期", "2027年3月期"),
    ("clean-chibanda-west", "16:00 +02 in JST", jst(2026, 7, 7, 16, 0, 2), "日本時間同日午後11時"),
    ("clean-chibanda-west", "96,300-81,700", man(96300 - 81700), "1万4600トン"),
    ("clean-chibanda-west", "14,600/81,700 %", round(14600 / 81700 * 100), "約18%"),
    ("clean-chibanda-west", "22-14 pt", 22 - 14, "8ポイント"),
    ("clean-chibanda-west", "96,300/200,000", round(96300 / 200000 * 100), "約48%"),
    ("clean-chibanda-west", "300,000/200,000", 300000 / 200000, "1.5倍"),
    ("clean-chibanda-west", "5,400*0.91", round(5400 * 0.91, -2), "約4900人"),
    ("clean-kuusivaara-vertrag", "14:00 Helsinki (+02) in JST", jst(2026, 3, 9, 14, 0, 2), "同日午後9時"),
    ("clean-kuusivaara-vertrag", "12,000*7", man(84000), "8万4000トン"),
    ("clean-kuusivaara-vertrag", "12,000/30,000", 12000 / 30000, "4割"),
    ("clean-kuusivaara-vertrag", "6.8/45", round(6.8 / 45, 3), "約7分の1"),
    ("clean-kuusivaara-vertrag", "2027..2033 inclusive", 2033 - 2027 + 1, "7年間"),
    ("clean-sagebrush-flat", "17:00 -08 in JST", jst(2026, 11, 3, 17, 0, -8), "日本時間4日午前10時"),
    ("clean-sagebrush-flat", "1.05/2.8", round(1.05 / 2.8 * 100, 1), "37.5%"),
    ("clean-sagebrush-flat", "2.8-1.05 bn", round(2.8 - 1.05, 2), "約17億5000万ドル"),
    ("clean-sagebrush-flat", "40,000 short t in t", round(40000 * 0.90718474, -3), "約3万6000トン"),
    ("clean-sagebrush-flat", "130 mi in km", round(130 * 1.609344, -1), "約210キロ"),
    ("clean-sagebrush-flat", "5,600 acres in ha", round(5600 * 0.40468564, -1), "約2270ヘクタール"),
    ("clean-sagebrush-flat", "3,200 acre-ft in m3", round(3200 * 1233.48, -4), "約395万立方メートル"),
    ("clean-sagebrush-flat", "Q1 2027", "Jan-Mar", "2027年1〜3月期"),
    ("clean-kettle-lake", "07:00 -05 in JST", jst(2026, 2, 24, 7, 0, -5), "日本時間同日午後9時"),
    ("clean-kettle-lake", "410/640", round(410 / 640, 2), "約6割"),
    ("clean-kettle-lake", "8.20-7.00 $/lb", round(8.2 - 7.0, 2), "約1.2米ドル"),
    ("clean-kettle-lake", "1.2 $/lb per t", round(1.2 * 2204.62, -2), "約2600米ドル"),
    ("clean-kettle-lake", "1 Apr 2026 + 18 months", "2027-10", "2027年10月"),
    ("clean-kettle-lake", "Monday = 23 Feb", wd(2026, 2, 23), "23日(月曜日)"),
    ("clean-kettle-lake", "2026-1968", 2026 - 1968, "58年近く"),
    ("clean-lufira-sud", "158,300/210,000", round(158300 / 210000 * 100), "約75%"),
    ("clean-lufira-sud", "210,000-158,300", man(210000 - 158300), "約5万1700トン"),
    ("clean-lufira-sud", "110/150", round(110 / 150, 2), "約7割"),
    ("clean-lufira-sud", "150-110 MW", 150 - 110, "40メガワット"),
    ("clean-lufira-sud", "2,700-1,600 km", 2700 - 1600, "1100キロ短い"),
    ("clean-lufira-sud", "mardi = 17 Nov", wd(2026, 11, 17), "17日(火曜日)"),
    ("clean-saguaro-pipeline", "15:00 -07 in JST", jst(2026, 5, 12, 15, 0, -7), "日本時間13日午前7時過ぎ"),
    ("clean-saguaro-pipeline", "48 mi in km", round(48 * 1.609344), "約77キロ"),
    ("clean-saguaro-pipeline", "14,000 acre-ft in m3", round(14000 * 1233.48, -5), "約1730万立方メートル"),
    ("clean-saguaro-pipeline", "120,000 short t in t", round(120000 * 0.90718474, -3), "約10万9000トン"),
    ("clean-saguaro-pipeline", "Q4 / Q3", "Oct-Dec / Jul-Sep", "10〜12月期"),
    ("clean-carn-brea-lithium", "9 of 12", 9 / 12, "4分の3"),
    ("clean-carn-brea-lithium", "320*3/4", 320 * 3 / 4, "240人以上"),
    ("clean-carn-brea-lithium", "25 mi in km", round(25 * 1.609344), "約40キロ"),
    ("clean-carn-brea-lithium", "2026-1998", 2026 - 1998, "28年ぶり"),
    ("clean-carn-brea-lithium", "10:00-16:00", 16 - 10, "6時間"),
    ("clean-carn-brea-lithium", "85/620", round(85 / 620 * 100), "約14%"),
    ("clean-carn-brea-lithium", "H2 2029", "Jul-Dec", "2029年7〜12月"),
    ("clean-serra-do-jacu", "06:00 -03 in JST", jst(2026, 12, 8, 6, 0, -3), "日本時間同日午後6時"),
    ("clean-serra-do-jacu", "14,000*12.5%", 14000 * 0.125, "約1750トン"),
    ("clean-serra-do-jacu", "19,000/24,000 .. 21,000/24,000", (round(19 / 24, 2), round(21 / 24, 2)), "約8〜9割"),
    ("clean-serra-do-jacu", "24,000/78,000", round(24000 / 78000, 2), "3分の1近く"),
    ("clean-serra-do-jacu", "1,150*0.6", 1150 * 0.6, "約690人"),
    # correct derived values standing in the err digests
    ("err-karrinyup-spodumene", "1-780/1,150", round((1 - 780 / 1150) * 100), "約32%"),
    ("err-karrinyup-spodumene", "08:55 +08 in JST", jst(2026, 3, 10, 8, 55, 8), "日本時間同日午前9時55分"),
    ("err-karrinyup-spodumene", "260,000-225,000 .. 260,000-210,000", (35000, 50000), "3万5000〜5万トン"),
    ("err-karrinyup-spodumene", "3.4/2.1", round(3.4 / 2.1 - 1, 2), "約6割"),
    ("err-kahlenau-genehmigung", "96 Mt * 1.4%", round(96e6 * 0.014, -4), "約134万トン"),
    ("err-lembah-tiga-hpal", "2,700/3,200", round(2700 / 3200 * 100), "約84%"),
    ("err-lembah-tiga-hpal", "250 MW in kW", 250 * 1000, "25万キロワット"),
    ("err-montbrisac-lithium", "8.4-7.3 pt", round(8.4 - 7.3, 1), "1.1ポイント"),
    ("err-montbrisac-lithium", "lundi = 16 Feb", wd(2026, 2, 16), "16日(月曜日)"),
    ("err-los-condores-huelga", "08:00 -04 in JST", jst(2026, 4, 14, 8, 0, -4), "日本時間同日午後9時"),
    ("err-los-condores-huelga", "1,480/2,300", round(1480 / 2300 * 100), "約64%"),
    ("err-los-condores-huelga", "5.12 $/lb per t", round(5.12 * 2204.62, -2), "約1万1300ドル"),
    ("err-los-condores-huelga", "1,150*7", 1150 * 7, "約8050トン"),
    ("err-balintawak-fid", "2,100*0.8", 2100 * 0.8, "約1680人"),
    ("err-akzhar-q3", "235,000-177,400 .. 245,000-177,400", (57600, 67600), "5万7600〜6万7600トン"),
    ("err-akzhar-q3", "88-85.6 pt", round(88 - 85.6, 1), "2.4ポイント"),
    ("err-akzhar-q3", "1.07-0.98", round(1.07 - 0.98, 2), "9セント"),
    ("err-kitahama-nickel-guidance", "1-410/570", round((1 - 410 / 570) * 100), "28%の減益"),
    ("err-kitahama-nickel-guidance", "7.5-6.8", round(7.5 - 6.8, 1), "0.7ドル"),
    ("err-kitahama-nickel-guidance", "33,000/36,000", round(33000 / 36000, 2), "9割強"),
    ("err-hardtwiesen-lithium", "24,000/1,800", round(24000 / 1800, 1), "約13倍"),
    ("err-hardtwiesen-lithium", "9 MW in kW", 9000, "9000キロワット"),
    ("err-tsagaan-uul", "100-34", 100 - 34, "66%"),
    ("err-tsagaan-uul", "2,400*0.9", 2400 * 0.9, "約2160人"),
    ("err-zimbabwe-lithium-royalty", "11:00 +02 in JST", jst(2026, 8, 18, 11, 0, 2), "日本時間同日午後6時"),
    ("err-zimbabwe-lithium-royalty", "130/480", round(130 / 480 * 100), "約27%"),
    ("err-zimbabwe-lithium-royalty", "7-5 pt", 7 - 5, "2ポイント"),
    ("err-kumul-ridge", "310,000 oz in t", round(310000 * 31.1034768 / 1e6, 1), "約9.6トン"),
    ("err-kumul-ridge", "1,300/2,900", round(1300 / 2900, 2), "4割強"),
]

LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}


def main():
    fails = []
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    langs, nerr, nwarn = {}, 0, 0
    yoten = shutil.which("yoten") or "/tmp/bcv337/bin/yoten"
    for c in cases:
        meta, paras = read_spec(HERE / "specs" / f"{c.name}.txt")
        langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
        digest = (c / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        art = "\n".join(paras)
        if meta["lang"] == "ja":
            n = len(re.sub(r"\s", "", art))
            if not 600 <= n <= 700:
                fails.append(f"{c.name}: Japanese article {n} chars")
        else:
            n = len(art.split())
            if not 300 <= n <= 350:
                fails.append(f"{c.name}: article {n} words")
        dn = len(re.sub(r"\s", "", digest))
        if not 950 <= dn <= 1400:
            fails.append(f"{c.name}: digest {dn} chars")
        for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
            if m not in digest:
                fails.append(f"{c.name}: no {m}")
        if "source.html" not in {p.name for p in c.iterdir()}:
            fails.append(f"{c.name}: no source.html")
        if c.name.startswith("clean-"):
            if exp != {"clean": True, "findings": []}:
                fails.append(f"{c.name}: clean case with findings")
            d = dt.datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
            if f"{meta['title']}  {meta['outlet']} {d}" not in digest or meta["url"] + "\n" not in digest + "\n":
                fails.append(f"{c.name}: citation differs from source")
        else:
            f = exp["findings"]
            errs = [x for x in f if x["severity"] == "error"]
            warns = [x for x in f if x["severity"] == "warning"]
            if exp["clean"] or len(f) != 3 or len(errs) != 2 or len(warns) != 1:
                fails.append(f"{c.name}: expected 2 errors + 1 warning")
            if any(x["kind"] != "mismatch" for x in errs) or any(x["kind"] not in WARN_KINDS for x in warns):
                fails.append(f"{c.name}: bad kinds")
            for x in f:
                if x["span"] not in digest:
                    fails.append(f"{c.name}: span not verbatim: {x['span']}")
            nerr += len(errs)
            nwarn += len(warns)
        r = subprocess.run([yoten, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            fails.append(f"{c.name}: yoten parse rc={r.returncode}: {r.stderr[-200:]}")
        else:
            cit = json.loads(r.stdout).get("sources") or []
            if not cit or cit[0].get("outlet") in (None, ""):
                fails.append(f"{c.name}: parse found no citation")
    for case, what, value, text in DERIVED:
        if text not in (HERE / "cases" / case / "digest.txt").read_text(encoding="utf-8"):
            fails.append(f"{case}: derived '{what}' = {value}: '{text}' not in digest")
    nclean = sum(c.name.startswith("clean-") for c in cases)
    print(f"cases: {len(cases)} (clean {nclean}, err {len(cases) - nclean})")
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"planted findings: {nerr + nwarn} (errors {nerr}, warnings {nwarn})")
    print(f"derived values checked: {len(DERIVED)}")
    if len(cases) != 24 or nclean != 12 or langs != LANGS or nerr != 24 or nwarn != 12:
        fails.append("counts differ from the brief")
    for x in fails:
        print("FAIL", x)
    print("OK" if not fails else f"{len(fails)} failure(s)")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
