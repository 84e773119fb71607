#!/usr/bin/env python3
"""Sanity checks for check-holdout-203 (run with the venv that has `yoten`)."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
by_lang = collections.Counter()
by_kind = collections.Counter()
by_sev = collections.Counter()
n_clean = n_err = 0


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    by_lang[lang] += 1
    body = " ".join(re.findall(r"<p>(.*?)</p>", src.split("<article>")[1].split("</article>")[0]))
    words = len(re.sub(r"\s", "", body)) // 2 if lang == "ja" else len(body.split())
    if not 300 <= words <= 650:
        problems.append(f"{name}: source has {words} words")
    nchar = len(re.sub(r"\s", "", dig))
    if not 900 <= nchar <= 1600:
        problems.append(f"{name}: digest has {nchar} characters")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if exp.get("clean") is not False:
            problems.append(f"{name}: err case not marked clean=false")
        if len(exp["findings"]) != 3:
            problems.append(f"{name}: {len(exp['findings'])} findings")
    for f in exp["findings"]:
        by_kind[f["kind"]] += 1
        by_sev[f["severity"]] += 1
        c = dig.count(f["span"])
        if c == 0:
            problems.append(f"{name}: span not in digest: {f['span']}")
        elif c > 1:
            problems.append(f"{name}: span occurs {c} times: {f['span']}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        continue
    d = json.loads(r.stdout)
    s = d["sources"][0] if d.get("sources") else {}
    if s.get("outlet") != meta(src, "og:site_name"):
        problems.append(f"{name}: citation outlet {s.get('outlet')!r}")
    if name.startswith("clean-"):
        if s.get("title") != meta(src, "og:title"):
            problems.append(f"{name}: citation title {s.get('title')!r}")
        if s.get("url") != re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1):
            problems.append(f"{name}: citation url {s.get('url')!r}")
        if s.get("date") != meta(src, "article:published_time")[:10]:
            problems.append(f"{name}: citation date {s.get('date')!r}")
    if not d.get("details") and not d.get("sections"):
        pass

print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(by_lang.items())))
print("findings:", sum(by_kind.values()), dict(sorted(by_kind.items())))
print("severities:", dict(sorted(by_sev.items())))
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
