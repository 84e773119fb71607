"""Sanity checks for check-holdout-38 (does not run the checker)."""
import collections, json, pathlib, re, subprocess, sys, html as H

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, kinds, langs = [], collections.Counter(), collections.Counter()
n_clean = n_err = 0
for d in sorted((HERE / "cases").iterdir()):
    name = d.name
    src = (d / "source.html").read_text(encoding="utf-8")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    body = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    text = H.unescape(re.sub(r"<[^>]+>", "", "".join(re.findall(r"<p>(.*?)</p>", body, re.S))))
    lo = 2000 if lang == "ja" else 1500
    if not lo <= len(text) <= 3000:
        problems.append(f"{name}: body {len(text)} chars")
    for url in re.findall(r"https?://([^/\"'\s?]+)", src + dig):
        if not url.endswith(".example") and url != "schema.org":
            problems.append(f"{name}: non-.example domain {url}")
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    if name.startswith("clean-") and canon not in dig.split():
        problems.append(f"{name}: canonical URL not cited")
    if exp["clean"] != name.startswith("clean-"):
        problems.append(f"{name}: clean flag vs name")
    f = exp["findings"]
    if exp["clean"]:
        n_clean += 1
        if f:
            problems.append(f"{name}: clean case has findings")
    else:
        n_err += 1
        if not 2 <= len(f) <= 3:
            problems.append(f"{name}: {len(f)} findings")
    for x in f:
        if x["span"] not in dig:
            problems.append(f"{name}: span not verbatim: {x['span']}")
        kinds[(x["kind"], x["severity"])] += 1
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
print(f"cases: {n_clean + n_err} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()))
for (k, s), c in sorted(kinds.items()):
    print(f"  {k:12s} {s:8s} {c}")
print("problems:", len(problems))
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
