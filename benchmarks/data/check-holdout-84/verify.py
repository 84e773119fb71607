"""Sanity checks for check-holdout-84 (no checker code is used).

Usage: python verify.py [--yoten PATH]   (PATH defaults to `yoten` on PATH)
"""
import collections
import html
import json
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "glossary": "warning", "citation": "warning",
            "structure": "warning"}
ALLOWED_HOSTS = {"schema.org"}  # JSON-LD @context only


def body_text(src):
    m = re.search(r'<div class="article-body">(.*?)</div>', src, re.S)
    paras = re.findall(r"<p>(.*?)</p>", m.group(1), re.S)
    return "\n".join(html.unescape(p) for p in paras)


def main():
    yoten = shutil.which("yoten")
    if "--yoten" in sys.argv:
        yoten = sys.argv[sys.argv.index("--yoten") + 1]
    problems = []
    kinds = collections.Counter()
    sev = collections.Counter()
    langs = collections.Counter()
    n_clean = n_err = 0
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for case in cases:
        name = case.name
        src = (case / "source.html").read_text(encoding="utf-8")
        dig = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        # body length
        n = len(body_text(src))
        lo = 2000 if lang == "ja" else 1500
        if not lo <= n <= 3000:
            problems.append(f"{name}: body length {n} outside {lo}-3000")
        # domains
        for host in re.findall(r"https?://([^/\"'\s?#]+)", src + dig):
            if not host.endswith(".example") and host not in ALLOWED_HOSTS:
                problems.append(f"{name}: non-.example host {host}")
        # labels
        fs = exp["findings"]
        if exp["clean"]:
            n_clean += 1
            if fs:
                problems.append(f"{name}: clean case has findings")
            if not name.startswith("clean-"):
                problems.append(f"{name}: clean case not named clean-*")
        else:
            n_err += 1
            if not 2 <= len(fs) <= 3:
                problems.append(f"{name}: {len(fs)} findings (want 2-3)")
            if not name.startswith("err-"):
                problems.append(f"{name}: err case not named err-*")
        spans = [f["span"] for f in fs]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in fs:
            if f["kind"] not in SEVERITY:
                problems.append(f"{name}: unknown kind {f['kind']}")
            elif SEVERITY[f["kind"]] != f["severity"]:
                problems.append(f"{name}: {f['kind']} should be {SEVERITY[f['kind']]}")
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']!r}")
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
        # canonical URL vs citation (clean cases must cite it exactly)
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
        cite = dig.split("【引用・参照・底本】", 1)[1].split()
        if exp["clean"] and canon not in cite:
            problems.append(f"{name}: clean digest does not cite the canonical URL")
        # yoten parse
        if yoten:
            r = subprocess.run([yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        print(f"{name:28s} {lang}  body={n:5d}  findings={len(fs)}")
    print()
    print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
    print("languages:", dict(sorted(langs.items())))
    print("findings by kind:", dict(sorted(kinds.items())))
    print("findings by severity:", dict(sorted(sev.items())))
    print("yoten parse:", "checked" if yoten else "SKIPPED (yoten not found)")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
