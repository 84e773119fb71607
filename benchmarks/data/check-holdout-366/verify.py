#!/usr/bin/env python3
"""Checks for check-holdout-366.

- every case has source.html, digest.txt, expected.json; spec exists and
  source.html equals what gen.py renders from it (up to date);
- clean-* : {"clean": true, "findings": []};
  err-*   : clean false, exactly 3 findings, 2 mismatch/error + 1 warning;
- every span stands verbatim in digest.txt (reports how often);
- `yoten parse` accepts every digest;
- sizes: digests 950-1400 characters; sources 300-350 words
  (Japanese 600-700 characters of article text);
- counts: 24 cases, 12 clean, 12 err, 36 findings, warning kinds,
  languages 14 en / 3 fr / 3 de / 2 es / 2 ja;
- citation line: title, outlet, outlet-local date and canonical URL as in
  the spec (clean cases must match exactly).
"""
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import build, parse_spec  # noqa: E402

YOTEN = "/tmp/bcv366/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WANT_WARN = {"unsupported": 4, "name": 2, "spelling": 2, "citation": 4}


def main():
    errors = []
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    langs, kinds, sev = Counter(), Counter(), Counter()
    n_findings = 0
    print(f"{'case':32} {'lang':4} {'words':>5} {'chars':>5}  findings")
    for c in cases:
        name = c.name
        spec = HERE / "specs" / f"{name}.txt"
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (c / f).exists():
                errors.append(f"{name}: missing {f}")
        if not spec.exists():
            errors.append(f"{name}: missing spec")
            continue
        meta, paras = parse_spec(spec)
        if (c / "source.html").read_text(encoding="utf-8") != build(name):
            errors.append(f"{name}: source.html out of date (run gen.py)")
        lang = meta["lang"]
        langs[lang] += 1
        size = sum(len(p) for p in paras) if lang == "ja" else sum(len(p.split()) for p in paras)
        lo, hi = (600, 700) if lang == "ja" else (300, 350)
        if not lo <= size <= hi:
            errors.append(f"{name}: source size {size} outside {lo}-{hi}")
        digest = (c / "digest.txt").read_text(encoding="utf-8")
        if not 950 <= len(digest) <= 1400:
            errors.append(f"{name}: digest {len(digest)} chars outside 950-1400")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        fnd = exp["findings"]
        n_findings += len(fnd)
        if name.startswith("clean-"):
            if exp != {"clean": True, "findings": []}:
                errors.append(f"{name}: clean case must have no findings")
        elif name.startswith("err-"):
            if exp["clean"] is not False or len(fnd) != 3:
                errors.append(f"{name}: err case needs clean false and 3 findings")
            e = [f for f in fnd if f["severity"] == "error"]
            w = [f for f in fnd if f["severity"] == "warning"]
            if len(e) != 2 or len(w) != 1 or any(f["kind"] != "mismatch" for f in e):
                errors.append(f"{name}: need 2 mismatch/error + 1 warning")
        else:
            errors.append(f"{name}: name must start with clean- or err-")
        spans = []
        for f in fnd:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            k = digest.count(f["span"])
            if k == 0:
                errors.append(f"{name}: span not in digest: {f['span']!r}")
            spans.append(f"{f['kind']}/{f['severity']}:{f['span'][:28]}(x{k})")
        # citation block
        cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cit = [x.strip() for x in cit if x.strip()]
        want = f"{meta['title']} {meta['outlet']} {meta['published'][:10].replace('-', '.')}"
        if name.startswith("clean-") and (cit[0] != want or cit[1] != meta["url"]):
            errors.append(f"{name}: citation differs from spec: {cit[:2]}")
        if not name.startswith("clean-") and not any(f["kind"] == "citation" for f in fnd):
            if cit[0] != want or cit[1] != meta["url"]:
                errors.append(f"{name}: unplanted citation difference: {cit[:2]}")
        r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        print(f"{name:32} {lang:4} {size:5} {len(digest):5}  {'; '.join(spans) or '-'}")
    n_clean = sum(c.name.startswith("clean-") for c in cases)
    n_err = sum(c.name.startswith("err-") for c in cases)
    warn = {k: v for k, v in kinds.items() if k != "mismatch"}
    if len(cases) != 24 or n_clean != 12 or n_err != 12:
        errors.append(f"counts: {len(cases)} cases, {n_clean} clean, {n_err} err")
    if n_findings != 36 or sev["error"] != 24 or sev["warning"] != 12:
        errors.append(f"findings: {n_findings}, severities {dict(sev)}")
    if dict(langs) != WANT_LANG:
        errors.append(f"languages {dict(langs)} != {WANT_LANG}")
    if warn != WANT_WARN:
        errors.append(f"warning kinds {warn} != {WANT_WARN}")
    print(f"\ncases {len(cases)} (clean {n_clean}, err {n_err}); findings {n_findings}: "
          f"{dict(sev)}; kinds {dict(sorted(kinds.items()))}; languages {dict(sorted(langs.items()))}")
    if errors:
        print("\nFAIL")
        for e in errors:
            print(" -", e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
