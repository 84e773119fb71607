"""Self-check of check-holdout-89 (does not run the checker)."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, kinds, langs = [], collections.Counter(), collections.Counter()
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    art = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    body = sum(len(html.unescape(p)) for p in re.findall(r"<p>(.*?)</p>", art))
    lo = 2000 if lang == "ja" else 1500
    if not lo <= body <= 3000:
        problems.append(f"{name}: body {body} chars")
    for host in re.findall(r"https?://([^/\"'\s<>?]+)", src + dig):
        if not host.endswith(".example") and host != "schema.org":  # JSON-LD vocabulary
            problems.append(f"{name}: non-.example host {host}")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    for tag in ("og:site_name", "og:title", "article:published_time"):
        if f'property="{tag}"' not in src:
            problems.append(f"{name}: no {tag}")
    if name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or exp["findings"]:
            problems.append(f"{name}: clean case with findings")
        if canon not in dig.splitlines():
            problems.append(f"{name}: canonical URL not cited")
    else:
        n_err += 1
        if exp["clean"] or not 2 <= len(exp["findings"]) <= 3:
            problems.append(f"{name}: err case needs 2-3 findings")
    for f in exp["findings"]:
        kinds[(f["kind"], f["severity"])] += 1
        if f["span"] not in dig:
            problems.append(f"{name}: span not in digest: {f['span']}")
        elif dig.count(f["span"]) > 1:
            problems.append(f"{name}: span occurs {dig.count(f['span'])} times: {f['span']}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    print(f"{name:40s} {lang}  body={body:5d}  findings={len(exp['findings'])}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
print("findings by kind/severity:")
for (k, s), c in sorted(kinds.items()):
    print(f"  {k:12s} {s:8s} {c}")
print(f"  total {sum(kinds.values())}")
print("problems:", problems or "none")
sys.exit(1 if problems else 0)
