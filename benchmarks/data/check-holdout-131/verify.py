#!/usr/bin/env python3
"""Sanity checks for check-holdout-131. Prints problems and counts; exit 1 on problems.

Usage: python verify.py [path/to/yoten]   (default: yoten on PATH)
"""
import collections
import json
import pathlib
import re
import shutil
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import gen  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning",
       "spelling": "warning", "citation": "warning"}
MARKERS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]


def words(meta, paras):
    text = " ".join(paras)
    if meta["lang"] == "ja":
        return len(re.sub(r"\s", "", text)) // 2  # Japanese: characters / 2
    return len(text.split())


def main():
    yoten = sys.argv[1] if len(sys.argv) > 1 else shutil.which("yoten")
    problems = []
    langs = collections.Counter()
    kinds = collections.Counter()
    sevs = collections.Counter()
    n_clean = n_err = 0
    rows = []
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        spec = HERE / "specs" / f"{name}.txt"
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (case / f).is_file():
                problems.append(f"{name}: missing {f}")
        if not spec.is_file():
            problems.append(f"{name}: missing spec")
            continue
        meta, paras = gen.parse_spec(spec)
        html = (case / "source.html").read_text(encoding="utf-8")
        if html != gen.build(meta, paras):
            problems.append(f"{name}: source.html out of date with spec (run gen.py)")
        if ".example/" not in meta["url"]:
            problems.append(f"{name}: url not under .example")
        langs[meta["lang"]] += 1
        nw = words(meta, paras)
        if not 300 <= nw <= 650:
            problems.append(f"{name}: article has {nw} words")
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        body = "\n".join(l for l in digest.splitlines() if not l.startswith("http"))
        nchar = len(re.sub(r"\s", "", body))
        if not 900 <= nchar <= 1600:
            problems.append(f"{name}: digest has {nchar} characters")
        for m in MARKERS:
            if digest.count(m) != 1:
                problems.append(f"{name}: marker {m} x{digest.count(m)}")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        fnd = exp["findings"]
        spans = [f["span"] for f in fnd]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in fnd:
            if f["span"] not in digest:
                problems.append(f"{name}: span not in digest: {f['span']!r}")
            if SEV.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: kind/severity {f['kind']}/{f['severity']}")
            kinds[f["kind"]] += 1
            sevs[f["severity"]] += 1
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or fnd:
                problems.append(f"{name}: clean case with findings")
        elif name.startswith("err-"):
            n_err += 1
            if exp["clean"] is not False or len(fnd) != 3:
                problems.append(f"{name}: err case needs clean=false and 3 findings")
        else:
            problems.append(f"{name}: bad name")
        # citation
        date = meta["published"][:10].replace("-", ".")
        if not any(f["kind"] == "citation" for f in fnd):
            cit = f"{meta['title']} {meta['outlet']} {date}"
            if cit not in digest or meta["url"] not in digest.splitlines():
                problems.append(f"{name}: citation differs from source")
        # parse
        if yoten:
            r = subprocess.run([yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
            else:
                try:
                    json.loads(r.stdout)
                except ValueError:
                    problems.append(f"{name}: yoten parse output not JSON")
        else:
            problems.append("yoten not found")
        rows.append((name, meta["lang"], nw, nchar, len(fnd)))
    for r in rows:
        print("%-34s %-2s words=%4d digest_chars=%4d findings=%d" % r)
    print()
    print(f"cases: {n_clean + n_err} (clean {n_clean}, err {n_err})")
    print("languages:", dict(sorted(langs.items())))
    print("findings:", sum(kinds.values()), "kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sevs.items())))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        return 1
    print("no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
