#!/usr/bin/env python3
"""Sanity checks for check-holdout-339 (run from anywhere)."""
import datetime as dt, json, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from gen import parse  # noqa: E402

D = dt.date
def wd(y, m, d): return "月火水木金土日"[D(y, m, d).weekday()]
def jst(y, mo, d, h, mi, off): return (dt.datetime(y, mo, d, h, mi) + dt.timedelta(hours=9 - off)).strftime("%d日%H:%M")
MI, FT, ACRE = 1.609344, 0.3048, 0.40468564224

# (case, derived value in digest, python value, expected)
DERIVED = [
    ("clean-colorado-hail", "9日(火)", wd(2026, 6, 9), "火"),
    ("clean-colorado-hail", "日本時間10日午前6時15分", jst(2026, 6, 9, 15, 15, -6), "10日06:15"),
    ("clean-colorado-hail", "7万9500件", 48000 + 31500, 79500),
    ("clean-colorado-hail", "約6割", round(48000 / 79500, 2), 0.6),
    ("clean-colorado-hail", "約7センチ", round(2.75 * 2.54), 7),
    ("clean-colorado-hail", "幅約23キロ", round(14 * MI), 23),
    ("clean-colorado-hail", "80人増", 340 - 260, 80),
    ("clean-colorado-hail", "12日(金)", wd(2026, 6, 12), "金"),
    ("err-delphine-landfall", "13日(日)", wd(2026, 9, 13), "日"),
    ("err-delphine-landfall", "日本時間13日午後4時", jst(2026, 9, 13, 2, 0, -5), "13日16:00"),
    ("err-delphine-landfall", "約3.4メートル", round(11 * FT, 1), 3.4),
    ("err-delphine-landfall", "4400人減", 6300 - 1900, 4400),
    ("err-delphine-landfall", "(planted) 130mph ->", round(130 * MI), 209),
    ("clean-montclar-crue", "3日(火)", wd(2026, 3, 3), "火"),
    ("clean-montclar-crue", "約65%", round(27600 / 42500 * 100), 65),
    ("clean-montclar-crue", "1万4900件", 42500 - 27600, 14900),
    ("clean-montclar-crue", "8ポイント", 20 - 12, 8),
    ("clean-montclar-crue", "20日(金)", wd(2026, 3, 20), "金"),
    ("clean-montclar-crue", "5日(木)", wd(2026, 3, 5), "木"),
    ("err-allgaeu-hagel", "(planted 13日(火)) Montag", wd(2026, 7, 13), "月"),
    ("err-allgaeu-hagel", "約6割", round(1.1 / 1.9, 2), 0.58),
    ("err-allgaeu-hagel", "日本時間14日午前0時から2時", jst(2026, 7, 13, 17, 0, 2) + "-" + jst(2026, 7, 13, 19, 0, 2), "14日00:00-14日02:00"),
    ("err-allgaeu-hagel", "5.6ポイント", round(97.4 - 91.8, 1), 5.6),
    ("err-allgaeu-hagel", "8月6日(木)", wd(2026, 8, 6), "木"),
    ("clean-oaxaca-sismo", "20日(火)", wd(2026, 10, 20), "火"),
    ("clean-oaxaca-sismo", "日本時間21日午後1時48分", jst(2026, 10, 20, 22, 48, -6), "21日13:48"),
    ("clean-oaxaca-sismo", "5ポイント", 23 - 18, 5),
    ("clean-oaxaca-sismo", "半分の2億2500万ドル", 450 / 2, 225),
    ("clean-oaxaca-sismo", "930戸", 1240 - 310, 930),
    ("err-typhoon-kishu", "18日(金)", wd(2026, 9, 18), "金"),
    ("err-typhoon-kishu", "(planted 1420億円) difference", 3420 - 2180, 1240),
    ("err-typhoon-kishu", "計3420億円", 2710 + 480 + 230, 3420),
    ("err-typhoon-kishu", "約8割", round(151000 / 184000, 2), 0.82),
    ("err-typhoon-kishu", "350億円引き上げ", 1150 - 800, 350),
    ("clean-cedar-hollow-fire", "22日(土)", wd(2026, 8, 22), "土"),
    ("clean-cedar-hollow-fire", "23日(日)", wd(2026, 8, 23), "日"),
    ("clean-cedar-hollow-fire", "約156平方キロ", round(38600 * ACRE / 100), 156),
    ("clean-cedar-hollow-fire", "日本時間28日午前0時", jst(2026, 8, 27, 8, 0, -7), "28日00:00"),
    ("clean-cedar-hollow-fire", "15万8000件", 610000 - 452000, 158000),
    ("clean-cedar-hollow-fire", "約35%", round((610000 / 452000 - 1) * 100), 35),
    ("err-storm-isolde", "4日(日)", wd(2026, 10, 4), "日"),
    ("err-storm-isolde", "(planted 日本時間4日午前6時) 9pm BST Sat", jst(2026, 10, 3, 21, 0, 1), "04日05:00"),
    ("err-storm-isolde", "時速約135キロ", round(84 * MI), 135),
    ("err-storm-isolde", "3000万ポンド(約17%)", (210 - 180, round(30 / 180 * 100)), (30, 17)),
    ("err-storm-isolde", "(planted 平均2500ポンド) average", 7.2e6 / 3600, 2000),
    ("clean-sornetta-murgang", "21日(日)", wd(2026, 6, 21), "日"),
    ("clean-sornetta-murgang", "約3億3500万フラン", 240 + 95, 335),
    ("clean-sornetta-murgang", "約7割", round(240 / 335, 2), 0.72),
    ("clean-sornetta-murgang", "約12%", round((0.47 / 0.42 - 1) * 100), 12),
    ("clean-sornetta-murgang", "50フラン増", 470 - 420, 50),
    ("clean-sornetta-murgang", "25日(木)", wd(2026, 6, 25), "木"),
    ("err-verglas-quebec", "18日(土)", wd(2026, 4, 18), "土"),
    ("err-verglas-quebec", "(planted 約4割) share", round(41000 / 68000, 2), 0.6),
    ("err-verglas-quebec", "4400万ドル(約26%)", (212 - 168, round((212 / 168 - 1) * 100)), (44, 26)),
    ("err-verglas-quebec", "8月5日(水)", wd(2026, 8, 5), "水"),
    ("err-verglas-quebec", "38万3000件減", 420000 - 37000, 383000),
    ("clean-cyclone-tamsin", "16日(月)", wd(2026, 2, 16), "月"),
    ("clean-cyclone-tamsin", "日本時間同日午後10時", jst(2026, 2, 16, 23, 0, 10), "16日22:00"),
    ("clean-cyclone-tamsin", "約2.6倍", round(4850 / 1900, 1), 2.6),
    ("clean-cyclone-tamsin", "18日(水)", wd(2026, 2, 18), "水"),
    ("clean-cyclone-tamsin", "家族4人", 1 + 1 + 2, 4),
    ("err-harlow-quake-bond", "5日(火)", wd(2026, 5, 5), "火"),
    ("err-harlow-quake-bond", "(planted 4月29日(木)) last Thursday", (D(2026, 4, 30).day, wd(2026, 4, 30)), (30, "木")),
    ("err-harlow-quake-bond", "日本時間(30日)午後8時52分", jst(2026, 4, 30, 4, 52, -7), "30日20:52"),
    ("err-harlow-quake-bond", "3ポイント", 14 - 11, 3),
    ("err-harlow-quake-bond", "2日(土)", wd(2026, 5, 2), "土"),
    ("clean-okuetsu-jishin", "10月27日(火)", wd(2026, 10, 27), "火"),
    ("clean-okuetsu-jishin", "約152万円", round(1126e8 / 74300 / 1e4), 152),
    ("clean-okuetsu-jishin", "約7割", round(51800 / 74300, 2), 0.7),
    ("clean-okuetsu-jishin", "8割近く", round(869 / 1126, 2), 0.77),
    ("clean-okuetsu-jishin", "内訳の合計", 51800 + 14600 + 7900, 74300),
    ("clean-okuetsu-jishin", "前年度の63.4%", round(64.2 - 0.8, 1), 63.4),
    ("err-dana-benialcor", "23日(月)", wd(2026, 11, 23), "月"),
    ("err-dana-benialcor", "日本時間同日午後2時", jst(2026, 11, 23, 6, 0, 1), "23日14:00"),
    ("err-dana-benialcor", "約6割(住宅)", round(11200 / 18400, 2), 0.61),
    ("err-dana-benialcor", "21億ユーロの約6割", round(1250 / 2100, 2), 0.6),
    ("err-dana-benialcor", "内訳の合計", 11200 + 4900 + 2300, 18400),
    ("err-dana-benialcor", "12月1日(火)", wd(2026, 12, 1), "火"),
    ("clean-bertrand-parametric", "16日(日)", wd(2026, 8, 16), "日"),
    ("clean-bertrand-parametric", "時速約240キロ", round(150 * MI, -1), 240),
    ("clean-bertrand-parametric", "約6割", round(28.4 / 45, 2), 0.63),
    ("clean-bertrand-parametric", "約9倍", round(28.4 / 3.2, 1), 8.9),
    ("clean-bertrand-parametric", "計3450万ドル", round(28.4 + 6.1, 1), 34.5),
    ("clean-bertrand-parametric", "21日(金)", wd(2026, 8, 21), "金"),
    ("err-ybbsach-hochwasser", "17日(日)", wd(2026, 5, 17), "日"),
    ("err-ybbsach-hochwasser", "日本時間同日午後9時", jst(2026, 5, 17, 14, 0, 2), "17日21:00"),
    ("err-ybbsach-hochwasser", "約4割", round(620 / 1400, 2), 0.44),
    ("err-ybbsach-hochwasser", "7億8000万ユーロ", 1400 - 620, 780),
    ("clean-tempete-orlane", "1日(日)", wd(2026, 2, 1), "日"),
    ("clean-tempete-orlane", "日本時間同日午後6時", jst(2026, 2, 1, 10, 0, 1), "01日18:00"),
    ("clean-tempete-orlane", "4分の3", 39000 / 52000, 0.75),
    ("clean-tempete-orlane", "平均約6000ユーロ", round(310e6 / 52000, -2), 6000),
    ("clean-tempete-orlane", "7000万ユーロ下回る", 380 - 310, 70),
    ("clean-tempete-orlane", "26日(木)", wd(2026, 2, 26), "木"),
    ("err-typhoon-marisol", "29日(月)", wd(2026, 6, 29), "月"),
    ("err-typhoon-marisol", "日本時間同日午後5時40分", jst(2026, 6, 29, 16, 40, 8), "29日17:40"),
    ("err-typhoon-marisol", "(planted 約3分の1) about a quarter", round(18.6 / 74, 2), 0.25),
    ("err-typhoon-marisol", "73億ペソ上回り", round(18.6 - 11.3, 1), 7.3),
    ("err-typhoon-marisol", "8月12日(水)", wd(2026, 8, 12), "水"),
    ("clean-ratnapur-floods", "3日(月)", wd(2026, 8, 3), "月"),
    ("clean-ratnapur-floods", "日本時間同日午前6時", jst(2026, 8, 3, 2, 30, 5.5), "03日06:00"),
    ("clean-ratnapur-floods", "215億ルピー", 2150 * 10**7 / 10**8, 215),
    ("clean-ratnapur-floods", "約56万6000ルピー", round(2150e7 / 38000, -3), 566000),
    ("clean-ratnapur-floods", "約4割", round(14500 / 38000, 2), 0.38),
    ("clean-ratnapur-floods", "2万3500件", 38000 - 14500, 23500),
    ("clean-ratnapur-floods", "100万ルピー (10 lakh)", 10 * 10**5, 1000000),
    ("clean-ratnapur-floods", "約3割", round(640 / 2150, 2), 0.3),
    ("err-umzivale-floods", "21日(土)", wd(2026, 3, 21), "土"),
    ("err-umzivale-floods", "日本時間同日午後10時", jst(2026, 3, 21, 15, 0, 2), "21日22:00"),
    ("err-umzivale-floods", "約3分の1", round(9200 / 27800, 2), 0.33),
    ("err-umzivale-floods", "1万8600件", 27800 - 9200, 18600),
    ("clean-totara-bay-storm", "25日(日)", wd(2026, 1, 25), "日"),
    ("clean-totara-bay-storm", "日本時間同日午後7時", jst(2026, 1, 25, 23, 0, 13), "25日19:00"),
    ("clean-totara-bay-storm", "27日(火) = yesterday", wd(2026, 1, 27), "火"),
    ("clean-totara-bay-storm", "約3割", round(1900 / 6450, 2), 0.29),
    ("clean-totara-bay-storm", "45NZドル(15%)", (345 - 300, round((345 / 300 - 1) * 100)), (45, 15)),
    ("clean-totara-bay-storm", "計450戸", 140 + 310, 450),
    ("err-spruce-lake-fire", "5月30日(土)", wd(2026, 5, 30), "土"),
    ("err-spruce-lake-fire", "1日(月)", wd(2026, 6, 1), "月"),
    ("err-spruce-lake-fire", "(planted 約1万1200平方キロ) 112,000 ha", 112000 / 100, 1120),
    ("err-spruce-lake-fire", "(planted 4億1000万ドル) difference", 1050 - 740, 310),
    ("clean-kilcarrow-flood", "27日(金)", wd(2026, 11, 27), "金"),
    ("clean-kilcarrow-flood", "日本時間28日午前3時", jst(2026, 11, 27, 18, 0, 0), "28日03:00"),
    ("clean-kilcarrow-flood", "30日(月)", wd(2026, 11, 30), "月"),
    ("clean-kilcarrow-flood", "約6割", round(2900 / 4800, 2), 0.6),
    ("clean-kilcarrow-flood", "約250戸", round(620 * 0.41, -1), 250),
    ("clean-kilcarrow-flood", "7年間", 2026 - 2019, 7),
    ("err-prairie-hollow-tornado", "27日(月)", wd(2026, 4, 27), "月"),
    ("err-prairie-hollow-tornado", "日本時間28日午前11時47分", jst(2026, 4, 27, 21, 47, -5), "28日11:47"),
    ("err-prairie-hollow-tornado", "時速約270キロ", round(170 * MI, -1), 270),
    ("err-prairie-hollow-tornado", "(planted 約17キロ) 17 miles", round(17 * MI), 27),
    ("err-prairie-hollow-tornado", "幅最大約800メートル", round(0.5 * MI * 1000, -2), 800),
    ("err-prairie-hollow-tornado", "30日(木)", wd(2026, 4, 30), "木"),
    ("err-prairie-hollow-tornado", "1日(金)", wd(2026, 5, 1), "金"),
]


def main():
    fails = []
    def check(ok, msg):
        if not ok:
            fails.append(msg)
    for case, label, got, want in DERIVED:
        check(got == want, f"derived {case} {label}: {got!r} != {want!r}")
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    check([c.name for c in cases] == specs, "cases and specs differ")
    yoten = shutil.which("yoten") or "/tmp/bcv339/bin/yoten"
    n_clean = n_err = n_error = n_warn = 0
    langs = {}
    for c in cases:
        meta, paras = parse(HERE / "specs" / f"{c.name}.txt")
        langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
        body = " ".join(paras)
        if meta["lang"] == "ja":
            n = len(re.sub(r"\s", "", body)); check(600 <= n <= 700, f"{c.name}: {n} chars (ja)")
        else:
            n = len(body.split()); check(300 <= n <= 350, f"{c.name}: {n} words")
        html = (c / "source.html").read_text(encoding="utf-8")
        for need in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "<article>", "<nav>", "cookie", "<footer>"):
            check(need in html, f"{c.name}: source.html lacks {need}")
        digest = (c / "digest.txt").read_text(encoding="utf-8")
        check(950 <= len(digest) <= 1400, f"{c.name}: digest {len(digest)} chars")
        for m in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
            check(m in digest, f"{c.name}: lacks {m}")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        f = exp["findings"]
        cite_date = meta["published"][:10].replace("-", ".")
        if c.name.startswith("clean-"):
            n_clean += 1
            check(exp["clean"] is True and f == [], f"{c.name}: clean case has findings")
            check(meta["url"] in digest.splitlines()[-1] and digest.rstrip().endswith(meta["url"]), f"{c.name}: citation URL")
            check(f"{meta['title']} {meta['outlet']} {cite_date}" in digest, f"{c.name}: citation line")
        else:
            n_err += 1
            check(exp["clean"] is False and len(f) == 3, f"{c.name}: err case needs 3 findings")
            errs = [x for x in f if x["severity"] == "error"]; warns = [x for x in f if x["severity"] == "warning"]
            check(len(errs) == 2 and len(warns) == 1, f"{c.name}: need 2 errors + 1 warning")
            n_error += len(errs); n_warn += len(warns)
            for x in f:
                check(x["span"] in digest, f"{c.name}: span not verbatim: {x['span']}")
                check(digest.count(x["span"]) == 1, f"{c.name}: span not unique: {x['span']}")
                check((x["kind"], x["severity"]) in {("mismatch", "error"), ("unsupported", "warning"), ("name", "warning"), ("spelling", "warning"), ("citation", "warning")}, f"{c.name}: kind/severity {x}")
        r = subprocess.run([yoten, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        check(r.returncode == 0, f"{c.name}: yoten parse failed: {r.stderr[-300:]}")
    check((n_clean, n_err, n_error, n_warn) == (12, 12, 24, 12), f"counts {n_clean} {n_err} {n_error} {n_warn}")
    check(langs == {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}, f"langs {langs}")
    print(f"cases: {len(cases)} (clean {n_clean}, err {n_err}); planted findings: {n_error + n_warn} (error {n_error}, warning {n_warn})")
    print(f"languages: {dict(sorted(langs.items()))}; derived values checked: {len(DERIVED)}")
    for m in fails:
        print("FAIL", m)
    print("OK" if not fails else f"{len(fails)} failure(s)")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
