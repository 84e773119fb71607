#!/usr/bin/env python3
"""Sanity checks for check-holdout-325. Run: python3 verify.py"""
import datetime as dt, json, os, pathlib, re, shutil, subprocess, sys

sys.dont_write_bytecode = True
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import parse  # noqa: E402

WD = "月火水木金土日"
JST = dt.timezone(dt.timedelta(hours=9))


def wd(y, m, d):
    return f"{d}日({WD[dt.date(y, m, d).weekday()]})"


def jst(iso):
    t = dt.datetime.fromisoformat(iso).astimezone(JST)
    return t


def man_oku(x):  # integer -> 万/億/兆 notation
    out, x = "", int(round(x))
    for unit, v in (("兆", 10**12), ("億", 10**8), ("万", 10**4)):
        if x >= v:
            out += f"{x // v}{unit}"; x %= v
    return out + (str(x) if x else "")


# (case, derived string that must stand in digest.txt, how it was computed)
D = [
 ("clean-uk-pension-uprating", wd(2026, 4, 7), "published Tue 7 Apr 2026 'on Tuesday'"),
 ("clean-uk-pension-uprating", wd(2026, 4, 13), "'on Monday' after Tue 7 Apr"),
 ("clean-uk-pension-uprating", f"週{239.70-230.25:.2f}ポンド", "239.70-230.25"),
 ("clean-uk-pension-uprating", f"約{round(9.45*52)}ポンド", "9.45*52=491.4"),
 ("clean-uk-pension-uprating", f"{100-31-44}%", "100-31-44"),
 ("clean-uk-pension-uprating", f"{2026-2011}年", "2026-2011"),
 ("clean-uk-pension-uprating", f"{jst('2026-04-07T16:30:00+01:00').day}日午前0時30分", "16:30 BST -> JST"),
 ("clean-uk-pension-uprating", man_oku(12.6e6) + "人", "12.6 million"),
 ("clean-fr-deficit-retraites", f"{round((15-6.6)*10)}億ユーロ拡大", "15-6.6=8.4 Mrd"),
 ("clean-fr-deficit-retraites", wd(2026, 3, 3), "mardi before Wed 4 Mar"),
 ("clean-fr-deficit-retraites", wd(2026, 3, 4), "mercredi"),
 ("clean-fr-deficit-retraites", f"日本時間{jst('2026-03-04T18:00:00+01:00').day}日午前{jst('2026-03-04T18:00:00+01:00').hour}時", "18 h Paris -> JST"),
 ("clean-fr-deficit-retraites", man_oku(17.2e6) + "人", "17,2 millions"),
 ("clean-fr-deficit-retraites", "約24万人", "240 000"),
 ("clean-ja-nenkin-kaitei", wd(2026, 1, 23), "23日"),
 ("clean-ja-nenkin-kaitei", wd(2026, 6, 15), "6月15日"),
 ("clean-ja-nenkin-kaitei", f"{70625-69308}円", "70625-69308"),
 ("clean-ja-nenkin-kaitei", f"{237207-232784}円", "237207-232784"),
 ("clean-ja-nenkin-kaitei", f"約{round((237207-232784)*12, -3)//10000:.0f}万{round((237207-232784)*12,-3)%10000:.0f}円", "4423*12=53076"),
 ("clean-au-super-changes", "2027年6月期", "2026-27 financial year ends 30 Jun 2027"),
 ("clean-au-super-changes", "1〜3月期", "March quarter"),
 ("clean-au-super-changes", f"{210-200}万豪ドル", "2.1m-2m"),
 ("clean-au-super-changes", f"{402-312}万豪ドル".replace("90万", "9万"), "402,000-312,000=90,000"),
 ("clean-au-super-changes", "約2割", f"(402-312)/402={(402-312)/402:.3f}"),
 ("clean-au-super-changes", f"約{round(12000*0.40468564)}ヘクタール", "12,000 acres*0.4047"),
 ("clean-au-super-changes", wd(2026, 6, 30), "'on Tuesday' before Wed 1 Jul"),
 ("clean-au-super-changes", f"日本時間同日午前{jst('2026-06-30T11:00:00+10:00').hour}時", "11am AEST -> JST"),
 ("clean-au-super-changes", "0.5ポイント", "half a percentage point"),
 ("clean-de-umwandlungssatz", wd(2026, 9, 27), "am Sonntag"),
 ("clean-de-umwandlungssatz", "約6割", f"16/26={16/26:.3f}"),
 ("clean-de-umwandlungssatz", f"{6.8-6.0:.1f}ポイント", "6,8-6,0"),
 ("clean-de-umwandlungssatz", f"約{round(800/6800*100)}%", "800/6800"),
 ("clean-de-umwandlungssatz", f"午後{jst('2026-09-27T16:00:00+02:00').hour-12}時", "16 Uhr CEST -> JST 23h"),
 ("clean-de-umwandlungssatz", f"{0.24/2:.2f}%", "0,24/2"),
 ("clean-de-umwandlungssatz", "約113億", "11,3 Mrd."),
 ("clean-de-umwandlungssatz", "約120万人", "1,2 Mio."),
 ("clean-ph-contribution-hike", wd(2026, 1, 12), "'on Monday' before Tue 13 Jan"),
 ("clean-ph-contribution-hike", f"月{int(40000*0.05)}ペソ", "40,000*5%"),
 ("clean-ph-contribution-hike", f"月{int(40000*0.05)+int(40000*0.10)}ペソ", "2,000+4,000"),
 ("clean-ph-contribution-hike", f"{round((1500/1200-1)*100)}%増", "1500/1200"),
 ("clean-ph-contribution-hike", f"{2055-2047}年延びる", "2055-2047"),
 ("clean-ph-contribution-hike", "4割に届かない", f"16/42.6={16/42.6:.3f}"),
 ("clean-ph-contribution-hike", f"日本時間午後{jst('2026-01-12T14:00:00+08:00').hour-12}時", "2 p.m. PHT -> JST"),
 ("clean-us-state-pension-funding", "2026年6月期", "fiscal year ended June 30, 2026"),
 ("clean-us-state-pension-funding", wd(2026, 12, 1), "'Tuesday' before Thu 3 Dec"),
 ("clean-us-state-pension-funding", f"{71.4-68.9:.1f}ポイント", "71.4-68.9"),
 ("clean-us-state-pension-funding", f"{round((20.3-18.7)*10)}億ドル縮小", "20.3-18.7"),
 ("clean-us-state-pension-funding", f"{9.6-7:.1f}ポイント", "9.6-7"),
 ("clean-us-state-pension-funding", f"{7-6.75:.2f}ポイント", "7-6.75"),
 ("clean-us-state-pension-funding", f"日本時間{jst('2026-12-01T16:15:00-06:00').day}日午前{jst('2026-12-01T16:15:00-06:00').hour}時15分", "4:15 p.m. CST Tue -> JST"),
 ("clean-us-state-pension-funding", "14億2000万ドル", "$1.42 billion"),
 ("clean-es-senado-cotizacion", wd(2026, 3, 18), "el miércoles before Thu 19 Mar"),
 ("clean-es-senado-cotizacion", "6割強", f"31/(31+17)={31/48:.3f}"),
 ("clean-es-senado-cotizacion", f"{250000-224004}".replace("25996", "2万5996") + "ペソ", "250.000-224.004"),
 ("clean-es-senado-cotizacion", f"約{(250000/224004-1)*100:.1f}%", "250000/224004"),
 ("clean-es-senado-cotizacion", "半分にも届かない", f"86000/198000={86000/198000:.3f}"),
 ("clean-es-senado-cotizacion", "約230万人", "2,3 millones"),
 ("clean-za-two-pot-withdrawals", wd(2026, 8, 24), "'on Monday' before Tue 25 Aug"),
 ("clean-za-two-pot-withdrawals", "578億ランド", "R57.8bn"),
 ("clean-za-two-pot-withdrawals", "約2割", f"11.2/57.8={11.2/57.8:.3f}"),
 ("clean-za-two-pot-withdrawals", f"{(65-30)*5000//10000}万{(65-30)*5000%10000}ランド", "(65-30)*5000"),
 ("clean-za-two-pot-withdrawals", f"日本時間午後{jst('2026-08-24T10:00:00+02:00').hour-12}時", "10am SAST -> JST"),
 ("clean-nz-budget-savings", wd(2026, 5, 21), "'today' = Thu 21 May"),
 ("clean-nz-budget-savings", "2027年6月期", "2026/27 year ends 30 Jun 2027"),
 ("clean-nz-budget-savings", f"日本時間午前{jst('2026-05-21T14:00:00+12:00').hour}時", "2pm NZST -> JST"),
 ("clean-nz-budget-savings", f"{4-3}ポイント", "4%-3%"),
 ("clean-nz-budget-savings", "約102万人", "1.02 million"),
 ("clean-nz-budget-savings", "約3分の1", "roughly a third"),
 ("clean-nz-budget-savings", "約14億NZドル", "$1.4 billion"),
 ("clean-fr-caisse-municipale", wd(2026, 10, 28), "mercredi before Thu 29 Oct"),
 ("clean-fr-caisse-municipale", "1〜6月", "premier semestre"),
 ("clean-fr-caisse-municipale", f"{round((84.2-79.6)*10)}億ドル増", "84,2-79,6"),
 ("clean-fr-caisse-municipale", f"{9.5-9:.1f}ポイント", "9,5-9"),
 ("clean-fr-caisse-municipale", f"年約{round(70000*0.005)}ドル", "70 000*0,5%"),
 ("clean-fr-caisse-municipale", f"約{round(450000*0.09290304, -2)//10000:.0f}万{round(450000*0.09290304,-2)%10000:.0f}平方メートル", "450 000 sq ft*0.0929"),
 ("clean-fr-caisse-municipale", f"日本時間午後{jst('2026-10-29T10:00:00-04:00').hour-12}時", "10 h EDT -> JST"),
 ("clean-fr-caisse-municipale", f"{7.3-5.9:.1f}ポイント", "7,3-5,9"),
 ("clean-fr-caisse-municipale", f"{2.6-2.1:.1f}ポイント", "2,6-2,1"),
 ("clean-ke-contribution-ceiling", wd(2026, 2, 2), "'on Monday' before Tue 3 Feb"),
 ("clean-ke-contribution-ceiling", f"月{int(36000*0.06)}シリングから{int(72000*0.06)}シリング", "6% of 36,000 / 72,000"),
 ("clean-ke-contribution-ceiling", f"月{int(72000*0.06)*2}シリング", "4,320*2"),
 ("clean-ke-contribution-ceiling", f"約{round(3.1/19.8*100)}%", "3.1/19.8"),
 ("clean-ke-contribution-ceiling", f"日本時間午後{jst('2026-02-02T15:00:00+03:00').hour-12}時", "3pm EAT -> JST"),
 ("clean-ke-contribution-ceiling", "4800億シリング", "Sh480 billion"),
 # correct derived values standing in err digests too
 ("err-us-cola-2027", wd(2026, 10, 14), "Wednesday"),
 ("err-us-cola-2027", f"{2.8-2.6:.1f}ポイント", "2.8-2.6"),
 ("err-us-cola-2027", f"日本時間{jst('2026-10-14T08:30:00-04:00').day}日午後{jst('2026-10-14T08:30:00-04:00').hour-12}時30分", "8:30 a.m. ET -> JST"),
 ("err-us-cola-2027", f"{216.40-202.90:.2f}ドル", "216.40-202.90"),
 ("err-us-cola-2027", f"{100-77}%削減", "100-77"),
 ("err-de-rentenanpassung", f"{4.24-3.74:.1f}ポイント", "4,24-3,74"),
 ("err-de-rentenanpassung", f"{1913.38-1835.55:.2f}ユーロ", "1913,38-1835,55"),
 ("err-de-rentenanpassung", "約2130万人", "21,3 Mio."),
 ("err-de-rentenanpassung", "387億ユーロ", "38,7 Mrd."),
 ("err-es-nomina-pensiones", wd(2026, 1, 27), "este martes"),
 ("err-es-nomina-pensiones", wd(2026, 1, 26), "el lunes"),
 ("err-es-nomina-pensiones", f"約2万{round(1512.30*14)-20000}ユーロ", "1512,30*14"),
 ("err-ca-pension-fund-q3", "2026年3月期の第3四半期(2025年10〜12月)", "fiscal Q3, year ending 31 Mar 2026"),
 ("err-ca-pension-fund-q3", f"{round((742.6-714.2)*10)}億カナダドル増えた", "742.6-714.2 (stated 28.4)"),
 ("err-ca-pension-fund-q3", f"約{round(2.4e6*0.09290304, -3)//10000:.0f}万{round(2.4e6*0.09290304,-3)%10000:.0f}平方メートル", "2.4m sq ft"),
 ("err-fr-malus-pension-belge", wd(2026, 11, 17), "mardi soir"),
 ("err-fr-malus-pension-belge", f"日本時間{jst('2026-11-17T23:30:00+01:00').day}日午前{jst('2026-11-17T23:30:00+01:00').hour}時30分", "23 h 30 CET -> JST"),
 ("err-fr-malus-pension-belge", f"{1850-1760}ユーロ", "1850-1760"),
 ("err-fr-malus-pension-belge", "12月3日" + f"({WD[dt.date(2026,12,3).weekday()]})", "3 décembre"),
 ("err-ie-auto-enrolment", wd(2026, 1, 1), "'on Thursday' before Fri 2 Jan"),
 ("err-ie-auto-enrolment", f"合計は{600+600+200}ユーロ", "600+600+200"),
 ("err-in-provident-rate", "2026年3月期", "2025-26, ends 31 Mar 2026"),
 ("err-in-provident-rate", man_oku(2.34e5*1e7) + "ルピー", "Rs 2.34 lakh crore"),
 ("err-in-provident-rate", man_oku(27.4e5*1e7) + "ルピー", "Rs 27.4 lakh crore"),
 ("err-in-provident-rate", man_oku(1240*1e7) + "ルピー", "Rs 1,240 crore"),
 ("err-in-provident-rate", man_oku(5.08e7) + "件", "5.08 crore"),
 ("err-in-provident-rate", f"日本時間午後{jst('2026-02-28T11:00:00+05:30').hour-12}時30分", "11 am IST -> JST"),
 ("err-ja-tsumitatekin-unyo", wd(2026, 5, 29), "29日"),
 ("err-ja-tsumitatekin-unyo", "5割強", f"9.84/18.423={9.84/18.423:.3f}"),
 ("err-ja-tsumitatekin-unyo", man_oku((9.84+6.12)*1e12) + "円", "9.84+6.12 trillion"),
 ("err-kr-pension-reform-vote", wd(2026, 3, 26), "on Thursday"),
 ("err-kr-pension-reform-vote", f"{43-41.5:.1f}ポイント", "43-41.5"),
 ("err-kr-pension-reform-vote", f"{2071-2056}年延びる", "2071-2056"),
 ("err-kr-pension-reform-vote", f"{13/2}%", "13/2 per side"),
 ("err-at-pensionsanpassung", wd(2026, 9, 9), "am Mittwoch"),
 ("err-at-pensionsanpassung", f"{4.6-2.7:.1f}ポイント", "4,6-2,7"),
 ("err-uk-pension-credit-takeup", wd(2026, 11, 25), "Wednesday's Budget"),
 ("err-uk-pension-credit-takeup", f"{65-63}ポイント", "65-63"),
 ("err-uk-pension-credit-takeup", f"{78-52}ポイント", "78-52"),
 ("err-us-disability-backlog", wd(2026, 6, 15), "on Monday"),
 ("err-us-disability-backlog", f"{(1.16-1.04)*100:.0f}万件減", "1.16m-1.04m"),
 ("err-us-disability-backlog", f"日本時間{jst('2026-06-15T09:30:00-07:00').day}日午前{jst('2026-06-15T09:30:00-07:00').hour}時30分", "9:30 PDT -> JST"),
]


def main():
    fails, n_err, n_warn, langs = [], 0, 0, {}
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    yoten = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv325/bin/yoten"
    for c in cases:
        meta, paras = parse(HERE / "specs" / f"{c.name}.txt")
        langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
        dg = (c / "digest.txt").read_text(encoding="utf-8")
        ex = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        src = (c / "source.html").read_text(encoding="utf-8")
        body = " ".join(paras)
        size = len(re.sub(r"\s", "", body)) if meta["lang"] == "ja" else len(body.split())
        lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
        if not lo <= size <= hi: fails.append(f"{c.name}: source size {size}")
        if not 950 <= len(dg) <= 1400: fails.append(f"{c.name}: digest size {len(dg)}")
        for tag in ("<article>", 'og:site_name', 'og:title', 'rel="canonical"', "article:published_time",
                    '"NewsArticle"', "<nav>", "cookie", 'class="related"', "<footer>"):
            if tag not in src: fails.append(f"{c.name}: source.html lacks {tag}")
        if ".example" not in meta["url"]: fails.append(f"{c.name}: url not .example")
        if c.name.startswith("clean-"):
            if ex != {"clean": True, "findings": []}: fails.append(f"{c.name}: clean case with findings")
            cite = f"{meta['title']} {meta['outlet']} {meta['published'][:10].replace('-', '.')}"
            if cite not in dg or meta["url"] not in dg.split("\n"):
                fails.append(f"{c.name}: citation differs")
        else:
            f = ex["findings"]
            if ex["clean"] or len(f) != 3: fails.append(f"{c.name}: err case needs 3 findings")
            for x in f:
                if x["span"] not in dg: fails.append(f"{c.name}: span not verbatim: {x['span']}")
                if x["severity"] == "error": n_err += x["kind"] == "mismatch"
                else: n_warn += x["kind"] in ("unsupported", "name", "spelling", "citation")
            if sum(x["severity"] == "error" for x in f) != 2: fails.append(f"{c.name}: needs 2 errors")
        r = subprocess.run([yoten, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0: fails.append(f"{c.name}: yoten parse rc={r.returncode}")
    for case, s, how in D:
        if s not in (HERE / "cases" / case / "digest.txt").read_text(encoding="utf-8"):
            fails.append(f"{case}: derived value {s!r} ({how}) not in digest")
    n_clean = sum(c.name.startswith("clean-") for c in cases)
    print(f"cases: {len(cases)} (clean {n_clean}, err {len(cases) - n_clean})")
    print(f"languages: {dict(sorted(langs.items()))}")
    print(f"planted: {n_err + n_warn} ({n_err} mismatch/error, {n_warn} warnings)")
    print(f"derived values checked: {len(D)}")
    if len(cases) != 24 or n_clean != 12 or n_err != 24 or n_warn != 12 or \
            langs != {"de": 3, "en": 14, "es": 2, "fr": 3, "ja": 2}:
        fails.append("counts differ from the brief")
    for f in fails: print("FAIL", f)
    print("OK" if not fails else f"{len(fails)} failures")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
