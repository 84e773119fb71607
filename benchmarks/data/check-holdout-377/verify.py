#!/usr/bin/env python3
"""Check the check-holdout-377 set: spans, labels, sizes, languages, parse, sources.

Usage: python3 verify.py [--yoten PATH]   (default: yoten on PATH or /tmp/bcv377/bin/yoten)
"""
import collections
import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
CITATION_SLIP = {"citation"}


def yoten_bin():
    if "--yoten" in sys.argv:
        return sys.argv[sys.argv.index("--yoten") + 1]
    return shutil.which("yoten") or "/tmp/bcv377/bin/yoten"


def meta_of(src):
    def one(pat):
        m = re.search(pat, src)
        return html.unescape(m.group(1)) if m else None
    return {
        "site": one(r'<meta property="og:site_name" content="([^"]*)"'),
        "title": one(r'<meta property="og:title" content="([^"]*)"'),
        "url": one(r'<link rel="canonical" href="([^"]*)"'),
        "published": one(r'<meta property="article:published_time" content="([^"]*)"'),
    }


def main():
    problems, notes = [], []
    yoten = yoten_bin()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if [c.name for c in cases] != specs:
        problems.append("cases/ and specs/ differ")
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    for case in cases:
        name = case.name
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        src = (case / "source.html").read_text(encoding="utf-8")
        meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        lang = meta["lang"]
        langs[lang] += 1
        # source.html up to date
        if src != gen.build(name):
            problems.append(f"{name}: source.html is stale (run gen.py)")
        # source size
        body = " ".join(paras)
        if lang == "ja":
            size, lo, hi, unit = len(body.replace(" ", "")), 600, 700, "chars"
        else:
            size, lo, hi, unit = len(body.split()), 300, 350, "words"
        if not lo <= size <= hi:
            problems.append(f"{name}: source has {size} {unit}, want {lo}-{hi}")
        # digest size
        if not 950 <= len(digest) <= 1400:
            problems.append(f"{name}: digest has {len(digest)} chars, want 950-1400")
        # labels
        findings = exp["findings"]
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or findings:
                problems.append(f"{name}: clean case must be clean with no findings")
        elif name.startswith("err-"):
            n_err += 1
            errs = [f for f in findings if f["severity"] == "error"]
            warns = [f for f in findings if f["severity"] == "warning"]
            if exp["clean"] is not False or len(findings) != 3 or len(errs) != 2 or len(warns) != 1:
                problems.append(f"{name}: want 3 findings (2 error + 1 warning)")
            if any(f["kind"] != "mismatch" for f in errs):
                problems.append(f"{name}: errors must be kind mismatch")
            if any(f["kind"] not in {"unsupported", "name", "spelling", "citation"} for f in warns):
                problems.append(f"{name}: unexpected warning kind")
            spans = [f["span"] for f in findings]
            if len(set(spans)) != len(spans):
                problems.append(f"{name}: duplicate span")
            for f in findings:
                kinds[f["kind"]] += 1
                sev[f["severity"]] += 1
                c = digest.count(f["span"])
                if c == 0:
                    problems.append(f"{name}: span not verbatim in digest: {f['span']!r}")
                elif c > 1:
                    notes.append(f"{name}: span occurs {c}x: {f['span']!r}")
        else:
            problems.append(f"{name}: name must start clean- or err-")
        # page metadata vs spec
        m = meta_of(src)
        if m["site"] != meta["outlet"] or m["url"] != meta["url"] or m["title"] != meta["title"] \
                or m["published"] != meta["published"]:
            problems.append(f"{name}: page metadata does not match spec")
        for tag in ('application/ld+json', 'NewsArticle', '<nav', 'cookie', 'related', '<footer', '<article'):
            if tag not in src:
                problems.append(f"{name}: page lacks {tag}")
        # parse
        r = subprocess.run([yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
            continue
        post = json.loads(r.stdout)
        for key in ("overview", "details", "key_points", "sources"):
            if not post.get(key):
                problems.append(f"{name}: parsed post lacks {key}")
        srcs = post.get("sources") or []
        if len(srcs) != 1:
            problems.append(f"{name}: want one citation, got {len(srcs)}")
            continue
        cit = srcs[0]
        slips = {f["span"] for f in findings if f["kind"] in CITATION_SLIP}
        slips |= {s.replace(".", "-") for s in slips if re.fullmatch(r"\d{4}\.\d{2}\.\d{2}", s)}
        local_date = meta["published"][:10]
        checks = [("title", cit["title"], meta["title"]), ("outlet", cit["outlet"], meta["outlet"]),
                  ("date", cit["date"], local_date), ("url", cit["url"], meta["url"])]
        for what, got, want in checks:
            if got != want and not any(s in (got or "") for s in slips):
                problems.append(f"{name}: citation {what} {got!r} != {want!r}")
            if got == want and name.startswith("err-") and what == "url" and any(s.startswith("http") for s in slips):
                problems.append(f"{name}: planted url slip missing")
    total = sum(sev.values())
    print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
    print("languages:", dict(sorted(langs.items())))
    print("planted by kind:", dict(sorted(kinds.items())))
    print("planted by severity:", dict(sorted(sev.items())))
    print("planted total:", total)
    if dict(langs) != WANT_LANGS:
        problems.append(f"languages {dict(langs)} != {WANT_LANGS}")
    if n_clean != 12 or n_err != 12 or total != 36 or sev["error"] != 24 or sev["warning"] != 12:
        problems.append("counts off: want 12 clean, 12 err, 36 planted (24 error, 12 warning)")
    for n in notes:
        print("note:", n)
    for p in problems:
        print("FAIL:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
