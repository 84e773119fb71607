#!/usr/bin/env python3
"""Sanity checks for check-holdout-330 (does not run the checker)."""
import datetime as dt, json, pathlib, re, shutil, subprocess, sys
from collections import Counter
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE)); import gen
ERR_KINDS, WARN_KINDS = {"mismatch"}, {"unsupported", "name", "spelling", "citation", "glossary", "structure"}
YOTEN = shutil.which("yoten") or "/tmp/bcv330/bin/yoten"
fail = []
def check(ok, msg):
    if not ok: fail.append(msg)

# derived values stated in the clean digests (and the correct ones in err digests), recomputed
W = lambda y, m, d: "月火水木金土日"[dt.date(y, m, d).weekday()]
JST = lambda y, mo, d, h, mi, off: dt.datetime(y, mo, d, h, mi, tzinfo=dt.timezone(dt.timedelta(hours=off))).astimezone(dt.timezone(dt.timedelta(hours=9))).strftime("%d %H:%M")
F2C = lambda f: (f - 32) * 5 / 9
derived = [
 ("harlow 10日(火)", W(2026,2,10) == "火"), ("harlow JST 11日9:30", JST(2026,2,10,19,30,-5) == "11 09:30"),
 ("harlow 1350/4800 約28%", round(1350/4800*100) == 28), ("harlow 64300-59478", 64300-59478 == 4822), ("harlow 280-245", 280-245 == 35),
 ("harlow 4800+1350", 4800+1350 == 6150), ("harlow 1460-910", 1460-910 == 550),
 ("vernoux 13日(火)", W(2026,1,13) == "火"), ("vernoux 4750/11300 4割余り", 0.40 < 4750/11300 < 0.45), ("vernoux 86.5-52", round(86.5-52, 1) == 34.5),
 ("vernoux 5950/4750 約25%", round((5950/4750-1)*100) == 25), ("vernoux 140+310", 140+310 == 450),
 ("carrow 2日(月)", W(2026,2,2) == "月"), ("carrow 1560/2400", 1560/2400 == 0.65), ("carrow 2400-1560", 2400-1560 == 840), ("carrow 112-71", 112-71 == 41),
 ("valdoria 18日(月)", W(2026,5,18) == "月"), ("valdoria 265*11", 265*11 == 2915), ("valdoria 66-58.6", round(66-58.6, 1) == 7.4), ("valdoria JST 19:30", JST(2026,5,18,12,30,2) == "18 19:30"),
 ("lindwald 9日(月)", W(2026,3,9) == "月"), ("lindwald 17/38 <半数", 17/38 < 0.5), ("lindwald 6200/27000 23%", round(6200/27000*100) == 23), ("lindwald 40-30", 40-30 == 10),
 ("dunmore 25日(木)", W(2026,6,25) == "木"), ("dunmore JST 22:00", JST(2026,6,25,14,0,1) == "25 22:00"), ("dunmore 790-614", 790-614 == 176),
 ("dunmore 46/31 約48%", round((46/31-1)*100) == 48), ("dunmore 24.5*20", 24.5*20 == 490),
 ("oster 7日(火)", W(2026,4,7) == "火"), ("oster 52-41", 52-41 == 11), ("oster 47-41", 47-41 == 6), ("oster 30min*180", 0.5*180 == 90), ("oster 10F", round(F2C(10)) == -12),
 ("asahigaoka 28日(月)", W(2026,9,28) == "月"), ("asahigaoka 10+6+6", 10+12 == 22), ("asahigaoka 4150-620", 4150-620 == 3530),
 ("asahigaoka 2800/8400 国県3分の2", abs((8400-2800)/8400 - 2/3) < 1e-9), ("asahigaoka 1800*0.6", 1800*0.6 == 1080), ("asahigaoka 78% 約8割", round(0.78, 1) == 0.8),
 ("weissach 29日(木)", W(2026,10,29) == "木"), ("weissach 57/94 約6割", round(57/94, 1) == 0.6), ("weissach 1200/410 約3倍", round(1200/410) == 3),
 ("weissach 1470-1200", 1470-1200 == 270), ("weissach 36*2800", 36*2800 == 100800), ("weissach 3*400", 3*400 == 1200), ("weissach 890+600", 890+600 == 1490),
 ("tamaki 26日(火)", W(2026,5,26) == "火"), ("tamaki JST 7:00", JST(2026,5,26,10,0,12) == "26 07:00"), ("tamaki 98700-81200", 98700-81200 == 17500), ("tamaki 21000/3400 6倍余り", 6 < 21000/3400 < 6.5),
 ("strathmorven 30日(月)", W(2026,11,30) == "月"), ("strathmorven 11940-10380", 11940-10380 == 1560), ("strathmorven 約13%", round((11940-10380)/11940*100) == 13), ("strathmorven 62/140 半分足らず", 62/140 < 0.5),
 ("khanyisa 4日(火)", W(2026,8,4) == "火"), ("khanyisa 7/17 約41%", round(7/17*100) == 41), ("khanyisa 5120-2860", 5120-2860 == 2260), ("khanyisa 2260/5120 約45%", round(2260/5120*100) == 44 or round(2260/5120*100) == 45),
 ("khanyisa 24*264", 24*264 == 6336), ("khanyisa 7*264", 7*264 == 1848), ("khanyisa JST 18:00", JST(2026,8,4,11,0,2) == "04 18:00"),
 # correct derived values in err digests
 ("tillman 4日(水)", W(2026,3,4) == "水"), ("tillman 6900/16400 約4割", round(6900/16400, 1) == 0.4), ("tillman 1.15*190 約219", abs(1.15*190 - 218.5) < 1e-9), ("tillman 16.9-16.1", round(16.9-16.1, 1) == 0.8),
 ("brennach 412-356", 412-356 == 56), ("brennach 56/356 約16%", round(56/356*100) == 16), ("brennach 1350/4900 3割近く", 0.25 < 1350/4900 < 0.3),
 ("pell 14日(月)", W(2026,9,14) == "月"), ("pell 2.5mi", round(2.5*1.609344) == 4), ("pell 1.5mi", round(1.5*1.609344, 1) == 2.4), ("pell 1mi", round(1.609344, 1) == 1.6), ("pell 45mph", round(45*1.609344) == 72), ("pell 11.2/280", 11.2/280 == 0.04),
 ("minase 2日(火)", W(2026,6,2) == "火"), ("minase 114/298 約4割", round(114/298, 1) == 0.4), ("minase 4260-3950", 4260-3950 == 310), ("minase 1280-1150", 1280-1150 == 130),
 ("kestrel 18日(水)", W(2026,11,18) == "水"), ("kestrel 3400/9100 約37%", round(3400/9100*100) == 37), ("kestrel 25-22.75", 25-22.75 == 2.25),
 ("maskinac 6日(火)", W(2026,10,6) == "火"), ("maskinac 7400/12000 約62%", round(7400/12000*100) == 62), ("maskinac 4.6/3.1 約5割", round(4.6/3.1-1, 1) == 0.5), ("maskinac JST 7日2:30", JST(2026,10,6,13,30,-4) == "07 02:30"),
 ("varunapur 13日(月)", W(2026,7,13) == "月"), ("varunapur 1240 crore", 1240*10**7 == 124*10**8), ("varunapur 14.8+9.4 lakh", round(14.8+9.4, 1) == 24.2), ("varunapur 91-84", 91-84 == 7),
 ("san aurelio 19日(水)", W(2026,8,19) == "水"), ("san aurelio 212/430 半数近く", 0.45 < 212/430 < 0.5), ("san aurelio 1140-400", 1140-400 == 740), ("san aurelio 46-39", 46-39 == 7),
 ("meuse 4日(月)", W(2026,5,4) == "月"), ("meuse 104/318 約3分の1", round(104/318, 2) == 0.33),
 ("hollis 21日(水)", W(2026,1,21) == "水"), ("hollis 85-71", 85-71 == 14), ("hollis 18600*0.14", round(18600*0.14, -2) == 2600),
 ("corrigan 17日(火)", W(2026,3,17) == "火"), ("corrigan 1-4.2/6.3", round(1-4.2/6.3, 2) == 0.33), ("corrigan 1940-1510", 1940-1510 == 430), ("corrigan 27-19", 27-19 == 8), ("corrigan 8:50-15:10", (15*60+10)-(8*60+50) == 380),
 ("saguaro 12日(火)", W(2026,5,12) == "火"), ("saguaro 158F", round(F2C(158)) == 70), ("saguaro 100F", round(F2C(100)) == 38), ("saguaro 1600sqft", round(1600*0.09290304) == 149), ("saguaro 90mph", round(90*1.609344) == 145), ("saguaro 412/268 約5割", round(412/268-1, 1) == 0.5),
]
for name, ok in derived:
    check(ok, f"derived value wrong: {name}")

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
specs = {p.stem for p in (HERE / "specs").glob("*.txt")}
check({c.name for c in cases} == specs, "cases and specs differ")
langs, kinds, sev = Counter(), Counter(), Counter()
n_clean = n_err = 0
for c in cases:
    meta, paras = gen.parse(HERE / "specs" / f"{c.name}.txt")
    langs[meta["lang"]] += 1
    src = (c / "source.html").read_text(encoding="utf-8")
    check(src == gen.page(meta, paras), f"{c.name}: source.html stale (run gen.py)")
    for needle in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"', 'article:published_time', '"NewsArticle"', "<article>", "<nav>", "cookie-banner", "<footer>", 'class="related"'):
        check(needle in src, f"{c.name}: source lacks {needle}")
    body = " ".join(paras)
    if meta["lang"] == "ja":
        n = len(re.sub(r"\s", "", body)); check(600 <= n <= 700, f"{c.name}: ja source {n} chars")
    else:
        n = len(body.split()); check(300 <= n <= 350, f"{c.name}: source {n} words")
    dg = (c / "digest.txt").read_text(encoding="utf-8")
    check(950 <= len(dg) <= 1400, f"{c.name}: digest {len(dg)} chars")
    for m in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
        check(m in dg, f"{c.name}: digest lacks {m}")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    check(r.returncode == 0, f"{c.name}: yoten parse failed: {r.stderr[-300:]}")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    for f in exp["findings"]:
        check(f["span"] in dg, f"{c.name}: span not in digest: {f['span']}")
        check((f["kind"] in ERR_KINDS and f["severity"] == "error") or (f["kind"] in WARN_KINDS and f["severity"] == "warning"), f"{c.name}: kind/severity {f}")
        kinds[f["kind"]] += 1; sev[f["severity"]] += 1
    spans = [f["span"] for f in exp["findings"]]
    check(len(set(spans)) == len(spans), f"{c.name}: duplicate spans")
    pub = meta["published"][:10].replace("-", ".")
    cit = dg.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    if c.name.startswith("clean-"):
        n_clean += 1
        check(exp == {"clean": True, "findings": []}, f"{c.name}: clean case has findings")
        check(cit[0].startswith(meta["title"]) and cit[0].endswith(f"{meta['outlet']} {pub}"), f"{c.name}: citation line {cit[0]}")
        check(cit[-1].strip() == meta["url"], f"{c.name}: citation URL")
    else:
        n_err += 1
        s = Counter(f["severity"] for f in exp["findings"])
        check(exp["clean"] is False and s == {"error": 2, "warning": 1}, f"{c.name}: err case needs 2 errors + 1 warning, has {dict(s)}")
print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(sev.values()), dict(sorted(sev.items())), dict(sorted(kinds.items())))
print(f"derived values recomputed: {len(derived)}")
check(n_clean == 12 and n_err == 12, "need 12 clean + 12 err")
check(langs == Counter(en=14, fr=3, de=3, es=2, ja=2), f"languages {dict(langs)}")
check(sum(sev.values()) == 36 and sev["error"] == 24 and sev["warning"] == 12, "need 36 findings: 24 errors, 12 warnings")
if fail:
    print("FAIL"); [print(" -", f) for f in fail]; sys.exit(1)
print("OK")
