"""Mechanical checks for this set: every expected span stands verbatim in its
digest (a missing-section marker must instead be absent), every digest passes
`yoten parse`, article bodies are long enough, and the case counts add up.
Usage: python verify.py [path/to/yoten]   (default: yoten on PATH)"""
import json, os, re, subprocess, sys, html, collections

HERE = os.path.dirname(os.path.abspath(__file__))
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
bad = 0
tot = collections.Counter()
names = sorted(os.listdir(os.path.join(HERE, "cases")))
for n in names:
    d = os.path.join(HERE, "cases", n)
    dig = open(os.path.join(d, "digest.txt")).read()
    exp = json.load(open(os.path.join(d, "expected.json")))
    src = open(os.path.join(d, "source.html")).read()
    body = src.split('itemprop="articleBody">', 1)[1].split('<div class="share">', 1)[0]
    text = html.unescape(re.sub(r"<[^>]+>", "", body))
    text = re.sub(r"\s+", " ", text).strip()
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    need = 2500 if lang == "ja" else 2000
    if not (need <= len(text) <= 5000):
        print("LENGTH", n, lang, len(text)); bad += 1
    assert exp["clean"] == n.startswith("clean-"), n
    if exp["clean"]:
        assert exp["findings"] == [], n
    else:
        if not 2 <= len(exp["findings"]) <= 3:
            print("COUNT", n); bad += 1
    for f in exp["findings"]:
        tot[(f["kind"], f["severity"])] += 1
        if f["kind"] == "structure" and f["span"].startswith("【"):
            ok = f["span"] not in dig
        else:
            ok = f["span"] in dig
        if not ok:
            print("SPAN", n, f["span"]); bad += 1
    r = subprocess.run([YOTEN, "parse", os.path.join(d, "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        print("PARSE", n, r.stderr[-300:]); bad += 1
clean = sum(n.startswith("clean-") for n in names)
print(f"{len(names)} cases: {clean} clean, {len(names)-clean} err")
for k, v in sorted(tot.items()):
    print(f"  {k[0]}/{k[1]}: {v}")
print("  total:", sum(tot.values()))
print("OK" if bad == 0 else f"{bad} PROBLEMS")
sys.exit(1 if bad else 0)
