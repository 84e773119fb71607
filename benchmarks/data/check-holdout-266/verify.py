#!/usr/bin/env python3
"""Sanity checks for check-holdout-266."""
import collections, json, pathlib, re, shutil, subprocess, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen import parse_spec

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = shutil.which("yoten") or "/tmp/bcv266/bin/yoten"
fails = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
nclean = nerr = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    src = (case / "source.html").read_text(encoding="utf-8")
    for need in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                 "NewsArticle", "<nav>", "cookie-banner", "<article>", "<footer>", "related"):
        if need not in src:
            fails.append(f"{name}: source.html lacks {need}")
    if not re.search(r'published_time" content="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d"', src):
        fails.append(f"{name}: published_time without UTC offset")
    if "example" not in meta["url"] or not re.match(r"https://[^/]*\.example/", meta["url"]):
        fails.append(f"{name}: url not under .example")
    text = "\n".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", text))
        if not 600 <= size <= 700:
            fails.append(f"{name}: ja source {size} chars")
    else:
        size = len(text.split())
        if not 300 <= size <= 350:
            fails.append(f"{name}: source {size} words")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    dsize = len(re.sub(r"\s", "", digest))
    if not 950 <= dsize <= 1400:
        fails.append(f"{name}: digest {dsize} chars")
    if meta["url"] not in digest and name.startswith("clean"):
        fails.append(f"{name}: canonical url not in digest")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    for f in exp["findings"]:
        if f["span"] not in digest:
            fails.append(f"{name}: span not verbatim: {f['span']}")
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
    if name.startswith("clean-"):
        nclean += 1
        if not exp["clean"] or exp["findings"]:
            fails.append(f"{name}: clean case with findings")
    else:
        nerr += 1
        s = [f["severity"] for f in exp["findings"]]
        if exp["clean"] or len(s) != 3 or s.count("error") != 2 or s.count("warning") != 1:
            fails.append(f"{name}: err case needs 2 errors + 1 warning, has {s}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        fails.append(f"{name}: yoten parse rc={r.returncode}: {r.stderr.strip()[-200:]}")
    print(f"{name:36s} {meta['lang']} src={size:4d} digest={dsize:4d} findings={len(exp['findings'])}")

print(f"cases: {nclean + nerr} (clean {nclean}, err {nerr}); languages: {dict(langs)}")
print(f"findings: {sum(sev.values())} {dict(sev)} kinds: {dict(kinds)}")
if nclean != 12 or nerr != 12 or sum(sev.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    fails.append("totals off")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    fails.append(f"languages off: {dict(langs)}")
for f in fails:
    print("FAIL", f)
print("OK" if not fails else f"{len(fails)} failures")
sys.exit(1 if fails else 0)
