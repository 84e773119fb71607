"""Mechanical checks: spans verbatim in digest, every digest passes `yoten parse`,
clean/err naming agrees with expected.json, source article length."""
import html, json, pathlib, re, subprocess, sys, collections

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
ok = True
tally = collections.Counter()
for d in sorted((HERE / "cases").iterdir()):
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    src = (d / "source.html").read_text(encoding="utf-8")
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", "", body))
    text = re.sub(r"\s+", " ", text).strip()
    problems = []
    if d.name.startswith("clean-") != exp["clean"] or exp["clean"] != (not exp["findings"]):
        problems.append("clean flag/name/findings disagree")
    if not exp["clean"] and not 2 <= len(exp["findings"]) <= 3:
        problems.append(f"{len(exp['findings'])} findings")
    for f in exp["findings"]:
        tally[(f["kind"], f["severity"])] += 1
        if f["kind"] == "structure" and f["span"].startswith("【"):
            if f["span"] in digest:
                problems.append(f"missing-section marker present: {f['span']}")
        elif f["span"] not in digest:
            problems.append(f"span not in digest: {f['span']!r}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append("yoten parse failed: " + r.stderr.strip()[-300:])
    print(f"{d.name:40s} src={len(text):5d} digest={len(digest):5d} {'OK' if not problems else 'FAIL'}")
    for p in problems:
        print("   ", p)
        ok = False
print(dict(tally), "total", sum(tally.values()))
sys.exit(0 if ok else 1)
