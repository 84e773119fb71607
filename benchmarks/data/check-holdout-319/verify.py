#!/usr/bin/env python3
"""Sanity checks for check-holdout-319. Exit status 1 on any failure."""
import collections
import datetime as dt
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from gen import parse_spec  # noqa: E402

fails = []


def check(cond, msg):
    if not cond:
        fails.append(msg)


def yoten_bin():
    for cand in (os.environ.get("YOTEN"), "/tmp/bcv319/bin/yoten", shutil.which("yoten")):
        if cand and pathlib.Path(cand).exists():
            return cand
    return None


# Derived values used in the digests (name, computed, expected as written in the digest)
def jst(y, m, d, h, mi, off):
    t = dt.datetime(y, m, d, h, mi, tzinfo=dt.timezone(dt.timedelta(hours=off)))
    return t.astimezone(dt.timezone(dt.timedelta(hours=9))).strftime("%d %H:%M")


WD = "月火水木金土日"
def wd(y, m, d):
    return WD[dt.date(y, m, d).weekday()]


DERIVED = [
    ("lakeshore cost increase 億ドル", round((19.5 - 14) * 10), 55),
    ("lakeshore share of increase (割)", round(5.5 / 14 * 10), 4),
    ("lakeshore call JST", jst(2026, 4, 14, 17, 0, -4), "15 06:00"),
    ("lakeshore 14日 weekday", wd(2026, 4, 14), "火"),
    ("lakeshore acres->ha", round(1000 * 0.4046856), 405),
    ("lakeshore sq ft->m2 (千)", round(420000 * 0.09290304 / 1000), 39),
    ("kestrel 2日 weekday", wd(2026, 2, 2), "月"),
    ("kestrel engineers share", 600 / 1800, 1 / 3),
    ("kestrel capex 3/4 (億NT$, 約300億)", 410 * 0.75, 307.5),
    ("kestrel 26日 weekday", wd(2026, 2, 26), "木"),
    ("hsinmoor margin points", round(55.1 - 54.3, 1), 0.8),
    ("hsinmoor advanced share points", 61 - 53, 8),
    ("hsinmoor beat (億NT$)", round(1217 - 1170), 47),
    ("hsinmoor call JST", jst(2026, 4, 16, 14, 0, 8), "16 15:00"),
    ("hollin capacity ratio", round(40000 / 15000, 1), 2.7),
    ("hollin miles->km", round(9 * 1.609344, 1), 14.5),
    ("hollin 21日 weekday", wd(2026, 1, 21), "水"),
    ("hollin 26日 weekday (correct)", wd(2026, 1, 26), "月"),
    ("deccan crore->億ルピー", 7600 * 10**7 // 10**8, 760),
    ("deccan lakh->万", 48 * 10**5 // 10**4, 480),
    ("deccan acres->ha", round(56 * 0.4046856), 23),
    ("deccan invested share (割)", round(2900 / 7600 * 10), 4),
    ("deccan 4日 weekday", wd(2026, 3, 4), "水"),
    ("mesa gallons->litres (万, correct value)", round(4.2e6 * 3.785411784 / 1e4), 1590),
    ("mesa fresh water cut (割)", round(3.6 / 6 * 10), 6),
    ("mesa reservoir points", 46 - 38, 8),
    ("mesa F->C", round((115 - 32) * 5 / 9), 46),
    ("mesa acres->ha", round(22 * 0.4046856), 9),
    ("mesa meeting JST (correct)", jst(2026, 5, 19, 18, 0, -7), "20 10:00"),
    ("corrib staff", 85 + 90, 175),
    ("corrib revenue ratio", round(4.8 / 1.9, 1), 2.5),
    ("corrib 7日 weekday", wd(2026, 10, 7), "水"),
    ("tanjung capacity ratio", round(300 / 140, 1), 2.1),
    ("tanjung engineers", 0.7 * 1200, 840),
    ("tanjung revenue diff (万リンギ, correct)", round((2.16 - 1.74) * 1e4), 4200),
    ("tanjung growth %", round((2.16 / 1.74 - 1) * 100), 24),
    ("pecos first run JST", jst(2026, 9, 28, 8, 0, -5), "28 22:00"),
    ("pecos share of demand", round(18 / 70, 2), 0.26),
    ("pecos contracted (万L)", 0.8 * 1800, 1440),
    ("pecos acres->ha", round(40 * 0.4046856), 16),
    ("pecos cu ft->m3 (十)", round(150000 * 0.0283168, -1), 4250),
    ("kempen order share (割)", round(2.3 / 7.4 * 10), 3),
    ("kempen memory points", 36 - 22, 14),
    ("kempen China points", 29 - 17, 12),
    ("kempen dividend increase", round(7.20 - 6.40, 2), 0.8),
    ("kempen local date of publication", dt.datetime(2026, 1, 28, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))).date().isoformat(), "2026-01-28"),
    ("marina capacity ratio", round(250 / 90, 2), 2.78),
    ("marina briefing JST", jst(2026, 6, 11, 15, 0, 8), "11 16:00"),
    ("sierra DRAM revision points", 14 - 10, 4),
    ("sierra HBM share (correct, 割)", round(26 / 10), 3),
    ("sierra 2027 increase 億ドル", (251 - 214) * 10, 370),
    ("sierra inventory weeks", 14 - 8, 6),
    ("tasman public support 万豪ドル", 9500 + 4000, 13500),
    ("tasman yield points", 61 - 38, 23),
    ("tasman 4日 weekday", wd(2026, 8, 4), "火"),
    ("gyeongnam HBM share points", 40 - 25, 15),
    ("gyeongnam equipment 兆ウォン", 18 - 8, 10),
    ("gyeongnam outperformance points", round(3.8 - 0.9, 1), 2.9),
    ("gyeongnam 27日 weekday", wd(2026, 3, 27), "金"),
    ("isere announcement JST", jst(2026, 6, 23, 10, 30, 2), "23 17:30"),
    ("isere state share", round(480 / 2300, 3), 0.209),
    ("isere capacity increase", 17000 - 11000, 6000),
    ("isere staff", 2400 + 650, 3050),
    ("isere 2 July weekday", wd(2026, 7, 2), "木"),
    ("grenelle 12 Feb weekday (correct)", wd(2026, 2, 12), "木"),
    ("grenelle jobs", 1430 - 1150, 280),
    ("grenelle outperformance points", round(2.6 - 0.4, 1), 2.2),
    ("quebec announcement JST", jst(2026, 11, 4, 13, 0, -5), "05 03:00"),
    ("quebec public support 万CAD", 8500 + 6000, 14500),
    ("quebec new hires", 260 - 74, 186),
    ("lausitz federal share (割)", round(1.1 / 3.6 * 10), 3),
    ("lausitz ceremony JST", jst(2026, 3, 11, 14, 0, 1), "11 22:00"),
    ("elbtal subsidy cut 万ユーロ", round((1.9 - 1.45) * 1e4), 4500),
    ("elbtal capacity cut (割)", round((1 - 28 / 40) * 10), 3),
    ("elbtal investment cut 億ユーロ", round((6.2 - 4.8) * 10), 14),
    ("elbtal subsidy share (割)", round(1.45 / 4.8 * 10), 3),
    ("elbtal press conference JST (correct)", jst(2026, 7, 9, 11, 0, 2), "09 18:00"),
    ("rheinau beat 万フラン", 1284 - 1230, 54),
    ("rheinau SiC share points (correct)", 38 - 31, 7),
    ("rheinau net profit change %", round((141 / 163 - 1) * 100), -13),
    ("rheinau call JST", jst(2026, 10, 21, 18, 0, 2), "22 01:00"),
    ("cordoba announcement JST", jst(2026, 5, 13, 11, 0, -3), "13 23:00"),
    ("cordoba local hires", 600 * 0.7, 420),
    ("cordoba emigrants", round(2300 * 0.15), 345),
    ("bajio loan share", round(500 / 1350, 2), 0.37),
    ("bajio total staff", 2800 + 1100, 3900),
    ("kitakami capacity diff", 12000 - 8000, 4000),
    ("kitakami subsidy share", 1800 / 3, 600),
    ("kitakami local hires (割)", round(150 / 500 * 10), 3),
    ("kitakami market ratio", round(5 / 3.1, 1), 1.6),
    ("kitakami 18日 weekday", wd(2026, 2, 18), "水"),
    ("kumagawa subsidy share", round(2500 / 7400, 2), 0.34),
    ("kumagawa movers", 1700 * 0.4, 680),
    ("kumagawa 26日 weekday", wd(2026, 8, 26), "水"),
]


def main():
    for name, got, want in DERIVED:
        ok = abs(got - want) < 1e-9 if isinstance(want, (int, float)) and not isinstance(want, bool) else got == want
        check(ok, f"derived {name}: {got!r} != {want!r}")

    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    yb = yoten_bin()
    check(yb is not None, "yoten not found (set YOTEN=...)")
    for c in cases:
        name = c.name
        spec = HERE / "specs" / f"{name}.txt"
        check(spec.exists(), f"{name}: no spec")
        meta, paras = parse_spec(spec)
        langs[meta["lang"]] += 1
        body = "\n".join(paras)
        if meta["lang"] == "ja":
            n = len(re.sub(r"\s", "", body))
            check(600 <= n <= 700, f"{name}: ja source {n} chars")
        else:
            n = len(body.split())
            check(300 <= n <= 350, f"{name}: source {n} words")
        src = (c / "source.html").read_text(encoding="utf-8")
        for needle in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                       'property="article:published_time"', '"@type": "NewsArticle"',
                       "<nav", 'id="cookie-banner"', 'class="related"', "<footer>", "<article>"):
            check(needle in src, f"{name}: source.html lacks {needle}")
        check(re.search(r"[+-]\d\d:\d\d\"", src) is not None, f"{name}: no UTC offset")
        digest = (c / "digest.txt").read_text(encoding="utf-8")
        size = len(re.sub(r"\s", "", digest))
        check(950 <= size <= 1400, f"{name}: digest {size} non-space chars")
        for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
            check(marker in digest, f"{name}: digest lacks {marker}")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        m = re.search(r"(\d{4})年(\d\d)月(\d\d)日 (\d\d):(\d\d)$", digest.splitlines()[0])
        check(m is not None, f"{name}: headline line has no post time")
        if m:
            posted = dt.datetime(*map(int, m.groups()), tzinfo=dt.timezone(dt.timedelta(hours=9)))
            check(posted >= dt.datetime.fromisoformat(meta["published"]), f"{name}: posted before the source")
        # citation: title, outlet, date in outlet's zone, canonical URL
        pub = dt.datetime.fromisoformat(meta["published"])
        cite = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cite = [l.strip() for l in cite if l.strip()]
        want_line = f"{meta['title']} {meta['outlet']} {pub.strftime('%Y.%m.%d')}"
        cite_spans = [f["span"] for f in exp["findings"] if f["kind"] == "citation"]
        if not cite_spans:
            check(cite[0] == want_line, f"{name}: citation line {cite[0]!r} != {want_line!r}")
            check(cite[1] == meta["url"], f"{name}: citation URL not canonical")
        else:
            check(cite[0] != want_line or cite[1] != meta["url"], f"{name}: citation finding but citation is correct")
        if name.startswith("clean-"):
            n_clean += 1
            check(exp == {"clean": True, "findings": []}, f"{name}: clean case with findings")
        else:
            n_err += 1
            check(exp["clean"] is False and len(exp["findings"]) == 3, f"{name}: err case needs 3 findings")
            check(sum(f["severity"] == "error" for f in exp["findings"]) == 2, f"{name}: needs 2 errors")
            for f in exp["findings"]:
                kinds[f["kind"]] += 1
                sev[f["severity"]] += 1
                check(f["span"] in digest, f"{name}: span {f['span']!r} not in digest")
                check(f["severity"] == ("error" if f["kind"] == "mismatch" else "warning"), f"{name}: severity of {f}")
                if f["kind"] != "citation":
                    check(f["span"] not in body, f"{name}: span {f['span']!r} stands in the source too")
        if yb:
            r = subprocess.run([yb, "parse", str(c / "digest.txt")], capture_output=True, text=True)
            check(r.returncode == 0, f"{name}: yoten parse failed: {r.stderr[-300:]}")
            if r.returncode == 0:
                d = json.loads(r.stdout)
                check(d.get("headline"), f"{name}: parse gave no headline")
    check(len(cases) == 24 and n_clean == 12 and n_err == 12, f"counts: {len(cases)} cases, {n_clean} clean, {n_err} err")
    check(dict(langs) == {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}, f"languages {dict(langs)}")
    check(sum(kinds.values()) == 36 and sev["error"] == 24 and sev["warning"] == 12, f"findings {dict(sev)}")
    print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err)")
    print(f"languages: {dict(sorted(langs.items()))}")
    print(f"findings: {sum(kinds.values())} ({sev['error']} error, {sev['warning']} warning); kinds {dict(sorted(kinds.items()))}")
    print(f"derived values checked: {len(DERIVED)}")
    print(f"yoten parse: {'run on all digests' if yb else 'not run'}")
    if fails:
        print("FAIL")
        for f in fails:
            print(" -", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
