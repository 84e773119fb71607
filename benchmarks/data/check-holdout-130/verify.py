#!/usr/bin/env python3
"""Sanity checks for check-holdout-130 (no checker involved).

- every case has source.html, digest.txt, expected.json (and a spec);
- every expected span stands verbatim in its digest; kinds and severities follow LABELS-v2;
- clean cases have no findings, err cases have exactly 3;
- every digest parses with `yoten parse`;
- clean citations: title = og:title, outlet = og:site_name, date = published date in the
  outlet's own offset, URL = canonical link; every domain ends in .example;
- article length (words, or characters for Japanese) and digest length;
- counts by language and by kind.
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
YOTEN = shutil.which("yoten") or "/tmp/bcv130/bin/yoten"
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning",
       "citation": "warning", "glossary": "warning", "structure": "warning"}


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


def main():
    problems = []
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    rows = []
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        files = {p.name for p in case.iterdir()}
        for f in ("source.html", "digest.txt", "expected.json"):
            if f not in files:
                problems.append(f"{name}: missing {f}")
        if not (HERE / "specs" / f"{name}.txt").exists():
            problems.append(f"{name}: no spec")
        src = (case / "source.html").read_text(encoding="utf-8")
        dig = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        # article length
        body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
        text = html.unescape(re.sub(r"<[^>]+>", " ", body))
        size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
        lo, hi = (600, 1300) if lang == "ja" else (300, 650)
        if not lo <= size <= hi:
            problems.append(f"{name}: article length {size} outside {lo}-{hi}")
        dlen = len(re.sub(r"\s", "", dig))
        if not 900 <= dlen <= 1600:
            problems.append(f"{name}: digest length {dlen} outside 900-1600")
        # parse
        r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        # domains
        for host in re.findall(r"https?://([^/\"'?#\s]+)", src + dig):
            if not host.endswith(".example") and host != "schema.org":
                problems.append(f"{name}: non-.example host {host}")
        # findings
        clean = name.startswith("clean-")
        if exp.get("clean") != clean:
            problems.append(f"{name}: clean flag {exp.get('clean')} does not match name")
        f = exp.get("findings", [])
        if clean and f:
            problems.append(f"{name}: clean case has findings")
        if not clean and len(f) != 3:
            problems.append(f"{name}: {len(f)} findings, expected 3")
        spans = set()
        for x in f:
            if x["span"] not in dig:
                problems.append(f"{name}: span not in digest: {x['span']!r}")
            if SEV.get(x["kind"]) != x["severity"]:
                problems.append(f"{name}: kind {x['kind']} with severity {x['severity']}")
            if x["span"] in spans:
                problems.append(f"{name}: duplicate span {x['span']!r}")
            spans.add(x["span"])
            kinds[x["kind"]] += 1
            sev[x["severity"]] += 1
        n_clean += clean
        n_err += not clean
        # citation (clean cases must be exact; err cases only where no citation finding)
        cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cit = [c for c in cit if c.strip()]
        title, outlet = meta(src, "og:title"), meta(src, "og:site_name")
        pub = meta(src, "article:published_time")
        want = f"{title} {outlet} {pub[:4]}.{pub[5:7]}.{pub[8:10]}"
        canon = html.unescape(re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1))
        has_cit = any(x["kind"] == "citation" for x in f)
        if not has_cit:
            if cit[0].strip() != want:
                problems.append(f"{name}: citation line {cit[0]!r} != {want!r}")
            if cit[1].strip() != canon:
                problems.append(f"{name}: citation URL {cit[1]!r} != canonical")
        rows.append((name, lang, size, dlen, len(f)))
    for row in rows:
        print("%-34s %-3s article %4d  digest %4d chars  findings %d" % row)
    print()
    print(f"cases: {n_clean + n_err} (clean {n_clean}, err {n_err})")
    print("languages:", dict(sorted(langs.items())))
    print("planted findings:", sum(kinds.values()), dict(sorted(kinds.items())))
    print("by severity:", dict(sorted(sev.items())))
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("\nno problems")


if __name__ == "__main__":
    main()
