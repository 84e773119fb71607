"""Sanity checks for check-holdout-42 (does not run the checker)."""
import collections, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
MIN_BODY = {"ja": 2000}
problems, totals, langs = [], collections.Counter(), collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    src = (c / "source.html").read_text(encoding="utf-8")
    spec = json.loads((HERE / "specs" / f"{c.name}.json").read_text(encoding="utf-8"))
    langs[spec["lang"]] += 1
    body = len("".join(spec["body"]))
    lo = MIN_BODY.get(spec["lang"], 1500)
    if not lo <= body <= 3000:
        problems.append(f"{c.name}: body {body} chars outside {lo}-3000")
    for dom in re.findall(r"https?://([^/\"'\s]+)", src + digest):
        if not dom.endswith(".example") and dom not in ("schema.org",):
            problems.append(f"{c.name}: non-.example domain {dom}")
    is_clean = c.name.startswith("clean-")
    if exp["clean"] != is_clean:
        problems.append(f"{c.name}: clean flag disagrees with name")
    n = len(exp["findings"])
    if is_clean and n:
        problems.append(f"{c.name}: clean case has findings")
    if not is_clean and not 2 <= n <= 3:
        problems.append(f"{c.name}: {n} findings, want 2-3")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{c.name}: duplicate span")
    for f in exp["findings"]:
        if f["span"] not in digest:
            problems.append(f"{c.name}: span not verbatim: {f['span']!r}")
        totals[(f["kind"], f["severity"])] += 1
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{c.name}: yoten parse failed: {r.stderr.strip()[:200]}")
n_clean = sum(c.name.startswith("clean-") for c in cases)
print(f"cases: {len(cases)} ({n_clean} clean, {len(cases) - n_clean} err)")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(totals.values()))
for (k, s), v in sorted(totals.items()):
    print(f"  {k:12} {s:8} {v}")
print("yoten parse: all ok" if not any("parse failed" in p for p in problems) else "yoten parse: FAILURES")
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
