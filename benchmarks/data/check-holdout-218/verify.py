#!/usr/bin/env python3
"""Sanity checks for check-holdout-218."""
import collections, json, pathlib, re, subprocess, sys
HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists(): problems.append(f"{c.name}: missing {f}")
    d = (c / "digest.txt").read_text(encoding="utf-8")
    e = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    html = (c / "source.html").read_text(encoding="utf-8")
    langs[re.search(r'<html lang="(\w+)"', html).group(1)] += 1
    body = re.sub(r"<[^>]+>", " ", re.search(r"<article>(.*)</article>", html, re.S).group(1))
    lang = re.search(r'<html lang="(\w+)"', html).group(1)
    n = len(re.findall(r"[^\x00-\x7f]", body)) // 2 if lang == "ja" else len(body.split())
    if n < 300 or n > 650: problems.append(f"{c.name}: article length {n}")
    jc = len(re.sub(r"\s", "", d.split("【引用・参照・底本】")[0]))
    if not 900 <= jc <= 1600: problems.append(f"{c.name}: digest body has {jc} characters")
    if c.name.startswith("clean-"):
        if e["clean"] is not True or e["findings"]: problems.append(f"{c.name}: clean case with findings")
    else:
        if e["clean"] is not False or len(e["findings"]) != 3: problems.append(f"{c.name}: err case needs 3 findings")
    for f in e["findings"]:
        kinds[(f["kind"], f["severity"])] += 1; sev[f["severity"]] += 1
        if f["span"] not in d: problems.append(f"{c.name}: span not in digest: {f['span']}")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{c.name}: yoten parse failed: {r.stderr.strip()[:200]}")
print(f"cases: {len(cases)} (clean {sum(c.name.startswith('clean-') for c in cases)}, err {sum(c.name.startswith('err-') for c in cases)})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), dict(sev))
for k, v in sorted(kinds.items()): print(f"  {k[0]}/{k[1]}: {v}")
print("problems:", len(problems))
for p in problems: print("  -", p)
sys.exit(1 if problems else 0)
