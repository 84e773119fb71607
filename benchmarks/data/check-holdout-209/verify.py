#!/usr/bin/env python3
"""Sanity checks for check-holdout-209. Usage: python verify.py [path/to/yoten]"""
import collections, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, langs, kinds, sev = [], collections.Counter(), collections.Counter(), collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists():
            problems.append(f"{c.name}: missing {f}")
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = re.sub(r"<[^>]+>", " ", body)
    words = len(text.split()) if lang != "ja" else len(re.sub(r"\s", "", text)) // 2
    if not 300 <= words <= 650:
        problems.append(f"{c.name}: article text {words} words")
    n = len(re.sub(r"\s", "", dig))
    if not 900 <= n <= 1600:
        problems.append(f"{c.name}: digest {n} chars")
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    pub = re.search(r'article:published_time" content="(\d{4})-(\d\d)-(\d\d)', src).groups()
    clean = c.name.startswith("clean-")
    if exp["clean"] != clean:
        problems.append(f"{c.name}: clean flag")
    if clean:
        if exp["findings"]:
            problems.append(f"{c.name}: clean case has findings")
        if canon not in dig.split():
            problems.append(f"{c.name}: canonical URL not cited")
        if ".".join(pub) not in dig:
            problems.append(f"{c.name}: citation date")
    else:
        if len(exp["findings"]) != 3:
            problems.append(f"{c.name}: {len(exp['findings'])} findings")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{c.name}: duplicate span")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        if f["span"] not in dig:
            problems.append(f"{c.name}: span not in digest: {f['span']}")
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{c.name}: severity of {f['kind']}")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{c.name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("headline"):
            problems.append(f"{c.name}: parse gave no headline")
print(f"cases: {len(cases)} (clean {sum(c.name.startswith('clean-') for c in cases)}, err {sum(c.name.startswith('err-') for c in cases)})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
