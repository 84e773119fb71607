"""Sanity checks for check-holdout-46 (does not run the checker)."""
import collections, html, json, pathlib, re, subprocess, sys
HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, totals, langs, n = [], collections.Counter(), collections.Counter(), {"clean": 0, "err": 0}
for d in sorted((HERE / "cases").iterdir()):
    src = (d / "source.html").read_text(); dig = (d / "digest.txt").read_text()
    exp = json.loads((d / "expected.json").read_text())
    name = d.name
    if exp["clean"] != name.startswith("clean-"): problems.append(f"{name}: clean flag vs name")
    if exp["clean"]:
        n["clean"] += 1
        if exp["findings"]: problems.append(f"{name}: clean case with findings")
    else:
        n["err"] += 1
        if not 2 <= len(exp["findings"]) <= 3: problems.append(f"{name}: {len(exp['findings'])} findings")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans): problems.append(f"{name}: duplicate span")
    for f in exp["findings"]:
        if f["span"] not in dig: problems.append(f"{name}: span not in digest: {f['span']}")
        ok = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning",
              "glossary": "warning", "citation": "warning", "structure": "warning"}
        if ok.get(f["kind"]) != f["severity"]: problems.append(f"{name}: kind/severity {f}")
        totals[(f["kind"], f["severity"])] += 1
    for url in re.findall(r"https?://([^/\"'\s<>]+)", src + dig):
        if not url.endswith(".example") and url != "schema.org": problems.append(f"{name}: non-.example domain {url}")
    lang = re.search(r'<html lang="(\w+)"', src).group(1); langs[lang] += 1
    body = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    paras = "".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", body, re.S))
    lo = 2000 if lang == "ja" else 1500
    if not lo <= len(paras) <= 3000: problems.append(f"{name}: body length {len(paras)}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    print(f"{name:45s} {lang} body={len(paras):5d} findings={len(exp['findings'])}")
print(f"cases: {n['clean']} clean, {n['err']} err; languages: {dict(sorted(langs.items()))}")
print("findings by kind/severity:", ", ".join(f"{k}/{s}={c}" for (k, s), c in sorted(totals.items())), f"(total {sum(totals.values())})")
print("problems:", len(problems)); [print("  ", p) for p in problems]
sys.exit(1 if problems else 0)
