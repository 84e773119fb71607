#!/usr/bin/env python3
"""Sanity checks for check-holdout-292. Exit 1 on any failure."""
import json, pathlib, re, shutil, subprocess, sys, html as H
from datetime import datetime, timedelta, timezone

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

JST = timezone(timedelta(hours=9))
fails = []


def fail(msg):
    fails.append(msg)


def jst(y, mo, d, h, mi, off_h, off_m=0):
    t = datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off_h, minutes=off_m))).astimezone(JST)
    return f"{t.day}日", t.hour, t.minute


def wd(y, mo, d):
    return "月火水木金土日"[datetime(y, mo, d).weekday()]


# (case, computed value, text that must stand in digest.txt)
DERIVED = [
    ("clean-hail-front-range", jst(2026, 5, 12, 16, 40, -6), "日本時間13日午前7時40分"),
    ("clean-hail-front-range", round(2.75 * 2.54), "約7センチ"),
    ("clean-hail-front-range", round(70 * 1.609344), "約113キロ"),
    ("clean-hail-front-range", 38400 - 22100, "1万6300件"),
    ("clean-hail-front-range", round(22100 / 38400, 1), "(約6割)"),
    ("clean-hail-front-range", 1200 - 870, "3億3000万ドル"),
    ("clean-hail-front-range", wd(2026, 5, 16), "16日(土)"),
    ("clean-bushfire-merriwa", jst(2026, 2, 16, 16, 0, 11), "日本時間同日午後2時"),
    ("clean-bushfire-merriwa", round(2210 / 6820, 2), "約3分の1"),
    ("clean-bushfire-merriwa", 6820 - 2210, "4610件"),
    ("clean-bushfire-merriwa", 14 - 9, "5ポイント"),
    ("clean-bushfire-merriwa", wd(2026, 2, 12), "12日(木)"),
    ("clean-calder-vale-floods", jst(2026, 11, 3, 17, 30, 0), "日本時間4日午前2時30分"),
    ("clean-calder-vale-floods", round(12 * 1.609344), "約19キロ"),
    ("clean-calder-vale-floods", 2290 / 11450, "5分の1"),
    ("clean-calder-vale-floods", 11450 - 2290, "9160件"),
    ("clean-calder-vale-floods", 71 - 64, "7ポイント"),
    ("clean-cyclone-hine", jst(2026, 2, 28, 23, 0, 13), "日本時間同日午後7時ごろ"),
    ("clean-cyclone-hine", 21300 + 4870, "2万6170件"),
    ("clean-cyclone-hine", 21300 - 16640, "4660件"),
    ("clean-cyclone-hine", round(21300 / 16640 - 1, 2), "28%多い"),
    ("clean-quake-cat-bond", jst(2026, 10, 18, 3, 12, -7), "日本時間同日午後7時12分"),
    ("clean-quake-cat-bond", 275 * 0.5, "1億3750万ドル"),
    ("clean-quake-cat-bond", round(11 * 1.609344), "約18キロ"),
    ("clean-quake-cat-bond", 16 - 13, "3ポイント低下"),
    ("clean-subsidence-claims", round(4310 / 1860, 1), "約2.3倍"),
    ("clean-subsidence-claims", round(96e6 / 7940, -3), "約1万2000ポンド"),
    ("clean-subsidence-claims", 7940 - 4310, "3630件"),
    ("clean-subsidence-claims", round(20 * 0.3048), "約6メートル"),
    ("clean-typhoon-lorna-crops", jst(2026, 9, 5, 23, 30, 8), "日本時間6日午前0時30分"),
    ("clean-typhoon-lorna-crops", 61500 + 9800, "7万1300ヘクタール"),
    ("clean-typhoon-lorna-crops", 27 - 21, "6ポイント上昇"),
    ("clean-typhoon-lorna-crops", round(12600 / 48200, 2), "約4分の1"),
    ("clean-typhoon-lorna-crops", wd(2026, 9, 10), "10日(木)"),
    ("clean-fr-crues-catnat", jst(2026, 6, 6, 16, 30, 2), "日本時間同日午後11時30分ごろ"),
    ("clean-fr-crues-catnat", round(4700 / 12400, 2), "約4割"),
    ("clean-fr-crues-catnat", 74 - 61, "13ポイント上昇"),
    ("clean-fr-tempete-odile", jst(2026, 1, 25, 3, 15, 1), "日本時間同日午前11時15分ごろ"),
    ("clean-fr-tempete-odile", round(54000 / 31500, 1), "約1.7倍"),
    ("clean-fr-tempete-odile", 54000 - 31500, "2万2500件"),
    ("clean-fr-tempete-odile", wd(2026, 1, 31), "31日(土)"),
    ("clean-de-hagel-kfz", jst(2026, 7, 19, 18, 40, 2), "日本時間20日午前1時40分ごろ"),
    ("clean-de-hagel-kfz", 27500 + 9300, "約3万6800件"),
    ("clean-de-hagel-kfz", round(27500 / 36800, 2), "約4分の3"),
    ("clean-de-hagel-kfz", round(118 / 64, 1), "約1.8倍"),
    ("clean-de-hagel-kfz", 88e6 / 27500, "約3200ユーロ"),
    ("clean-de-hagel-kfz", wd(2026, 7, 22), "22日(水)"),
    ("clean-es-inundacion-litoral", jst(2026, 4, 13, 22, 30, -3), "日本時間14日午前10時30分"),
    ("clean-es-inundacion-litoral", round(2150 / 3400, 2), "約6割"),
    ("clean-es-inundacion-litoral", 3400 - 2150, "1250件"),
    ("clean-es-inundacion-litoral", 23 - 18, "5ポイント低下"),
    ("clean-es-inundacion-litoral", wd(2026, 4, 17), "17日(金)"),
    ("clean-ja-jishin-hoken-mihamazawa", round(12300 / 7400, 1), "約1.7倍"),
    ("clean-ja-jishin-hoken-mihamazawa", 12300 - 7400, "4900件"),
    ("clean-ja-jishin-hoken-mihamazawa", round(186e8 / 12300, -4), "約150万円"),
    ("clean-ja-jishin-hoken-mihamazawa", wd(2026, 11, 18), "11月18日(水)"),
    ("err-tornado-wexford", jst(2026, 4, 27, 21, 5, -5), "日本時間28日午前11時5分"),
    ("err-tornado-wexford", round(155 * 1.609344), "約249キロ"),
    ("err-tornado-wexford", round(31 * 1.609344), "約50キロ"),
    ("err-saltmarsh-premiums", jst(2026, 1, 8, 6, 20, 0), "日本時間同日午後3時20分"),
    ("err-saltmarsh-premiums", 1340 - 1126, "約214ポンド"),
    ("err-saltmarsh-premiums", 19 - 7, "12ポイント"),
    ("err-saltmarsh-premiums", round(1.8 * 1.609344, 1), "約2.9キロ"),
    ("err-brolga-parametric", round(12.5e6 / 1840, -2), "約6800ドル"),
    ("err-brolga-parametric", 41 - 29, "12ポイント上昇"),
    ("err-ice-storm-mercier", jst(2026, 2, 22, 19, 0, -5), "日本時間23日午前9時ごろ"),
    ("err-ice-storm-mercier", round(1.5 * 2.54, 1), "約3.8センチ"),
    ("err-ice-storm-mercier", wd(2026, 2, 26), "26日(木)"),
    ("err-landslide-kalvari", jst(2026, 8, 16, 4, 30, 5, 30), "日本時間同日午前8時ごろ"),
    ("err-landslide-kalvari", 1840 * 1e7, "184億ルピー"),
    ("err-landslide-kalvari", 120000 - 38000, "約8万2000件"),
    ("err-cat-bond-record", round(18.9 - 15.2, 1), "37億ドル"),
    ("err-cat-bond-record", round(12.4 / 18.9, 2), "約3分の2"),
    ("err-cat-bond-record", round(18.9 - 12.4, 1), "65億ドル"),
    ("err-drought-maize-claims", jst(2026, 9, 14, 14, 0, 2), "日本時間同日午後9時"),
    ("err-drought-maize-claims", round(5.4 - 3.1, 1), "2.3トン減り"),
    ("err-drought-maize-claims", round(1 - 3.1 / 5.4, 2), "約4割落ち込んだ"),
    ("err-fr-secheresse-fissures", round(214 / 512, 2), "約4割"),
    ("err-de-hochwasser-wendau", jst(2026, 6, 13, 5, 0, 2), "日本時間同日正午ごろ"),
    ("err-de-hochwasser-wendau", round(2.1 - 1.3, 1), "8億ユーロ上回る"),
    ("err-de-sturm-elbe-rueck", jst(2026, 2, 10, 10, 0, 1), "日本時間同日午後6時"),
    ("err-de-sturm-elbe-rueck", round(1.86 - 1.52, 2), "3億4000万ユーロ、約22%増えた"),
    ("err-es-sismo-tehuacalco", jst(2026, 9, 22, 13, 47, -6), "日本時間23日午前4時47分"),
    ("err-es-sismo-tehuacalco", round(11200 / 18700, 2), "約6割"),
    ("err-es-sismo-tehuacalco", 23 - 19, "4ポイント上がった"),
    ("err-ja-ooame-shiomi", 8600 - 5300, "3300件多く"),
    ("err-ja-ooame-shiomi", round(8600 / 5300, 1), "約1.6倍"),
    ("err-ja-ooame-shiomi", round(3300 / 8600, 2), "約4割"),
    ("err-ja-ooame-shiomi", round(150 / 412, 2), "3分の1強"),
    ("err-ja-ooame-shiomi", wd(2026, 7, 12), "12日(日)"),
]

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
names = [c.name for c in cases]
if names != specs:
    fail(f"cases and specs differ: {set(names) ^ set(specs)}")
clean = [n for n in names if n.startswith("clean-")]
err = [n for n in names if n.startswith("err-")]
if (len(names), len(clean), len(err)) != (24, 12, 12):
    fail(f"counts {len(names)} {len(clean)} {len(err)}")

langs = {}
n_err = n_warn = 0
kinds = {}
yoten = shutil.which("yoten") or ("/tmp/bcv292/bin/yoten" if pathlib.Path("/tmp/bcv292/bin/yoten").exists() else None)
for c in cases:
    meta, paras = gen.parse(HERE / "specs" / f"{c.name}.txt")
    langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists():
            fail(f"{c.name}: missing {f}")
    src = (c / "source.html").read_text(encoding="utf-8")
    if src != gen.render(meta, paras):
        fail(f"{c.name}: source.html is stale (run gen.py)")
    for needle in ('og:site_name', 'og:title', 'rel="canonical"', 'article:published_time', '"NewsArticle"',
                   '<nav>', 'cookie-banner', 'class="related"', '<footer', '<article>'):
        if needle not in src:
            fail(f"{c.name}: source.html lacks {needle}")
    # article size
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", " ".join(paras)))
        if not 600 <= size <= 700:
            fail(f"{c.name}: ja article {size} chars")
    else:
        size = len(" ".join(paras).split())
        if not 300 <= size <= 350:
            fail(f"{c.name}: article {size} words")
    dg = (c / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(dg) <= 1400:
        fail(f"{c.name}: digest {len(dg)} chars")
    for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if m not in dg:
            fail(f"{c.name}: digest lacks {m}")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    if exp["clean"] != c.name.startswith("clean-"):
        fail(f"{c.name}: clean flag")
    fs = exp["findings"]
    if exp["clean"]:
        if fs:
            fail(f"{c.name}: clean case with findings")
        # citation: title, outlet, local date, canonical URL
        cite = f"{meta['title']} {meta['outlet']} {meta['published'][:10].replace('-', '.')}"
        if cite not in dg:
            fail(f"{c.name}: citation line differs")
        if not dg.rstrip().endswith(meta["url"]):
            fail(f"{c.name}: citation URL differs")
    else:
        errs = [f for f in fs if f["severity"] == "error"]
        warns = [f for f in fs if f["severity"] == "warning"]
        if (len(fs), len(errs), len(warns)) != (3, 2, 1):
            fail(f"{c.name}: findings {len(fs)}/{len(errs)}/{len(warns)}")
        n_err += len(errs)
        n_warn += len(warns)
        for f in fs:
            kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
            if f["severity"] == "error" and f["kind"] != "mismatch":
                fail(f"{c.name}: error kind {f['kind']}")
            if f["severity"] == "warning" and f["kind"] not in ("unsupported", "name", "spelling", "citation"):
                fail(f"{c.name}: warning kind {f['kind']}")
            k = dg.count(f["span"])
            if k != 1:
                fail(f"{c.name}: span {f['span']!r} occurs {k} times")
    if yoten:
        r = subprocess.run([yoten, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            fail(f"{c.name}: yoten parse rc={r.returncode}: {r.stderr[-300:]}")

for case, value, text in DERIVED:
    dg = (HERE / "cases" / case / "digest.txt").read_text(encoding="utf-8")
    if text not in dg:
        fail(f"{case}: derived {text!r} (computed {value!r}) not in digest")
    if isinstance(value, tuple):  # JST conversion: (day, hour, minute)
        day, h, mi = value
        h12 = h % 12
        if day not in text and "同日" not in text:
            fail(f"{case}: JST day {day} vs {text}")
        if f"{h12}時" not in text and not (h == 12 and "正午" in text):
            fail(f"{case}: JST hour {h} vs {text}")
        if mi and f"{mi}分" not in text:
            fail(f"{case}: JST minute {mi} vs {text}")
    elif isinstance(value, str) and value not in text:
        fail(f"{case}: weekday {value} vs {text}")

print(f"cases: {len(names)} (clean {len(clean)}, err {len(err)})")
print("languages:", dict(sorted(langs.items())))
print(f"planted findings: {n_err + n_warn} (errors {n_err}, warnings {n_warn})")
print("finding kinds:", dict(sorted(kinds.items())))
print(f"derived values checked: {len(DERIVED)}")
print("yoten parse:", "ran on every digest" if yoten else "SKIPPED (yoten not found)")
if fails:
    print("FAIL")
    for f in fails:
        print(" -", f)
    sys.exit(1)
print("OK")
