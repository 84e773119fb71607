#!/usr/bin/env python3
"""Sanity checks for check-holdout-332. Run: python3 verify.py"""
import json, pathlib, re, shutil, subprocess, sys, collections
HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))
from gen import parse

YOTEN = shutil.which("yoten") or "/tmp/bcv332/bin/yoten"
fails = []
def check(cond, msg):
    if not cond:
        fails.append(msg)

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
n_clean = n_err = 0
for c in cases:
    name = c.name
    m, paras = parse(HERE / "specs" / f"{name}.txt")
    langs[m["lang"]] += 1
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                   "NewsArticle", "<nav>", "cookie-banner", "<article>", "<footer>", "<aside>"):
        check(needle in src, f"{name}: source.html lacks {needle}")
    check(re.search(r"[+-]\d\d:\d\d$", m["published"]) is not None, f"{name}: published lacks offset")
    text = " ".join(paras)
    if m["lang"] == "ja":
        size = len(re.sub(r"\s", "", text)); lo, hi = 600, 700
    else:
        size = len(text.split()); lo, hi = 300, 350
    check(lo <= size <= hi, f"{name}: source size {size} not in {lo}-{hi}")
    dsize = len(re.sub(r"\s", "", dig))
    check(950 <= dsize <= 1400, f"{name}: digest size {dsize} not in 950-1400")
    for marker in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
        check(marker in dig, f"{name}: digest lacks {marker}")
    day = m["published"][:10].replace("-", ".")
    cite_line = f"{m['title']} {m['outlet']} {day}"
    if name.startswith("clean-"):
        n_clean += 1
        check(exp == {"clean": True, "findings": []}, f"{name}: clean case has findings")
        check(cite_line in dig, f"{name}: citation line differs")
        check(dig.rstrip().endswith(m["url"]), f"{name}: URL is not canonical")
    else:
        n_err += 1
        f = exp["findings"]
        check(exp["clean"] is False and len(f) == 3, f"{name}: err case needs 3 findings")
        check(sum(x["severity"] == "error" for x in f) == 2, f"{name}: needs 2 errors")
        check(sum(x["severity"] == "warning" for x in f) == 1, f"{name}: needs 1 warning")
        for x in f:
            kinds[x["kind"]] += 1; sev[x["severity"]] += 1
            check(x["span"] in dig, f"{name}: span {x['span']!r} not in digest")
            check((x["kind"] == "mismatch") == (x["severity"] == "error"), f"{name}: kind/severity {x}")
        check(len({x["span"] for x in f}) == 3, f"{name}: duplicate spans")
    if pathlib.Path(YOTEN).exists():
        r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        check(r.returncode == 0, f"{name}: yoten parse rc={r.returncode} {r.stderr[-200:]}")
    else:
        fails.append("yoten not found")
    print(f"{name:36s} {m['lang']}  source {size:4d}  digest {dsize:4d}  findings {len(exp['findings'])}")


# Derived values stated in the digests (README "Clean traps"), recomputed here.
from datetime import datetime, timedelta, timezone, date
JST = timezone(timedelta(hours=9))
def jst(y, mo, d, h, mi, off):
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off))).astimezone(JST).strftime("%d日%H:%M")
def wd(y, mo, d):
    return "月火水木金土日"[date(y, mo, d).weekday()]
DERIVED = [
    ("clean-ghana-farmgate", "62000/51660 -> 約2割", round(62000/51660, 2), 1.2),
    ("clean-ghana-farmgate", "62000-51660", 62000-51660, 10340),
    ("clean-ghana-farmgate", "650000-530000", 650000-530000, 120000),
    ("clean-ghana-farmgate", "2pm GMT Wed 11 Mar -> JST", jst(2026,3,11,14,0,0), "11日23:00"),
    ("clean-ghana-farmgate", "weekday 11 Mar / 16 Mar", wd(2026,3,11)+wd(2026,3,16), "水月"),
    ("clean-brazil-coffee-crop", "39.1/58.4 -> 約3分の2", round(39.1/58.4, 3), 0.67),
    ("clean-brazil-coffee-crop", "39.1M bags x 60 kg -> 約235万t", 39.1e6*60/1000, 2346000.0),
    ("clean-brazil-coffee-crop", "$3.12/lb -> $/kg", round(3.12/0.45359237, 2), 6.88),
    ("clean-brazil-coffee-crop", "9am BRT Tue 19 May -> JST", jst(2026,5,19,9,0,-3), "19日21:00"),
    ("clean-fr-cameroun-cacao", "320000/295000-1 -> 約8.5%", round((320000/295000-1)*100, 1), 8.5),
    ("clean-fr-cameroun-cacao", "4500-3800", 4500-3800, 700),
    ("clean-fr-cameroun-cacao", "15h WAT Wed 21 Jan -> JST", jst(2026,1,21,15,0,1), "21日23:00"),
    ("clean-de-hamburg-kaffee", "6.8-4.9 Mrd", round(6.8-4.9, 1), 1.9),
    ("clean-de-hamburg-kaffee", "7.99-6.49", round(7.99-6.49, 2), 1.5),
    ("clean-de-hamburg-kaffee", "520000/1140000 -> 半分近く", round(520000/1140000, 3), 0.456),
    ("clean-de-hamburg-kaffee", "11h CET Wed 25 Mar -> JST", jst(2026,3,25,11,0,1), "25日19:00"),
    ("clean-de-schweiz-schokolade", "241-236 Mio", 241-236, 5),
    ("clean-de-schweiz-schokolade", "weekday 13 Jul", wd(2026,7,13), "月"),
    ("clean-es-colombia-cafe", "2850000/125 per kg", 2850000/125, 22800.0),
    ("clean-es-colombia-cafe", "1.05-0.97 M sacos", round(1.05-0.97, 2), 0.08),
    ("clean-es-colombia-cafe", "10:00 COT Tue 4 Aug -> JST (day shift)", jst(2026,8,4,10,0,-5), "05日00:00"),
    ("clean-ja-marukicoffee-kessan", "96/1842 operating margin", round(96/1842*100, 1), 5.2),
    ("clean-ja-marukicoffee-kessan", "1950-1842, share", (1950-1842, round((1950/1842-1)*100, 1)), (108, 5.9)),
    ("clean-ja-marukicoffee-kessan", "weekday 12 May", wd(2026,5,12), "火"),
    ("clean-india-tea-auction", "248.90-231.40", round(248.90-231.40, 2), 17.5),
    ("clean-india-tea-auction", "2.3/2.86 -> 約8割", round(2.3/2.86, 2), 0.8),
    ("clean-india-tea-auction", "9:30 IST -> JST", jst(2026,9,17,9,30,5.5), "17日13:00"),
    ("clean-india-tea-auction", "18:00 IST -> JST", jst(2026,9,17,18,0,5.5), "17日21:30"),
    ("clean-india-tea-auction", "Rs 3,950 crore / 45 crore", (3950e7/1e8, 45e7/1e8), (395.0, 4.5)),
    ("clean-ny-cocoa-futures", "1:30pm EDT Tue 6 Oct -> JST", jst(2026,10,6,13,30,-4), "07日02:30"),
    ("clean-ny-cocoa-futures", "24600-11800", 24600-11800, 12800),
    ("clean-uganda-coffee-exports", "6.1/7.4 -> 8割強; 7.4-6.1", (round(6.1/7.4, 2), round(7.4-6.1, 1)), (0.82, 1.3)),
    ("clean-uganda-coffee-exports", "38+14+9 -> 6割強", 38+14+9, 61),
    ("clean-uganda-coffee-exports", "1.5 acres -> ha", round(1.5*0.40468564, 1), 0.6),
    ("clean-uganda-coffee-exports", "14500/9800 -> 約1.5倍", round(14500/9800, 2), 1.48),
    ("clean-uganda-coffee-exports", "11am EAT Wed 8 Jul -> JST", jst(2026,7,8,11,0,3), "08日17:00"),
    ("clean-ethiopia-coffee-auction", "214000-181000; 400000-214000", (214000-181000, 400000-214000), (33000, 186000)),
    ("clean-ethiopia-coffee-auction", "3200/1100 -> 約3倍", round(3200/1100, 1), 2.9),
    ("clean-ethiopia-coffee-auction", "2pm EAT -> JST; weekday 3 Feb", (jst(2026,2,3,14,0,3), wd(2026,2,3)), ("03日20:00", "火")),
    ("clean-malaysia-palm-oil", "1.58-1.42 M t; 412/1310 -> 約3割", (round(1.58-1.42, 2), round(412/1310, 2)), (0.16, 0.31)),
    ("clean-malaysia-palm-oil", "weekday 11 May", wd(2026,5,11), "月"),
]
for case, label, got, want in DERIVED:
    check(got == want, f"{case}: derived {label}: {got} != {want}")
print(f"derived values recomputed: {len(DERIVED)}")

check(len(cases) == 24 and n_clean == 12 and n_err == 12, f"counts {len(cases)} {n_clean} {n_err}")
check(langs == {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}, f"languages {dict(langs)}")
check(sev == {"error": 24, "warning": 12}, f"severities {dict(sev)}")
print(f"cases {len(cases)} (clean {n_clean}, err {n_err}); languages {dict(langs)}")
print(f"planted findings {sum(sev.values())}: {dict(sev)}; kinds {dict(kinds)}")
if fails:
    print("FAIL"); print("\n".join(fails)); sys.exit(1)
print("OK")
