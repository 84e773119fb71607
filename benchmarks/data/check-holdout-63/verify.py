"""Self-checks for check-holdout-63 (does not run the checker).

python verify.py [--yoten PATH]   (default: `yoten` on PATH)
"""
import argparse
import collections
import html
import json
import pathlib
import re
import shutil
import subprocess
import sys
from urllib.parse import urlparse

HERE = pathlib.Path(__file__).parent
SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "glossary": "warning", "citation": "warning",
            "structure": "warning"}


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yoten", default=shutil.which("yoten") or "yoten")
    args = ap.parse_args()
    problems = []
    kinds = collections.Counter()
    langs = collections.Counter()
    n_clean = n_err = 0
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for c in cases:
        name = c.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (c / f).exists():
                problems.append(f"{name}: missing {f}")
        src = (c / "source.html").read_text(encoding="utf-8")
        dig = (c / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        # expected.json
        if exp["clean"] != name.startswith("clean-"):
            problems.append(f"{name}: clean flag does not match name")
        if exp["clean"]:
            n_clean += 1
            if exp["findings"]:
                problems.append(f"{name}: clean case has findings")
        else:
            n_err += 1
            if not 2 <= len(exp["findings"]) <= 3:
                problems.append(f"{name}: {len(exp['findings'])} findings (want 2-3)")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            kinds[(f["kind"], f["severity"])] += 1
            if SEVERITY.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
            n = dig.count(f["span"])
            if n == 0:
                problems.append(f"{name}: span not in digest: {f['span']}")
            elif n > 1:
                print(f"note: {name}: span occurs {n}x: {f['span']}")
        # source page
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
        hrefs = re.findall(r'(?:href|content)="(https?://[^"]+)"', src)
        for u in hrefs + [canon]:
            host = urlparse(html.unescape(u)).hostname or ""
            if not host.endswith(".example") and host != "schema.org":
                problems.append(f"{name}: non-.example URL {u}")
        for u in re.findall(r"https?://\S+", dig):
            if not (urlparse(u).hostname or "").endswith(".example"):
                problems.append(f"{name}: non-.example URL in digest {u}")
        for need in ("og:site_name", "og:title", "article:published_time"):
            if not meta(src, need):
                problems.append(f"{name}: no {need}")
        for need in ('"@type": "NewsArticle"', "<nav", "cookie-banner", "<footer", "<article>"):
            if need not in src:
                problems.append(f"{name}: page lacks {need}")
        body = re.search(r'<div class="story-body"[^>]*>(.*?)</div>', src, re.S).group(1)
        paras = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", body, re.S)]
        blen = len("\n".join(paras))
        lo = 2000 if lang == "ja" else 1500
        if not lo <= blen <= 3000:
            problems.append(f"{name}: body {blen} chars (want {lo}-3000)")
        # citation (clean cases must cite exactly; err cases may carry a planted slip)
        title, outlet = meta(src, "og:title"), meta(src, "og:site_name")
        date = meta(src, "article:published_time")[:10].replace("-", ".")
        cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cit = [x.strip() for x in cit if x.strip()]
        if exp["clean"]:
            if cit[0] != f"{title} {outlet} {date}":
                problems.append(f"{name}: citation line {cit[0]!r}")
            if cit[1] != canon:
                problems.append(f"{name}: citation URL is not canonical")
        # yoten parse
        r = subprocess.run([args.yoten, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        else:
            json.loads(r.stdout)
        print(f"{name:34} {lang}  body {blen:5}  findings {len(exp['findings'])}  parse ok" if r.returncode == 0 else f"{name}: parse FAILED")
    print()
    print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err)")
    print("languages:", dict(sorted(langs.items())))
    print("planted findings:", sum(kinds.values()))
    for (k, s), n in sorted(kinds.items()):
        print(f"  {k:12} {s:8} {n}")
    sev = collections.Counter()
    for (k, s), n in kinds.items():
        sev[s] += n
    print("  by severity:", dict(sorted(sev.items())))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" ", p)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
