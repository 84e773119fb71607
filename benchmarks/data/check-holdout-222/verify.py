"""Sanity checks for check-holdout-222 (no checker is run)."""
import collections
import html
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0

for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    spec = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8")
    lang = re.search(r"^lang: (\w+)", spec, re.M).group(1)
    langs[lang] += 1
    # source size
    body = re.search(r'articleBody">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    size = len(re.sub(r"\s", "", text)) / 2 if lang == "ja" else len(text.split())
    if not 300 <= size <= 650:
        problems.append(f"{name}: article text {size} words (ja: chars/2)")
    for tag in ["og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "cookie-banner", "<article>", "<footer", "<nav>"]:
        if tag not in src:
            problems.append(f"{name}: source lacks {tag}")
    if ".example/" not in src:
        problems.append(f"{name}: no .example domain")
    # digest size
    chars = len(re.sub(r"\s", "", dig))
    if not 900 <= chars <= 1600:
        problems.append(f"{name}: digest {chars} chars")
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr[-300:]}")
    # labels
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case has findings")
    else:
        n_err += 1
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            c = dig.count(f["span"])
            if c == 0:
                problems.append(f"{name}: span not in digest: {f['span']}")
            elif c > 1:
                problems.append(f"{name}: span occurs {c} times: {f['span']}")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: {f['kind']} should be {want}")
    # citation (for clean cases it must be exact)
    m = re.search(r'property="og:title" content="([^"]*)"', src)
    title = html.unescape(m.group(1))
    outlet = html.unescape(re.search(r'property="og:site_name" content="([^"]*)"', src).group(1))
    url = html.unescape(re.search(r'rel="canonical" href="([^"]*)"', src).group(1))
    date = re.search(r'article:published_time" content="(\d{4})-(\d\d)-(\d\d)', src).groups()
    cite = f"{title} {outlet} {'.'.join(date)}"
    if name.startswith("clean-") and (cite not in dig or url not in dig.split("【引用・参照・底本】")[1]):
        problems.append(f"{name}: citation differs from source metadata")

print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
