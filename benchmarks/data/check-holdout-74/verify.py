"""Sanity checks for check-holdout-74 (does not run the checker)."""
import collections, html, json, pathlib, re, subprocess, sys
HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, tot, langs = [], collections.Counter(), collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1); langs[lang] += 1
    art = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    body = "".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", art, re.S))
    n = len(body)
    lo = 2000 if lang == "ja" else 1500
    if not lo <= n <= 3000: problems.append(f"{c.name}: body {n} chars")
    for u in re.findall(r"https?://([^/\"'\s]+)", src + dig):
        if not u.endswith(".example") and u != "schema.org": problems.append(f"{c.name}: domain {u}")
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    if c.name.startswith("clean-"):
        if not exp["clean"] or exp["findings"]: problems.append(f"{c.name}: clean case with findings")
        if canon not in dig.split("【引用・参照・底本】")[1]: problems.append(f"{c.name}: canonical URL not cited")
    else:
        if exp["clean"] or not 2 <= len(exp["findings"]) <= 3: problems.append(f"{c.name}: err case needs 2-3 findings")
    for f in exp["findings"]:
        if f["span"] not in dig: problems.append(f"{c.name}: span not verbatim: {f['span']}")
        tot[(f["kind"], f["severity"])] += 1
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{c.name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    print(f"{c.name:32} {lang}  body={n:5}  findings={len(exp['findings'])}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
clean = sum(c.name.startswith("clean-") for c in cases)
print(f"\ncases: {len(cases)} (clean {clean}, err {len(cases) - clean}); languages: {dict(sorted(langs.items()))}")
print("findings by kind/severity:", {f"{k}/{s}": v for (k, s), v in sorted(tot.items())}, "total", sum(tot.values()))
print("problems:", problems or "none")
sys.exit(1 if problems else 0)
