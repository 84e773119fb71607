"""Sanity checks for check-holdout-97 (does not run the checker)."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
bad = []
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
for d in sorted((HERE / "cases").iterdir()):
    src = (d / "source.html").read_text()
    dig = (d / "digest.txt").read_text()
    exp = json.loads((d / "expected.json").read_text())
    name = d.name
    for dom in re.findall(r"https?://([^/\"'\s?]+)", src + dig):
        if not dom.endswith(".example") and dom not in ("schema.org",):
            bad.append(f"{name}: non-.example domain {dom}")
    body = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    paras = "".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", body, re.S))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    lo = 2000 if lang == "ja" else 1500
    if not lo <= len(paras) <= 3000:
        bad.append(f"{name}: body length {len(paras)} outside {lo}-3000")
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    if exp["clean"]:
        n_clean += 1
        if exp["findings"]:
            bad.append(f"{name}: clean case with findings")
        if canon not in dig.split():
            bad.append(f"{name}: canonical URL not cited")
    else:
        n_err += 1
        if not 2 <= len(exp["findings"]) <= 3:
            bad.append(f"{name}: {len(exp['findings'])} findings")
    if name.startswith("clean-") != exp["clean"]:
        bad.append(f"{name}: name/clean flag disagree")
    for f in exp["findings"]:
        if f["span"] not in dig:
            bad.append(f"{name}: span not in digest: {f['span']}")
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    print(f"{name:34} {lang} body={len(paras):5} findings={len(exp['findings'])} parse={'ok' if r.returncode == 0 else 'FAIL'}")
print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err); findings: {sum(kinds.values())}")
print("by kind:", dict(sorted(kinds.items())))
print("by severity:", dict(sorted(sev.items())))
print("problems:" if bad else "problems: none")
for b in bad:
    print("  " + b)
sys.exit(1 if bad else 0)
