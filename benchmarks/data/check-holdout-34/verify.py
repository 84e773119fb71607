"""Sanity checks for check-holdout-34 (no checker involved).

- every case has source.html, digest.txt, expected.json;
- clean cases: "clean": true and no findings; err cases: "clean": false and 2-3 findings;
- each span stands verbatim in digest.txt; kinds/severities follow LABELS-v2.md;
- every URL in source and digest is under the reserved .example TLD;
- body text (<article> paragraphs) is 1,500-3,000 characters (Japanese: 2,000+);
- `yoten parse` succeeds on every digest (YOTEN env var, default `yoten`);
- prints totals by language, kind and severity.
"""
import collections
import html
import json
import os
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).parent
YOTEN = os.environ.get("YOTEN", "yoten")
SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "glossary": "warning", "citation": "warning",
            "structure": "warning"}


def body_text(src):
    art = re.search(r"<article.*?</article>", src, re.S).group(0)
    paras = re.findall(r"<p>(.*?)</p>", art, re.S)
    return "".join(html.unescape(p) for p in paras)


def main():
    problems = []
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        files = {p.name for p in case.iterdir()}
        for f in ("source.html", "digest.txt", "expected.json"):
            if f not in files:
                problems.append(f"{name}: missing {f}")
        src = (case / "source.html").read_text(encoding="utf-8")
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        n = len(body_text(src))
        lo = 2000 if lang == "ja" else 1500
        if not lo <= n <= 3000:
            problems.append(f"{name}: body {n} chars (want {lo}-3000)")
        for text, where in ((src, "source"), (digest, "digest")):
            for host in re.findall(r"https?://([^/\"'\s<>?]+)", text):
                if not host.endswith(".example") and host != "schema.org":
                    problems.append(f"{name}: {where} host {host} not .example")
        for tag in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                    "NewsArticle", "<nav", "cookie", "<footer", "<title>"):
            if tag not in src:
                problems.append(f"{name}: source lacks {tag}")
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
        if name.startswith("clean-") and html.unescape(canon) not in digest:
            problems.append(f"{name}: canonical URL not cited")
        findings = exp["findings"]
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or findings:
                problems.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            if exp["clean"] is not False or not 2 <= len(findings) <= 3:
                problems.append(f"{name}: err case needs 2-3 findings")
        spans = [f["span"] for f in findings]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in findings:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if SEVERITY.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
            if f["span"] not in digest:
                problems.append(f"{name}: span {f['span']!r} not in digest")
        r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        print(f"{name:34} {lang}  body {n:5}  findings {len(findings)}  parse {'ok' if r.returncode == 0 else 'FAIL'}")
    print()
    print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
    print("languages:", dict(sorted(langs.items())))
    print("findings:", sum(kinds.values()), "by kind:", dict(sorted(kinds.items())),
          "by severity:", dict(sorted(sev.items())))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
