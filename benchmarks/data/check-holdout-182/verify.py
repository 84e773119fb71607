#!/usr/bin/env python3
"""Sanity checks for check-holdout-182. Usage: python verify.py [path/to/yoten]"""
import collections, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
sources = set()
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists():
            problems.append(f"{name}: missing {f}")
    spec = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8")
    meta = dict(l.split(":", 1) for l in spec.split("\n---\n")[0].splitlines() if ":" in l)
    meta = {k.strip(): v.strip() for k, v in meta.items()}
    langs[meta["lang"]] += 1
    url = f"https://{meta['domain']}{meta['path']}"
    if url in sources:
        problems.append(f"{name}: source reused")
    sources.add(url)
    html = (case / "source.html").read_text(encoding="utf-8")
    body = " ".join(re.findall(r"<p>(.*?)</p>", html))
    nwords = len(body) if meta["lang"] == "ja" else len(body.split())
    if meta["lang"] != "ja" and not 300 <= nwords <= 650:
        problems.append(f"{name}: {nwords} words")
    if not meta["domain"].endswith(".example"):
        problems.append(f"{name}: domain")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    jchars = len(re.sub(r"\s", "", digest.split("【引用・参照・底本】")[0]))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest {jchars} chars")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    date = meta["published"][:10].replace("-", ".")
    cite = f"{meta['title']} {meta['outlet']} {date}"
    if name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or exp["findings"]:
            problems.append(f"{name}: clean case has findings")
        if cite not in digest or url + "\n" not in digest + "\n":
            problems.append(f"{name}: citation does not match source")
    else:
        n_err += 1
        if exp["clean"] or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in digest:
                problems.append(f"{name}: span not in digest: {f['span']}")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: severity of {f['kind']}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    print(f"{name:40s} {meta['lang']} src={nwords:4d} digest={jchars:4d} findings={len(exp['findings'])}")
print(f"cases: {n_clean} clean, {n_err} err; languages: {dict(sorted(langs.items()))}")
print(f"findings: {sum(kinds.values())}; kinds: {dict(sorted(kinds.items()))}; severities: {dict(sorted(sev.items()))}")
print("problems:" if problems else "no problems")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
