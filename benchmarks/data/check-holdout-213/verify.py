#!/usr/bin/env python3
"""Sanity checks for check-holdout-213 (no checker is run)."""
import collections, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = "/tmp/bcv213/bin/yoten"
problems, langs, kinds, sev = [], collections.Counter(), collections.Counter(), collections.Counter()
urls = set()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    n = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists():
            problems.append(f"{n}: missing {f}")
    spec = (HERE / "specs" / f"{n}.txt").read_text(encoding="utf-8")
    meta = dict(l.split(": ", 1) for l in spec.partition("\n\n")[0].splitlines())
    body = spec.partition("\n\n")[2]
    langs[meta["lang"]] += 1
    if meta["url"] in urls:
        problems.append(f"{n}: source reused")
    urls.add(meta["url"])
    size = len(re.sub(r"\s", "", body)) if meta["lang"] == "ja" else len(body.split())
    ok = (600 <= size <= 1300) if meta["lang"] == "ja" else (300 <= size <= 650)
    if not ok:
        problems.append(f"{n}: article length {size}")
    if ".example" not in meta["url"]:
        problems.append(f"{n}: domain not .example")
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    # digest length: non-whitespace characters before the citation block
    jp = len(re.sub(r"\s", "", digest.split("【引用・参照・底本】")[0]))
    if not 900 <= jp <= 1600:
        problems.append(f"{n}: digest has {jp} characters")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    clean = n.startswith("clean-")
    if exp["clean"] != clean:
        problems.append(f"{n}: clean flag")
    if clean and exp["findings"]:
        problems.append(f"{n}: clean case with findings")
    if not clean and len(exp["findings"]) != 3:
        problems.append(f"{n}: {len(exp['findings'])} findings, want 3")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{n}: duplicate span")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        if f["span"] not in digest:
            problems.append(f"{n}: span not in digest: {f['span']}")
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{n}: severity of {f['span']}")
    if not clean and meta["url"] + "\n" not in digest + "\n" and not any(f["kind"] == "citation" for f in exp["findings"]):
        problems.append(f"{n}: citation URL differs from canonical")
    if clean and meta["url"] not in digest:
        problems.append(f"{n}: citation URL differs from canonical")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{n}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("headline"):
            problems.append(f"{n}: no headline parsed")
    print(f"{n:32s} {meta['lang']}  article={size:4d}  digest_jp={jp:4d}  findings={len(spans)}")
print()
print("cases:", len(cases), " clean:", sum(c.name.startswith('clean-') for c in cases),
      " err:", sum(c.name.startswith('err-') for c in cases))
print("languages:", dict(sorted(langs.items())))
print("kinds:", dict(sorted(kinds.items())), " severities:", dict(sorted(sev.items())))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
