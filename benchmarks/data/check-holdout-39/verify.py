"""Sanity checks for check-holdout-39 (does not run the checker)."""
import collections, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, kinds, langs = [], collections.Counter(), collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    digest = (c / "digest.txt").read_text()
    exp = json.loads((c / "expected.json").read_text())
    html = (c / "source.html").read_text()
    spec = json.loads((HERE / "specs" / f"{c.name}.json").read_text())
    langs[spec["lang"]] += 1
    n = len(exp["findings"])
    if c.name.startswith("clean-") and (not exp["clean"] or n):
        problems.append(f"{c.name}: clean case with findings")
    if c.name.startswith("err-") and (exp["clean"] or not 2 <= n <= 3):
        problems.append(f"{c.name}: err case needs 2-3 findings, has {n}")
    for f in exp["findings"]:
        if f["span"] not in digest:
            problems.append(f"{c.name}: span not verbatim: {f['span']}")
        # a numeric span must not sit inside a longer number (9万 inside 19万)
        for m in re.finditer(re.escape(f["span"]), digest):
            if f["span"][0].isdigit() and m.start() and digest[m.start() - 1].isdigit():
                problems.append(f"{c.name}: span {f['span']} also occurs inside a longer number")
        kinds[(f["kind"], f["severity"])] += 1
    for dom in set(re.findall(r"https?://([^/\"'\s?]+)", html + digest)):
        if not dom.endswith(".example") and dom != "schema.org":
            problems.append(f"{c.name}: non-.example domain {dom}")
    body = "".join(spec["paragraphs"])
    lo = 2000 if spec["lang"] == "ja" else 1500
    if not lo <= len(body) <= 3000:
        problems.append(f"{c.name}: body length {len(body)}")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode:
        problems.append(f"{c.name}: yoten parse failed: {r.stderr.strip()[:200]}")
clean = sum(c.name.startswith("clean-") for c in cases)
print(f"cases: {len(cases)} ({clean} clean, {len(cases) - clean} err); languages: {dict(sorted(langs.items()))}")
print(f"planted findings: {sum(kinds.values())}")
for (k, s), v in sorted(kinds.items()):
    print(f"  {k:12s} {s:8s} {v}")
print("OK" if not problems else "PROBLEMS:\n  " + "\n  ".join(problems))
sys.exit(1 if problems else 0)
