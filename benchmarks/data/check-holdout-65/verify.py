"""Self-check of check-holdout-65 (does not run the checker).

Checks: every expected span stands verbatim in digest.txt; clean cases have no
findings, err cases 2-3; every URL in source.html and the citation is under
.example (schema.org context excepted); body length (1500-3000, Japanese 2000+);
clean citations carry the canonical URL and the outlet-local date; `yoten parse`
accepts every digest; totals by kind/severity and by language.
Usage: python verify.py [path/to/yoten]
"""
import collections
import html
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "glossary": "warning", "citation": "warning",
            "structure": "warning", "date": "error"}


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


def main():
    problems = []
    kinds = collections.Counter()
    langs = collections.Counter()
    n_clean = n_err = 0
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        src = (case / "source.html").read_text(encoding="utf-8")
        dig = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        # prefix and clean flag
        if name.startswith("clean-") != exp["clean"]:
            problems.append(f"{name}: name prefix disagrees with clean flag")
        if exp["clean"]:
            n_clean += 1
            if exp["findings"]:
                problems.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            if not 2 <= len(exp["findings"]) <= 3:
                problems.append(f"{name}: {len(exp['findings'])} findings (want 2-3)")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']!r}")
            if SEVERITY.get(f["kind"]) is None:
                problems.append(f"{name}: unknown kind {f['kind']}")
            if f["kind"] == "mismatch" and f["severity"] != "error":
                problems.append(f"{name}: mismatch must be error")
            if f["kind"] in ("unsupported", "name", "spelling", "citation") and f["severity"] != "warning":
                problems.append(f"{name}: {f['kind']} must be warning")
            kinds[(f["kind"], f["severity"])] += 1
        # domains
        for host in re.findall(r'https?://([^/"\s?]+)', src + dig):
            if host != "schema.org" and not host.endswith(".example"):
                problems.append(f"{name}: non-.example host {host}")
        # body length
        body = re.search(r'<div class="article-body">(.*?)</div>', src, re.S).group(1)
        text = "\n".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", body, re.S))
        lo = 2000 if lang == "ja" else 1500
        if not lo <= len(text) <= 3000:
            problems.append(f"{name}: body {len(text)} chars outside {lo}-3000")
        # citation (clean cases must be faithful)
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
        published = meta(src, "article:published_time")
        local_date = published[:10].replace("-", ".")
        title, site = meta(src, "og:title"), meta(src, "og:site_name")
        cite = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cite = [c.strip() for c in cite if c.strip()]
        if exp["clean"]:
            if cite[0] != f"{title} {site} {local_date}":
                problems.append(f"{name}: citation line {cite[0]!r}")
            if cite[1] != canonical:
                problems.append(f"{name}: citation URL is not canonical")
        # parse
        r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        print(f"{name:40s} {lang}  body {len(text):5d}  findings {len(exp['findings'])}  parse {'ok' if r.returncode == 0 else 'FAIL'}")
    print()
    print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"planted findings: {sum(kinds.values())}")
    for (k, s), v in sorted(kinds.items()):
        print(f"  {k:12s} {s:8s} {v}")
    sev = collections.Counter()
    for (k, s), v in kinds.items():
        sev[s] += v
    print("  by severity: " + ", ".join(f"{s} {v}" for s, v in sorted(sev.items())))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
