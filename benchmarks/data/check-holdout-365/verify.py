#!/usr/bin/env python3
"""Check the check-holdout-365 set. Exit 1 on any problem.

spans verbatim; clean = no findings; err = 3 (2 mismatch/error + 1 warning);
`yoten parse` ok and the citation matches the page (title, outlet, local date,
canonical URL) for clean cases; sizes; counts; languages; source.html up to date.
"""
import collections
import html
import json
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = os.environ.get("YOTEN", "/tmp/bcv365/bin/yoten")
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}

problems = []
notes = []


def bad(msg):
    problems.append(msg)


def meta_of(page):
    def m(prop):
        r = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), page)
        return html.unescape(r.group(1)) if r else None
    canon = re.search(r'<link rel="canonical" href="([^"]*)"', page)
    return {"site": m("og:site_name"), "title": m("og:title"), "published": m("article:published_time"),
            "canonical": html.unescape(canon.group(1)) if canon else None}


def main():
    names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if names != specs:
        bad(f"cases and specs differ: {set(names) ^ set(specs)}")
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    for name in names:
        d = HERE / "cases" / name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).is_file():
                bad(f"{name}: missing {f}")
        page = (d / "source.html").read_text(encoding="utf-8")
        if page != gen.build(name):
            bad(f"{name}: source.html is not up to date with specs/{name}.txt (run gen.py)")
        meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        lang = meta["lang"]
        langs[lang] += 1
        body = " ".join(paras)
        if lang == "ja":
            size = len("".join(body.split()))
            if not 600 <= size <= 700:
                bad(f"{name}: Japanese source has {size} characters (600-700)")
        else:
            size = len(body.split())
            if not 300 <= size <= 350:
                bad(f"{name}: source has {size} words (300-350)")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        dlen = len(digest)
        if not 950 <= dlen <= 1400:
            bad(f"{name}: digest has {dlen} characters (950-1400)")
        if not re.search(r"\.example/", page) or ".example" not in meta["url"]:
            bad(f"{name}: domain not under .example")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        fnd = exp["findings"]
        for f in fnd:
            c = digest.count(f["span"])
            if c == 0:
                bad(f"{name}: span not in digest: {f['span']!r}")
            elif c > 1:
                notes.append(f"{name}: span occurs {c} times: {f['span']!r}")
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
        if name.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}:
                bad(f"{name}: clean case must be {{clean: true, findings: []}}")
        elif name.startswith("err-"):
            n_err += 1
            errs = [f for f in fnd if f["severity"] == "error"]
            warns = [f for f in fnd if f["severity"] == "warning"]
            if exp["clean"] is not False or len(fnd) != 3 or len(errs) != 2 or len(warns) != 1:
                bad(f"{name}: err case needs clean=false and 2 errors + 1 warning")
            if any(f["kind"] != "mismatch" for f in errs):
                bad(f"{name}: errors must be kind mismatch")
            if any(f["kind"] not in WARN_KINDS for f in warns):
                bad(f"{name}: warning kind not allowed")
        else:
            bad(f"{name}: name must start with clean- or err-")
        # parse with yoten
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
            continue
        post = json.loads(r.stdout)
        for key in ("overview", "details", "key_points", "sources"):
            if not post.get(key):
                bad(f"{name}: parsed post lacks {key}")
        src = (post.get("sources") or [{}])[0]
        pm = meta_of(page)
        local_date = datetime.fromisoformat(pm["published"]).date().isoformat()
        checks = {"title": pm["title"], "outlet": pm["site"], "date": local_date, "url": pm["canonical"]}
        diffs = [k for k, v in checks.items() if src.get(k) != v]
        warn_kinds = {f["kind"] for f in fnd if f["severity"] == "warning"}
        if name.startswith("clean-") and diffs:
            bad(f"{name}: citation differs from page in {diffs}")
        if name.startswith("err-"):
            if "citation" in warn_kinds and not diffs:
                bad(f"{name}: planted citation slip not visible to parse")
            if "citation" not in warn_kinds and diffs:
                bad(f"{name}: unplanted citation difference {diffs}")
    if n_clean != 12 or n_err != 12:
        bad(f"need 12 clean + 12 err, have {n_clean} + {n_err}")
    if dict(langs) != WANT_LANG:
        bad(f"languages {dict(langs)} != {WANT_LANG}")
    total = sum(kinds.values())
    if total != 36 or sev["error"] != 24 or sev["warning"] != 12:
        bad(f"planted totals wrong: {total} findings, {dict(sev)}")
    print(f"cases: {n_clean} clean + {n_err} err = {n_clean + n_err}")
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"planted findings: {total} ({sev['error']} error, {sev['warning']} warning)")
    print("by kind:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    for n in notes:
        print("note:", n)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"FAIL ({len(problems)} problems)")
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
