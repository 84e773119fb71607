#!/usr/bin/env python3
"""Sanity checks for check-holdout-353."""
import datetime, json, pathlib, re, subprocess, sys, collections
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE)); import gen
YOTEN = "/tmp/bcv353/bin/yoten"
bad = []; kinds = collections.Counter(); sev = collections.Counter(); langs = collections.Counter()
names = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
for n in names:
    m, paras = gen.load(HERE / "specs" / f"{n}.txt")
    langs[m["lang"]] += 1
    d = HERE / "cases" / n
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    src = (d / "source.html").read_text(encoding="utf-8")
    body = " ".join(paras)
    if m["lang"] == "ja":
        size = len(re.sub(r"\s", "", body)); ok = 600 <= size <= 700
    else:
        size = len(body.split()); ok = 300 <= size <= 350
    if not ok: bad.append(f"{n}: source size {size}")
    dsize = len(re.sub(r"\s", "", dig))
    if not 950 <= dsize <= 1400: bad.append(f"{n}: digest size {dsize}")
    if exp["clean"] != n.startswith("clean-"): bad.append(f"{n}: clean flag")
    want = 0 if exp["clean"] else 3
    if len(exp["findings"]) != want: bad.append(f"{n}: {len(exp['findings'])} findings")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1; sev[f["severity"]] += 1
        if f["span"] not in dig: bad.append(f"{n}: span not in digest: {f['span']}")
    if not exp["clean"]:
        errs = sum(f["severity"] == "error" for f in exp["findings"])
        if errs != 2: bad.append(f"{n}: {errs} errors")
    pub = datetime.datetime.fromisoformat(m["published"])
    cite = f"{m['title']} {m['outlet']} {pub:%Y.%m.%d}"
    if exp["clean"] and (cite not in dig or m["url"] not in dig):
        bad.append(f"{n}: clean citation differs")
    for k in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "<article>", "<nav>", "cookie", "footer"):
        if k not in src: bad.append(f"{n}: html lacks {k}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: bad.append(f"{n}: yoten parse rc {r.returncode}: {r.stderr.strip()[-200:]}")
    print(f"{n:38} {m['lang']} src={size:4} digest={dsize:4} findings={len(exp['findings'])} parse={r.returncode}")
print("cases", len(names), "clean", sum(n.startswith("clean-") for n in names), "err", sum(n.startswith("err-") for n in names))
print("languages", dict(langs)); print("kinds", dict(kinds)); print("severities", dict(sev))
if len(names) != 24: bad.append("not 24 cases")
for b in bad: print("FAIL", b)
print("OK" if not bad else f"{len(bad)} problems"); sys.exit(1 if bad else 0)
