#!/usr/bin/env python3
"""Sanity checks for check-holdout-246. Usage: python verify.py [path/to/yoten]"""
import collections, html, json, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else (shutil.which("yoten") or "/tmp/bcv246/bin/yoten")
problems = []
langs, kinds, sevs = collections.Counter(), collections.Counter(), collections.Counter()
urls = set()
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).is_file():
            problems.append(f"{name}: missing {f}")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    for pat in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"', 'property="article:published_time"',
                '"@type": "NewsArticle"', '<article>', 'id="cookie-consent"', '<footer>', '<nav>', 'class="related"'):
        if pat not in src:
            problems.append(f"{name}: source lacks {pat}")
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    if canon in urls:
        problems.append(f"{name}: source reused")
    urls.add(canon)
    if not re.match(r"https://[^/]+\.example/", canon):
        problems.append(f"{name}: domain not under .example")
    body = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", " ".join(re.findall(r"<p>(.*?)</p>", body, re.S))))
    size = len(re.sub(r"\s", "", text)) // 2 if lang == "ja" else len(text.split())
    if not 300 <= size <= 650:
        problems.append(f"{name}: article size {size} (words; ja: chars/2) outside 300-650")
    jchars = len(re.sub(r"\s", "", dig.split("【引用・参照・底本】")[0]))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest {jchars} chars outside 900-1600")
    if canon not in dig:
        problems.append(f"{name}: canonical URL not in digest (ok only for a planted citation finding)") \
            if not any(f["kind"] == "citation" and "http" in f["span"] for f in exp["findings"]) else None
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
    elif name.startswith("err-"):
        n_err += 1
        if exp["clean"] or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sevs[f["severity"]] += 1
            ok = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning", "citation": "warning"}
            if ok.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: {f['kind']} should be {ok.get(f['kind'])}")
            c = dig.count(f["span"])
            if c == 0:
                problems.append(f"{name}: span not in digest: {f['span']}")
            print(f"  {name}: {f['kind']}/{f['severity']} {f['span'][:60]!r} occurs {c}x")
    else:
        problems.append(f"{name}: bad case name")
print(f"cases: {n_clean} clean, {n_err} err; languages: {dict(sorted(langs.items()))}")
print(f"findings: {sum(kinds.values())}; kinds: {dict(sorted(kinds.items()))}; severities: {dict(sorted(sevs.items()))}")
for p in problems:
    print("PROBLEM:", p)
print("no problems" if not problems else f"{len(problems)} problems")
sys.exit(1 if problems else 0)
