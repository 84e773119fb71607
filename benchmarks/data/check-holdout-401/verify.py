#!/usr/bin/env python3
"""Check the check-holdout-401 set: labels, spans, sizes, counts, parse, sources.

Run from anywhere: python3 verify.py  (uses $YOTEN, else `yoten` on PATH,
else /tmp/bcv401/bin/yoten, for `yoten parse`).
"""
import collections
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WANT_WARN = {"unsupported": (4, 4), "name": (2, 3), "spelling": (2, 2), "citation": (3, 4)}

problems = []
notes = []


def bad(msg):
    problems.append(msg)


def yoten_bin():
    if os.environ.get("YOTEN"):
        return os.environ["YOTEN"]
    return shutil.which("yoten") or "/tmp/bcv401/bin/yoten"


def source_size(meta, paras):
    body = "\n".join(paras)
    if meta["lang"] == "ja":
        return len("".join(body.split())), "chars", (600, 700)
    return len(body.split()), "words", (300, 350)


def main():
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if [c.name for c in cases] != specs:
        bad(f"cases and specs differ: {sorted(set(c.name for c in cases) ^ set(specs))}")
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    yb = yoten_bin()
    rows = []
    for c in cases:
        name = c.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (c / f).is_file():
                bad(f"{name}: missing {f}")
        meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        langs[meta["lang"]] += 1
        # source.html up to date
        if (c / "source.html").read_text(encoding="utf-8") != gen.build(name):
            bad(f"{name}: source.html out of date (run gen.py)")
        html = (c / "source.html").read_text(encoding="utf-8")
        for needle in ('og:site_name', 'og:title', 'rel="canonical"', 'article:published_time',
                       '"@type": "NewsArticle"', "<article>", "<nav>", "cookie-banner", "<footer>", "related"):
            if needle not in html:
                bad(f"{name}: source.html lacks {needle}")
        size, unit, (lo, hi) = source_size(meta, paras)
        if not lo <= size <= hi:
            bad(f"{name}: source has {size} {unit}, want {lo}-{hi}")
        digest = (c / "digest.txt").read_text(encoding="utf-8")
        dlen = len(digest)
        if not 950 <= dlen <= 1400:
            bad(f"{name}: digest has {dlen} chars, want 950-1400")
        r = subprocess.run([yb, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
        else:
            json.loads(r.stdout)
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        spans = [f["span"] for f in exp["findings"]]
        for f in exp["findings"]:
            if f["span"] not in digest:
                bad(f"{name}: span not verbatim in digest: {f['span']!r}")
            elif digest.count(f["span"]) > 1:
                bad(f"{name}: span occurs {digest.count(f['span'])} times: {f['span']!r}")
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
        if len(set(spans)) != len(spans):
            bad(f"{name}: duplicate spans")
        if name.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}:
                bad(f"{name}: clean case must be {{clean: true, findings: []}}")
        elif name.startswith("err-"):
            n_err += 1
            errs = [f for f in exp["findings"] if f["severity"] == "error"]
            warns = [f for f in exp["findings"] if f["severity"] == "warning"]
            if exp.get("clean") is not False or len(exp["findings"]) != 3 or len(errs) != 2 or len(warns) != 1:
                bad(f"{name}: err case must have clean=false, 2 errors + 1 warning")
            if any(f["kind"] != "mismatch" for f in errs):
                bad(f"{name}: errors must be kind mismatch")
            if any(f["kind"] not in WANT_WARN for f in warns):
                bad(f"{name}: warning kind {warns}")
        else:
            bad(f"{name}: name must start with clean- or err-")
        # citation: title, outlet, outlet-local date, canonical URL
        pub = datetime.fromisoformat(meta["published"])
        want_line = f"{meta['title']} {meta['outlet']} {pub:%Y.%m.%d}"
        tail = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        tail = [t.strip() for t in tail if t.strip()]
        cite_ok = tail == [want_line, meta["url"]]
        has_cite_label = any(f["kind"] == "citation" for f in exp["findings"])
        if cite_ok == has_cite_label:
            bad(f"{name}: citation correct={cite_ok} but citation label={has_cite_label}: {tail}")
        # Latin names in parentheses must stand in the source, unless labelled `name`
        text = meta["title"] + "\n" + "\n".join(paras)
        for latin in re.findall(r"\(([A-Za-zÀ-ÿ][^()\u3000-\u9fff]*)\)", digest):
            if latin not in text and not any(latin in s or s in latin for s in spans):
                bad(f"{name}: Latin {latin!r} not in source and not labelled")
        rows.append(f"{name:34} {meta['lang']}  source {size:4} {unit:5}  digest {dlen:4} chars  "
                    f"findings {len(exp['findings'])}")
    print("\n".join(rows))
    print()
    print(f"cases {len(cases)}: clean {n_clean}, err {n_err}")
    print(f"languages {dict(sorted(langs.items()))}")
    print(f"findings {sum(kinds.values())}: by kind {dict(sorted(kinds.items()))}, by severity {dict(sorted(sev.items()))}")
    if len(cases) != 24 or n_clean != 12 or n_err != 12:
        bad("want 24 cases: 12 clean, 12 err")
    if dict(langs) != WANT_LANGS:
        bad(f"languages {dict(langs)} != {WANT_LANGS}")
    if sum(kinds.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
        bad("want 36 findings: 24 error, 12 warning")
    for k, (lo, hi) in WANT_WARN.items():
        if not lo <= kinds[k] <= hi:
            bad(f"warning kind {k}: {kinds[k]}, want {lo}-{hi}")
    if problems:
        print("\nFAIL")
        for p in problems:
            print(" -", p)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
