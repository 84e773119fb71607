"""Sanity checks for check-holdout-82 (does not run the checker)."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
bad, kinds, n_clean, n_err = [], collections.Counter(), 0, 0
for case in sorted((HERE / "cases").iterdir()):
    d = (case / "digest.txt").read_text(encoding="utf-8")
    src = (case / "source.html").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    if case.name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or f:
            bad.append(f"{case.name}: clean case with findings")
    else:
        n_err += 1
        if exp["clean"] or not 2 <= len(f) <= 3:
            bad.append(f"{case.name}: err case needs 2-3 findings, has {len(f)}")
    for x in f:
        c = d.count(x["span"])
        if c != 1:
            bad.append(f"{case.name}: span {x['span']!r} occurs {c} times")
        kinds[(x["kind"], x["severity"])] += 1
    for dom in re.findall(r"https?://([^/\"\s?]+)", src + d):
        if not dom.endswith(".example") and dom != "schema.org":
            bad.append(f"{case.name}: non-.example domain {dom}")
    art = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    body = html.unescape(" ".join(re.findall(r"<p>(.*?)</p>", art, re.S)))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    lo = 2000 if lang == "ja" else 1500
    if not lo <= len(body) <= 3000:
        bad.append(f"{case.name}: body {len(body)} chars ({lang})")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad.append(f"{case.name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    print(f"{case.name:32s} {lang}  body={len(body):5d}  findings={len(f)}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
print(f"\ncases: {n_clean} clean + {n_err} err = {n_clean + n_err}")
print("findings by kind/severity:", ", ".join(f"{k}/{s} {n}" for (k, s), n in sorted(kinds.items())),
      f"(total {sum(kinds.values())})")
print("problems:", len(bad))
for b in bad:
    print("  " + b)
sys.exit(1 if bad else 0)
