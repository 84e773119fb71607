"""Sanity checks for check-holdout-95 (does not run the checker)."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning",
       "glossary": "warning", "citation": "warning", "structure": "warning"}

problems, kinds, langs = [], collections.Counter(), collections.Counter()
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    body = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    paras = [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", body, re.S)]
    n = sum(len(p) for p in paras)
    lo = 2000 if lang == "ja" else 1500
    if not lo <= n <= 3000:
        problems.append(f"{name}: body {n} chars outside {lo}-3000")
    for host in re.findall(r"https?://([^/\"'\s]+)", src + dig):
        if host != "schema.org" and not host.endswith(".example"):
            problems.append(f"{name}: non-.example host {host}")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if name.startswith("clean-") and canon not in dig.splitlines():
        problems.append(f"{name}: canonical URL not cited on its own line")
    if exp["clean"] != name.startswith("clean-"):
        problems.append(f"{name}: clean flag does not match name")
    f = exp["findings"]
    if exp["clean"]:
        n_clean += 1
        if f:
            problems.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if not 2 <= len(f) <= 3:
            problems.append(f"{name}: {len(f)} findings (want 2-3)")
    spans = [x["span"] for x in f]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate span")
    for x in f:
        if x["span"] not in dig:
            problems.append(f"{name}: span not verbatim in digest: {x['span']!r}")
        if SEV.get(x["kind"]) != x["severity"]:
            problems.append(f"{name}: {x['kind']} labelled {x['severity']}")
        kinds[(x["kind"], x["severity"])] += 1
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    print(f"{name:38s} {lang}  body={n:5d}  findings={len(f)}  parse={'ok' if r.returncode == 0 else 'FAIL'}")

print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
print("planted findings:", sum(kinds.values()))
for (k, s), c in sorted(kinds.items()):
    print(f"  {k}/{s}: {c}")
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
