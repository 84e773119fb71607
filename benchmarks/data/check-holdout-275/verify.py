#!/usr/bin/env python3
"""Sanity checks for check-holdout-275 (no checker involved)."""
import json, pathlib, re, subprocess, sys, html as H, datetime as dt
sys.dont_write_bytecode = True
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import gen

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = "/tmp/bcv275/bin/yoten"
bad = []
langs = {}
n_find = {"error": 0, "warning": 0}
kinds = {}
cases = gen.load_all()
for name, meta, paras, d, f in cases:
    c = HERE / "cases" / name
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
    body = " ".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", body)); lo, hi = 600, 700
    else:
        size = len(body.split()); lo, hi = 300, 350
    if not lo <= size <= hi:
        bad.append(f"{name}: source size {size} not in {lo}-{hi}")
    dsize = len(re.sub(r"\s", "", dig))  # characters without spaces and line breaks
    if not 950 <= dsize <= 1400:
        bad.append(f"{name}: digest {dsize} chars not in 950-1400")
    for tag in ("<article>", 'property="og:site_name"', 'property="og:title"', 'rel="canonical"', "article:published_time", "NewsArticle", "<nav>", "cookie", "related", "<footer>"):
        if tag not in src:
            bad.append(f"{name}: source lacks {tag}")
    if ".example" not in meta["url"]:
        bad.append(f"{name}: url not .example")
    if name.startswith("clean-") != exp["clean"] or (exp["clean"] and exp["findings"]):
        bad.append(f"{name}: clean flag wrong")
    if name.startswith("err-"):
        if len(exp["findings"]) != 3:
            bad.append(f"{name}: {len(exp['findings'])} findings")
        sev = sorted(x["severity"] for x in exp["findings"])
        if sev != ["error", "error", "warning"]:
            bad.append(f"{name}: severities {sev}")
    for x in exp["findings"]:
        n_find[x["severity"]] += 1
        kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
        if x["span"] not in dig:
            bad.append(f"{name}: span not verbatim: {x['span']}")
        if x["kind"] in ("mismatch",) and x["span"] in body:
            bad.append(f"{name}: planted span stands in the source: {x['span']}")
    # citation: clean digests cite canonical URL, title, outlet, outlet-local date
    pub = dt.datetime.fromisoformat(meta["published"])
    cite = f"{meta['title']} {meta['outlet']} {pub.strftime('%Y.%m.%d')}\n\n{meta['url']}\n"
    if exp["clean"] and not dig.endswith(cite):
        bad.append(f"{name}: citation not canonical")
    # posted time (JST) not before publication
    m = re.search(r"(\d{4})年(\d\d)月(\d\d)日 (\d\d):(\d\d)", dig.splitlines()[0])
    posted = dt.datetime(*map(int, m.groups()), tzinfo=dt.timezone(dt.timedelta(hours=9)))
    if posted < pub:
        bad.append(f"{name}: posted {posted} before published {pub}")
    # weekday brackets in digest are checked against the month of publication (or the next)
    for dd, wd in re.findall(r"(\d{1,2})日\((.)\)", dig):
        ok = False
        for mo in (pub.month, pub.month % 12 + 1, pub.month - 1 or 12):
            yr = pub.year + (1 if mo < pub.month - 6 else 0) - (1 if mo > pub.month + 6 else 0)
            try:
                if "月火水木金土日"[dt.date(yr, mo, int(dd)).weekday()] == wd:
                    ok = True
            except ValueError:
                pass
        if not ok and not any(x["span"].startswith(f"{dd}日({wd})") or f"{dd}日({wd})" in x["span"] for x in exp["findings"]):
            bad.append(f"{name}: weekday {dd}日({wd}) not in a nearby month")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad.append(f"{name}: yoten parse rc={r.returncode}: {(r.stderr or r.stdout)[-300:]}")
    print(f"{name:32s} {meta['lang']}  source {size:4d} {'chars' if meta['lang']=='ja' else 'words'}  digest {dsize:4d} chars  findings {len(exp['findings'])}  parse rc={r.returncode}")

n_clean = sum(1 for c in cases if c[0].startswith("clean-"))
n_err = sum(1 for c in cases if c[0].startswith("err-"))
print(f"cases {len(cases)} (clean {n_clean}, err {n_err}); languages {dict(sorted(langs.items()))}")
print(f"findings {sum(n_find.values())}: {n_find}; kinds {dict(sorted(kinds.items()))}")
if (len(cases), n_clean, n_err) != (24, 12, 12) or n_find != {"error": 24, "warning": 12}:
    bad.append("totals wrong")
if langs != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    bad.append(f"languages wrong: {langs}")
for b in bad:
    print("FAIL", b)
print("OK" if not bad else f"{len(bad)} problem(s)")
sys.exit(1 if bad else 0)
