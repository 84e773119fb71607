#!/usr/bin/env python3
"""Sanity checks for check-holdout-179 (run with the venv that has yoten).

Checks: every case has source.html, digest.txt, expected.json; clean cases have
no findings and err cases exactly three; every span stands verbatim (and once)
in its digest; kinds and severities follow LABELS-v2; every digest parses with
`yoten parse`; the source pages carry the required metadata and 300-650 words
of article text (Japanese: characters / 2); digests have 900-1,600
non-whitespace characters; clean citations repeat og:title, og:site_name, the
local publication date and the canonical URL. Prints counts by language and kind.
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
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning",
       "spelling": "warning", "citation": "warning"}
YOTEN = shutil.which("yoten") or str(pathlib.Path(sys.executable).parent / "yoten")


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


def main():
    problems = []
    langs = collections.Counter()
    kinds = collections.Counter()
    sevs = collections.Counter()
    n_clean = n_err = 0
    canon_seen = set()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for case in cases:
        name = case.name
        files = {f: case / f for f in ("source.html", "digest.txt", "expected.json")}
        for f, p in files.items():
            if not p.exists():
                problems.append(f"{name}: missing {f}")
        if any(not p.exists() for p in files.values()):
            continue
        src = files["source.html"].read_text(encoding="utf-8")
        dig = files["digest.txt"].read_text(encoding="utf-8")
        exp = json.loads(files["expected.json"].read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        # source metadata
        for prop in ("og:site_name", "og:title", "article:published_time", "og:url"):
            if not meta(src, prop):
                problems.append(f"{name}: source lacks {prop}")
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
        canon = html.unescape(canon)
        if canon in canon_seen:
            problems.append(f"{name}: canonical URL reused")
        canon_seen.add(canon)
        if ".example/" not in canon + "/":
            problems.append(f"{name}: domain not under .example")
        for must in ('"@type": "NewsArticle"', "<article>", "<nav", "cookie-banner", "<footer", 'class="related"', "<title>"):
            if must not in src:
                problems.append(f"{name}: source lacks {must}")
        body = re.search(r"<article>(.*)</article>", src, re.S).group(1)
        paras = [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", body, re.S)]
        text = " ".join(paras)
        words = len(re.sub(r"\s", "", text)) / 2 if lang == "ja" else len(text.split())
        if not 300 <= words <= 650:
            problems.append(f"{name}: article text {words:.0f} words")
        # digest size
        nchar = len(re.sub(r"\s", "", dig))
        if not 900 <= nchar <= 1600:
            problems.append(f"{name}: digest {nchar} characters")
        # parse
        r = subprocess.run([YOTEN, "parse", str(files["digest.txt"])], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            parsed = json.loads(r.stdout)
            if not parsed.get("headline"):
                problems.append(f"{name}: parse gave no headline")
        # expected
        findings = exp.get("findings", [])
        if name.startswith("clean-"):
            n_clean += 1
            if exp.get("clean") is not True or findings:
                problems.append(f"{name}: clean case with findings or clean!=true")
            # citation must be faithful
            pub = meta(src, "article:published_time")[:10].replace("-", ".")
            cite = f"{meta(src, 'og:title')} {meta(src, 'og:site_name')} {pub}"
            if cite not in dig:
                problems.append(f"{name}: citation line differs: {cite}")
            if "\n" + canon + "\n" not in dig + "\n":
                problems.append(f"{name}: canonical URL not cited")
        elif name.startswith("err-"):
            n_err += 1
            if exp.get("clean") is not False or len(findings) != 3:
                problems.append(f"{name}: err case must have clean=false and 3 findings")
        else:
            problems.append(f"{name}: name must start with clean- or err-")
        spans = set()
        for f in findings:
            k, s, span = f["kind"], f["severity"], f["span"]
            kinds[k] += 1
            sevs[s] += 1
            if SEV.get(k) != s:
                problems.append(f"{name}: {k} should be {SEV.get(k)}, is {s}")
            if span in spans:
                problems.append(f"{name}: duplicate span {span}")
            spans.add(span)
            c = dig.count(span)
            if c == 0:
                problems.append(f"{name}: span not in digest: {span}")
            elif c > 1:
                problems.append(f"{name}: span occurs {c} times: {span}")
    print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
    print("languages:", dict(sorted(langs.items())))
    print("findings:", sum(kinds.values()), "by kind:", dict(sorted(kinds.items())),
          "by severity:", dict(sorted(sevs.items())))
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        return 1
    print("no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
