#!/usr/bin/env python3
"""Sanity checks for check-holdout-270."""
import json, pathlib, re, shutil, subprocess, sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import parse_spec  # noqa: E402

YOTEN = shutil.which("yoten") or "/tmp/bcv270/bin/yoten"
bad = []
langs, kinds, sev = Counter(), Counter(), Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    name = c.name
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    text = " ".join(paras)
    if meta["lang"] == "ja":
        n = len(re.sub(r"\s", "", text))
        if not 600 <= n <= 700:
            bad.append(f"{name}: source {n} chars")
    else:
        n = len(text.split())
        if not 300 <= n <= 350:
            bad.append(f"{name}: source {n} words")
    src = (c / "source.html").read_text(encoding="utf-8")
    for need in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "<article>", "cookie", "<nav>", "<footer>"):
        if need not in src:
            bad.append(f"{name}: source.html lacks {need}")
    dg = (c / "digest.txt").read_text(encoding="utf-8")
    dn = len(re.sub(r"\s", "", dg))
    if not 950 <= dn <= 1400:
        bad.append(f"{name}: digest {dn} chars")
    if meta["url"] not in dg and name.startswith("clean-"):
        bad.append(f"{name}: canonical URL not in digest")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    if name.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            bad.append(f"{name}: clean case has findings")
    else:
        if exp["clean"] or len(exp["findings"]) != 3:
            bad.append(f"{name}: err case needs 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            bad.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in dg:
                bad.append(f"{name}: span {f['span']!r} not verbatim in digest")
            ok = {"mismatch": "error", "unsupported": "warning", "name": "warning",
                  "spelling": "warning", "citation": "warning"}
            if ok.get(f["kind"]) != f["severity"]:
                bad.append(f"{name}: bad kind/severity {f}")
        if sum(1 for f in exp["findings"] if f["severity"] == "error") != 2:
            bad.append(f"{name}: needs 2 errors + 1 warning")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad.append(f"{name}: yoten parse rc={r.returncode}: {(r.stderr or r.stdout)[-300:]}")
    print(f"{name:32s} {meta['lang']}  src={n:4d}  digest={dn:4d}  parse={'ok' if r.returncode == 0 else 'FAIL'}")

nc = sum(1 for c in cases if c.name.startswith("clean-"))
ne = sum(1 for c in cases if c.name.startswith("err-"))
print(f"cases={len(cases)} clean={nc} err={ne} langs={dict(langs)}")
print(f"planted={sum(kinds.values())} kinds={dict(kinds)} severities={dict(sev)}")
if (nc, ne) != (12, 12) or sum(kinds.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    bad.append("counts off")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    bad.append(f"languages off: {dict(langs)}")
for b in bad:
    print("FAIL", b)
print("OK" if not bad else f"{len(bad)} problem(s)")
sys.exit(1 if bad else 0)
