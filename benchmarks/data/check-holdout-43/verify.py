"""Sanity checks for check-holdout-43 (does not run the checker)."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, by_kind, counts = [], collections.Counter(), collections.Counter()
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    art = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    paras = re.findall(r"<p>(.*?)</p>", art, re.S)
    body = html.unescape("".join(paras))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    lo = 2000 if lang == "ja" else 1500
    if not lo <= len(body) <= 3000:
        problems.append(f"{name}: body length {len(body)}")
    for url in re.findall(r"https?://[^\s\"<]+", src + dig):
        host = re.match(r"https?://([^/?#]+)", url).group(1)
        if not host.endswith(".example") and host != "schema.org":
            problems.append(f"{name}: non-.example host {host}")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    f = exp["findings"]
    if name.startswith("clean-"):
        counts["clean"] += 1
        if not exp["clean"] or f:
            problems.append(f"{name}: clean case with findings")
        if canon not in dig.split():
            problems.append(f"{name}: canonical URL not cited")
    else:
        counts["err"] += 1
        if exp["clean"] or not 2 <= len(f) <= 3:
            problems.append(f"{name}: err case needs 2-3 findings, has {len(f)}")
    for x in f:
        if x["span"] not in dig:
            problems.append(f"{name}: span not in digest: {x['span']}")
        by_kind[(x["kind"], x["severity"])] += 1
    counts[lang] += 1
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
print("cases:", dict(counts))
for (k, s), n in sorted(by_kind.items()):
    print(f"  {k:12} {s:8} {n}")
print("findings:", sum(by_kind.values()))
print("problems:" if problems else "OK: no problems")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
