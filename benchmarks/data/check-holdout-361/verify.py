#!/usr/bin/env python3
"""Checks for check-holdout-361. Exit status 0 only when every check passes."""
import json, re, subprocess, sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402
from planted import PLANTED  # noqa: E402

YOTEN = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bcv361/bin/yoten"
problems = []


def fail(msg):
    problems.append(msg)


cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if cases != specs:
    fail(f"cases/specs differ: {set(cases) ^ set(specs)}")

langs = Counter()
kinds = Counter()
sev = Counter()
n_clean = n_err = 0
for name in cases:
    d = HERE / "cases" / name
    meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]
    langs[lang] += 1
    # source up to date and sized
    html = (d / "source.html").read_text(encoding="utf-8")
    if html != gen.build(name):
        fail(f"{name}: source.html out of date (run gen.py)")
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                   '"NewsArticle"', "<nav>", "cookie-banner", "<article>", "<footer>", "related"):
        if needle not in html:
            fail(f"{name}: source.html lacks {needle}")
    body = " ".join(paras)
    if lang == "ja":
        size = len(re.sub(r"\s", "", body))
        if not 600 <= size <= 700:
            fail(f"{name}: Japanese source has {size} characters (600-700)")
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            fail(f"{name}: source has {size} words (300-350)")
    # digest
    text = (d / "digest.txt").read_text(encoding="utf-8")
    dlen = len(text.strip())
    if not 950 <= dlen <= 1400:
        fail(f"{name}: digest has {dlen} characters (950-1400)")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"{name}: yoten parse failed: {r.stderr[-300:]}")
        parsed = None
    else:
        parsed = json.loads(r.stdout)
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    spans = [f["span"] for f in exp["findings"]]
    for f in exp["findings"]:
        if f["span"] not in text:
            fail(f"{name}: span not in digest: {f['span']!r}")
        elif text.count(f["span"]) != 1:
            fail(f"{name}: span occurs {text.count(f['span'])} times: {f['span']!r}")
        kinds[(f["kind"], f["severity"])] += 1
        sev[f["severity"]] += 1
    if len(set(spans)) != len(spans):
        fail(f"{name}: duplicate spans")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            fail(f"{name}: clean case must have no findings")
    elif name.startswith("err-"):
        n_err += 1
        s = Counter(f["severity"] for f in exp["findings"])
        if exp["clean"] is not False or s != Counter({"error": 2, "warning": 1}):
            fail(f"{name}: err case needs 2 errors + 1 warning, has {dict(s)}")
        want = [{"kind": k, "severity": sv, "span": sp} for k, sv, sp, _, _ in PLANTED[name]]
        if exp["findings"] != want:
            fail(f"{name}: expected.json differs from planted.py")
    else:
        fail(f"{name}: bad case name")
    # citation: canonical URL and outlet-local date, unless a citation slip is planted
    if parsed:
        src = parsed["sources"][0]
        planted_cit = [f for f in exp["findings"] if f["kind"] == "citation"]
        local_date = datetime.fromisoformat(meta["published"]).date().isoformat()
        ok = (src["url"] == meta["url"] and src["date"] == local_date
              and src["title"] == meta["title"] and src["outlet"] == meta["outlet"])
        if not planted_cit and not ok:
            fail(f"{name}: citation differs from source: {src}")
        if planted_cit and ok:
            fail(f"{name}: citation slip planted but citation matches source")

print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("planted:", sum(kinds.values()), dict(sorted(sev.items())))
for (k, s), n in sorted(kinds.items()):
    print(f"  {k}/{s}: {n}")
if len(cases) != 24 or n_clean != 12 or n_err != 12:
    fail("need 24 cases: 12 clean, 12 err")
if langs != Counter({"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}):
    fail(f"language mix wrong: {dict(langs)}")
if sum(kinds.values()) != 36 or sev != Counter({"error": 24, "warning": 12}):
    fail("need 36 planted findings: 24 errors, 12 warnings")
w = Counter(k for (k, s) in kinds.elements() if s == "warning")
if not (w["unsupported"] == 4 and 2 <= w["name"] <= 3 and w["spelling"] == 2 and 3 <= w["citation"] <= 4):
    fail(f"warning mix wrong: {dict(w)}")
if problems:
    print("FAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK: all checks passed")
