#!/usr/bin/env python3
"""Sanity checks for check-holdout-297 (run from anywhere).

Checks: 24 cases (12 clean, 12 err), files present, expected.json shape and
labels (clean: none; err: 2 mismatch/error + 1 warning), every span verbatim in
digest.txt, digest sizes (950-1,400 chars), source sizes (300-350 words;
Japanese 600-700 characters), languages, HTML metadata, citation line
(title, outlet, date in the outlet's offset, canonical URL for clean cases),
every derived value recomputed in Python, and `yoten parse` on each digest.
"""
import datetime as dt
import json
import pathlib
import re
import shutil
import subprocess
import sys
sys.dont_write_bytecode = True

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import parse_spec  # noqa: E402

JST = dt.timezone(dt.timedelta(hours=9))
WD = "月火水木金土日"


def jst(s):
    """ISO local time with offset -> 'D日H時M分' in Japan time."""
    t = dt.datetime.fromisoformat(s).astimezone(JST)
    return t


def wd(y, m, d):
    return WD[dt.date(y, m, d).weekday()]


# (case, what, computed value, text that must stand in digest.txt)
DERIVED = [
    ("clean-quantum-consortium", "Tuesday before Wed 11 Feb 2026", f"10日({wd(2026,2,10)})", "10日(火)"),
    ("clean-quantum-consortium", "48.6m / 5 years", round(48.6e6 / 5), "年平均約970万ドル"),
    ("clean-quantum-consortium", "35 + 60", 35 + 60, "計95人"),
    ("clean-quantum-consortium", "48.6 / 210", round(48.6 / 210, 3), "2割強"),
    ("clean-quantum-consortium", "12,000 sq ft in m2", round(12000 * 0.09290304, 1), "約1100平方メートル"),
    ("clean-quantum-consortium", "2 p.m. EST Tue 10 Feb -> JST", jst("2026-02-10T14:00-05:00").strftime("%d %H:%M"), "日本時間11日午前4時"),
    ("clean-quantum-consortium", "31% - 24%", 31 - 24, "7ポイント"),
    ("clean-quantum-consortium", "second quarter", "Apr-Jun", "4〜6月期"),
    ("clean-tuition-freeze", "Wednesday before Thu 22 Jan 2026", f"21日({wd(2026,1,21)})", "21日(水)"),
    ("clean-tuition-freeze", "41 / 64", round(41 / 64, 3), "6割強"),
    ("clean-tuition-freeze", "210 / 3,500", round(210 / 3500, 3), "約6%"),
    ("clean-tuition-freeze", "11.30am GMT Wed 21 Jan -> JST", jst("2026-01-21T11:30+00:00").strftime("%d %H:%M"), "日本時間21日午後8時半"),
    ("clean-tuition-freeze", "£1.3bn", 1.3e9, "13億ポンド"),
    ("clean-tuition-freeze", "£150m", 150e6, "1億5000万ポンド"),
    ("clean-lab-safety-fund", "Wednesday before Thu 17 Sep 2026", f"16日({wd(2026,9,16)})", "16日(水)"),
    ("clean-lab-safety-fund", "Rs 1,240 crore (1 crore = 10^7)", 1240e7, "124億ルピー"),
    ("clean-lab-safety-fund", "1,240 crore / 3 years", round(1240e7 / 3), "年約41億ルピー"),
    ("clean-lab-safety-fund", "Rs 3.5 crore", 3.5e7, "3500万ルピー"),
    ("clean-lab-safety-fund", "Rs 400 crore", 400e7, "40億ルピー"),
    ("clean-lab-safety-fund", "Rs 60 crore", 60e7, "6億ルピー"),
    ("clean-lab-safety-fund", "58 / 140", round(58 / 140, 3), "約4割"),
    ("clean-lab-safety-fund", "27 - 19", 27 - 19, "8件増"),
    ("clean-lab-safety-fund", "4 pm IST Wed 16 Sep -> JST", jst("2026-09-16T16:00+05:30").strftime("%d %H:%M"), "日本時間同日午後7時半"),
    ("clean-lab-safety-fund", "FY2026-27..2028-29 (Apr-Mar)", "2026-04..2029-03", "2026〜28年度(2026年4月〜2029年3月)"),
    ("clean-cnra-postes", "mardi before mer 25 Nov 2026", f"24日({wd(2026,11,24)})", "24日(火)"),
    ("clean-cnra-postes", "1 250 - 870", 1250 - 870, "380人"),
    ("clean-cnra-postes", "380 / 870", round(380 / 870, 3), "約4割多い"),
    ("clean-cnra-postes", "3,2 Md€ / 4", 3.2e9 / 4, "年平均8億ユーロ"),
    ("clean-cnra-postes", "15 h Paris (+01:00) -> JST", jst("2026-11-24T15:00+01:00").strftime("%d %H:%M"), "日本時間24日午後11時"),
    ("clean-cnra-postes", "premier trimestre 2027", "Jan-Mar", "2027年1〜3月期"),
    ("clean-contratos-valdeora", "martes before mié 10 Jun 2026", f"9日({wd(2026,6,9)})", "9日(火)"),
    ("clean-contratos-valdeora", "1.850 - 1.420", 1850 - 1420, "430人分"),
    ("clean-contratos-valdeora", "430 / 1.420", round(430 / 1420, 3), "約3割の拡大"),
    ("clean-contratos-valdeora", "12.00 CEST -> JST", jst("2026-06-09T12:00+02:00").strftime("%d %H:%M"), "日本時間同日午後7時"),
    ("clean-contratos-valdeora", "42,6 millones", 42.6e6, "4260万ユーロ"),
    ("clean-contratos-valdeora", "20 %", 0.2, "定員の2割"),
    ("clean-ocean-drilling", "Wednesday before Thu 12 Nov 2026", f"11日({wd(2026,11,11)})", "11日(水)"),
    ("clean-ocean-drilling", "74 - 11", 74 - 11, "6300万ドル"),
    ("clean-ocean-drilling", "63 / 74", round(63 / 74, 3), "約85%"),
    ("clean-ocean-drilling", "120 nautical miles in km", round(120 * 1.852, 1), "沖合約220キロ"),
    ("clean-ocean-drilling", "56 - 42", 56 - 42, "14増やす"),
    ("clean-ocean-drilling", "2026 - 1998", 2026 - 1998, "28年"),
    ("clean-ocean-drilling", "3pm NZDT Wed 11 Nov -> JST", jst("2026-11-11T15:00+13:00").strftime("%d %H:%M"), "日本時間同日午前11時"),
    ("clean-ocean-drilling", "$185,000", 185000, "18万5000ドル"),
    ("clean-wakate-josei", "21 May 2026 weekday", wd(2026, 5, 21), "21日(木)"),
    ("clean-wakate-josei", "1 Jun 2026 weekday", wd(2026, 6, 1), "6月1日(月)"),
    ("clean-wakate-josei", "186 - 142", 186 - 142, "44億円"),
    ("clean-wakate-josei", "44 / 142", round(44 / 142, 3), "約3割増える"),
    ("clean-wakate-josei", "30 - 22.4", round(30 - 22.4, 1), "7.6ポイント"),
    ("clean-endowment-return", "Thursday before Fri 16 Oct 2026", f"15日({wd(2026,10,15)})", "15日(木)"),
    ("clean-endowment-return", "11.8 - 7.3", round(11.8 - 7.3, 1), "4.5ポイント"),
    ("clean-endowment-return", "FY ended June 30 2026", "2026-06", "2026年6月期"),
    ("clean-endowment-return", "$4.27 billion", 4.27e9, "42億7000万ドル"),
    ("clean-endowment-return", "196 / 4,270", round(196 / 4270, 4), "約4.6%"),
    ("clean-endowment-return", "196 / 1,100", round(196 / 1100, 3), "2割弱"),
    ("clean-endowment-return", "4 p.m. EDT Thu 15 Oct -> JST", jst("2026-10-15T16:00-04:00").strftime("%d %H:%M"), "日本時間16日午前5時"),
    ("clean-endowment-return", "$68,400", 68400, "6万8400ドル"),
    ("clean-hochschulvertrag", "Dienstag before Mi 14 Jan 2026", f"13日({wd(2026,1,13)})", "13日(火)"),
    ("clean-hochschulvertrag", "2,08 - 1,84 Mrd.", round(2.08 - 1.84, 2), "2億4000万ユーロ"),
    ("clean-hochschulvertrag", "0,24 / 1,84", round(0.24 / 1.84, 3), "約13%"),
    ("clean-hochschulvertrag", "1,84 * 1,025^5 (2,5 %/Jahr bis 2031)", round(1.84 * 1.025 ** 5, 2), "毎年2.5%ずつ伸びる計算"),
    ("clean-hochschulvertrag", "35 - 22", 35 - 22, "13ポイント"),
    ("clean-hochschulvertrag", "11 Uhr CET -> JST", jst("2026-01-13T11:00+01:00").strftime("%d %H:%M"), "日本時間同日午後7時"),
    ("clean-hochschulvertrag", "3,6 Mrd. Euro", 3.6e9, "約36億ユーロ"),
    ("clean-hochschulvertrag", "118.000", 118000, "約11万8000人"),
    ("clean-pavillon-sante", "mercredi before jeu 19 mars 2026", f"18日({wd(2026,3,18)})", "18日(水)"),
    ("clean-pavillon-sante", "268 - 212", 268 - 212, "5600万ドル"),
    ("clean-pavillon-sante", "56 / 268", round(56 / 268, 3), "約2割"),
    ("clean-pavillon-sante", "10 h 30 EDT -> JST", jst("2026-03-18T10:30-04:00").strftime("%d %H:%M"), "日本時間同日午後11時半"),
    ("clean-pavillon-sante", "exercice 2026-2027 (Apr-Mar)", "2027-03", "2027年3月期"),
    ("clean-pavillon-sante", "une soixantaine", 60, "約60人"),
    ("clean-phd-stipends", "Wednesday before Thu 3 Sep 2026", f"2日({wd(2026,9,2)})", "2日(水)"),
    ("clean-phd-stipends", "34,000 - 26,500", 34000 - 26500, "7500ドル"),
    ("clean-phd-stipends", "7,500 / 26,500", round(7500 / 26500, 3), "約3割引き上げ"),
    ("clean-phd-stipends", "1,960 x 7,500", 1960 * 7500, "年約1470万ドル"),
    ("clean-phd-stipends", "1,380 x 12 / 34,000", round(1380 * 12 / 34000, 3), "約半分"),
    ("clean-phd-stipends", "5 p.m. MDT Wed 2 Sep -> JST", jst("2026-09-02T17:00-06:00").strftime("%d %H:%M"), "日本時間3日午前8時"),
    ("clean-phd-stipends", "about a tenth", 0.1, "約1割"),
    ("clean-telescope-consortium", "Thursday = 19 Nov 2026", wd(2026, 11, 19), "19日(木)"),
    ("clean-telescope-consortium", "6 x 12", 6 * 12, "計7200万ドル"),
    ("clean-telescope-consortium", "72 / 96", 72 / 96, "4分の3"),
    ("clean-telescope-consortium", "24 / 96", 24 / 96, "4分の1"),
    ("clean-telescope-consortium", "98 ft in m", round(98 * 0.3048, 2), "約30メートル"),
    ("clean-telescope-consortium", "11 a.m. (-03:00) -> JST", jst("2026-11-19T11:00-03:00").strftime("%d %H:%M"), "日本時間19日午後11時"),
    ("clean-telescope-consortium", "first quarter of 2027", "Jan-Mar", "2027年1〜3月期"),
    ("clean-telescope-consortium", "10%", 0.1, "1割"),
    # correct derived values that stand in err digests too
    ("err-fusion-startup-grant", "27.5 + 19", 27.5 + 19, "4650万豪ドル"),
    ("err-fusion-startup-grant", "27.5 / 140", round(27.5 / 140, 3), "約2割"),
    ("err-fusion-startup-grant", "10am AEDT Tue 3 Mar -> JST", jst("2026-03-03T10:00+11:00").strftime("%d %H:%M"), "日本時間同日午前8時"),
    ("err-fusion-startup-grant", "FY2026-27 ending June", "2027-06", "2027年6月期"),
    ("err-fusion-startup-grant", "fourth quarter of 2027", "Oct-Dec", "2027年10〜12月期"),
    ("err-campus-housing", "612m / 2,400 beds", 612e6 / 2400, "約25万5000ドル"),
    ("err-campus-housing", "3,150 - 1,980", 3150 - 1980, "1170人増"),
    ("err-campus-housing", "165 ft in m", round(165 * 0.3048, 1), "約50メートル"),
    ("err-campus-housing", "612 - 480", 612 - 480, "1億3200万ドル"),
    ("err-campus-housing", "third quarter of 2027", "Jul-Sep", "2027年7〜9月期"),
    ("err-spitzenverbuende", "Donnerstag before Fr 27 Feb 2026", f"26日({wd(2026,2,26)})", "26日(木)"),
    ("err-spitzenverbuende", "14 Uhr CET -> JST", jst("2026-02-26T14:00+01:00").strftime("%d %H:%M"), "日本時間26日午後10時"),
    ("err-spitzenverbuende", "ein Viertel / drei Viertel", "1/4, 3/4", "連邦が4分の3、州が4分の1"),
    ("err-vaccine-institute", "95 + 40", 95 + 40, "計1億3500万ドル"),
    ("err-vaccine-institute", "40 / 135", round(40 / 135, 3), "州は約3割"),
    ("err-vaccine-institute", "11 a.m. EDT Wed 23 Sep -> JST", jst("2026-09-23T11:00-04:00").strftime("%d %H:%M"), "日本時間24日午前0時"),
    ("err-contrats-doctoraux", "96 - 78", 96 - 78, "18件"),
    ("err-contrats-doctoraux", "18 / 96", round(18 / 96, 4), "約2割減らす"),
    ("err-contrats-doctoraux", "19 h 30 (+02:00) mer 15 avr -> JST", jst("2026-04-15T19:30+02:00").strftime("%d %H:%M"), "日本時間16日午前2時半"),
    ("err-kenritsu-tougou", "1 Oct 2026 weekday", wd(2026, 10, 1), "1日(木)"),
    ("err-kenritsu-tougou", "58 / 4", 58 / 4, "年平均14億5000万円"),
    ("err-kenritsu-tougou", "22 / 58", round(22 / 58, 3), "全体の約4割"),
    ("err-kenritsu-tougou", "58 - 22", 58 - 22, "約36億円"),
    ("err-compute-credits", "Wednesday before Thu 25 Jun 2026", f"24日({wd(2026,6,24)})", "24日(水)"),
    ("err-compute-credits", "9am BST -> JST", jst("2026-06-24T09:00+01:00").strftime("%d %H:%M"), "日本時間同日午後5時"),
    ("err-journal-cancellations", "1,400 / 5,600", 1400 / 5600, "4分の1の購読"),
    ("err-journal-cancellations", "3:30 p.m. CST Thu 29 Jan -> JST", jst("2026-01-29T15:30-06:00").strftime("%d %H:%M"), "日本時間30日午前6時半"),
    ("err-becas-cicn", "480 / 1.120", round(480 / 1120, 3), "約4割減り"),
    ("err-becas-cicn", "$ 48.000 millones", 48000e6, "480億ペソ"),
    ("err-rechenzentrum", "86 - 43 - 30", 86 - 43 - 30, "1300万ユーロ"),
    ("err-rechenzentrum", "4,2 GWh in kWh", 4.2e6, "420万キロワット時"),
    ("err-rechenzentrum", "10.30 Uhr CEST -> JST", jst("2026-09-08T10:30+02:00").strftime("%d %H:%M"), "日本時間同日午後5時半"),
    ("err-arctic-station", "21 / 31.5", round(21 / 31.5, 3), "3分の2"),
    ("err-arctic-station", "31.5 - 21", 31.5 - 21, "1050万ドル"),
    ("err-arctic-station", "-40 °F in °C", round((-40 - 32) * 5 / 9, 1), "氷点下40度(摂氏でも華氏でも同じ)"),
    ("err-arctic-station", "1 p.m. AKST Wed 18 Feb -> JST", jst("2026-02-18T13:00-09:00").strftime("%d %H:%M"), "日本時間19日午前7時"),
    ("err-student-visa-fee", "1,100 - 620", 1100 - 620, "480ドル"),
    ("err-student-visa-fee", "480 / 620", round(480 / 620, 3), "約77%"),
    ("err-student-visa-fee", "12,500 / 84,000", round(12500 / 84000, 3), "約15%"),
    ("err-student-visa-fee", "FY ending March 2027", "2027-03", "2027年3月期"),
]

LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
CITE = re.compile(r"^(.*) (\d{4}\.\d{2}\.\d{2})$")


def main():
    errs = []
    ok = lambda c, m: c or errs.append(m)  # noqa: E731
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    names = [c.name for c in cases]
    ok(len(cases) == 24, f"{len(cases)} cases")
    clean = [n for n in names if n.startswith("clean-")]
    err = [n for n in names if n.startswith("err-")]
    ok(len(clean) == 12 and len(err) == 12, "12 clean / 12 err")
    langs = {}
    n_err = n_warn = 0
    kinds = {}
    yoten = shutil.which("yoten") or ("/tmp/bcv297/bin/yoten" if pathlib.Path("/tmp/bcv297/bin/yoten").exists() else None)
    parsed = 0
    for c in cases:
        n = c.name
        for f in ("source.html", "digest.txt", "expected.json"):
            ok((c / f).exists(), f"{n}: missing {f}")
        spec = HERE / "specs" / f"{n}.txt"
        ok(spec.exists(), f"{n}: missing spec")
        meta, paras = parse_spec(spec)
        langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
        body = "\n".join(paras)
        if meta["lang"] == "ja":
            size = len("".join(body.split()))
            ok(600 <= size <= 700, f"{n}: source {size} chars")
        else:
            size = len(body.split())
            ok(300 <= size <= 350, f"{n}: source {size} words")
        digest = (c / "digest.txt").read_text(encoding="utf-8")
        ok(950 <= len(digest) <= 1400, f"{n}: digest {len(digest)} chars")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        fs = exp["findings"]
        if n.startswith("clean-"):
            ok(exp["clean"] is True and fs == [], f"{n}: clean case has findings")
        else:
            ok(exp["clean"] is False and len(fs) == 3, f"{n}: err case needs 3 findings")
            e = [f for f in fs if f["severity"] == "error"]
            w = [f for f in fs if f["severity"] == "warning"]
            ok(len(e) == 2 and len(w) == 1, f"{n}: 2 errors + 1 warning")
            ok(all(f["kind"] == "mismatch" for f in e), f"{n}: errors must be mismatch")
            ok(all(f["kind"] in ("unsupported", "name", "spelling", "citation") for f in w), f"{n}: warning kind")
            ok(len({f["span"] for f in fs}) == 3, f"{n}: duplicate span")
            n_err += len(e)
            n_warn += len(w)
        for f in fs:
            kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
            ok(f["span"] in digest, f"{n}: span not in digest: {f['span']}")
        # html metadata
        html = (c / "source.html").read_text(encoding="utf-8")
        ok(f'<link rel="canonical" href="{meta["url"]}">' in html, f"{n}: canonical")
        ok(f'content="{meta["published"]}"' in html, f"{n}: published_time")
        ok('"@type": "NewsArticle"' in html and "<article>" in html, f"{n}: json-ld/article")
        ok("og:site_name" in html and "og:title" in html and "cookie" in html, f"{n}: og/cookie")
        # citation
        lines = [l.strip() for l in digest.splitlines() if l.strip()]
        i = lines.index("【引用・参照・底本】")
        m = CITE.match(lines[i + 1])
        ok(bool(m), f"{n}: citation line")
        if n.startswith("clean-") and m:
            want = f"{meta['title']} {meta['outlet']}"
            ok(m.group(1) == want, f"{n}: citation title/outlet")
            ok(m.group(2) == meta["published"][:10].replace("-", "."), f"{n}: citation date")
            ok(lines[i + 2] == meta["url"], f"{n}: citation url")
        for mark in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
            ok(mark in digest, f"{n}: missing {mark}")
        if yoten:
            r = subprocess.run([yoten, "parse", str(c / "digest.txt")], capture_output=True, text=True)
            ok(r.returncode == 0, f"{n}: yoten parse failed: {r.stderr[-300:]}")
            parsed += r.returncode == 0
    ok(langs == LANGS, f"languages {langs}")
    ok(n_err == 24 and n_warn == 12, f"errors {n_err}, warnings {n_warn}")
    # derived values: the correct text stands in the digest
    for case, what, value, text in DERIVED:
        d = (HERE / "cases" / case / "digest.txt").read_text(encoding="utf-8")
        ok(text in d, f"{case}: derived '{text}' ({what} = {value}) not in digest")
    print(f"cases: {len(cases)} (clean {len(clean)}, err {len(err)})")
    print(f"languages: {dict(sorted(langs.items()))}")
    print(f"planted findings: {n_err + n_warn} (error {n_err}, warning {n_warn}); kinds {dict(sorted(kinds.items()))}")
    print(f"derived values checked: {len(DERIVED)}")
    print(f"yoten parse: {parsed}/{len(cases)} ok" if yoten else "yoten parse: skipped (yoten not found)")
    if errs:
        print("FAIL")
        for e in errs:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
