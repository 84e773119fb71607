#!/usr/bin/env python3
"""Checks for check-holdout-385.  Exit status 0 when every check passes.

- every case has source.html, digest.txt, expected.json; source.html equals gen.py's output
- source sizes: 300-350 words (ja: 600-700 characters); digest 950-1400 characters
- HTML chrome: <title>, og:site_name, og:title, canonical, article:published_time, JSON-LD, <article>
- citation of clean digests: title, outlet, outlet-local date and canonical URL exactly
- expected.json: clean -> no findings; err -> exactly 3 = 2 mismatch/error + 1 warning
- every span stands verbatim in digest.txt (a span seen more than once is reported)
- `yoten parse` accepts every digest (YOTEN env var, default /tmp/bcv385/bin/yoten)
- totals: 24 cases (12 clean, 12 err), 36 findings, languages 14/3/3/2/2
"""
import collections
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

YOTEN = os.environ.get("YOTEN", "/tmp/bcv385/bin/yoten")
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}

problems = []
notes = []


def bad(msg):
    problems.append(msg)


def main():
    names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if names != specs:
        bad(f"cases {names} != specs {specs}")
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = n_find = 0
    for name in names:
        d = HERE / "cases" / name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).is_file():
                bad(f"{name}: missing {f}")
        meta, paras = gen.read_spec(HERE / "specs" / f"{name}.txt")
        html = (d / "source.html").read_text(encoding="utf-8")
        if html != gen.build(name):
            bad(f"{name}: source.html out of date (run gen.py)")
        lang = meta["lang"]
        langs[lang] += 1
        body = " ".join(paras)
        if lang == "ja":
            size = len(re.sub(r"\s", "", body))
            lo, hi, unit = 600, 700, "chars"
        else:
            size = len(body.split())
            lo, hi, unit = 300, 350, "words"
        if not lo <= size <= hi:
            bad(f"{name}: source {size} {unit}, want {lo}-{hi}")
        for needle in ("<title>", 'property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                       'property="article:published_time"', "application/ld+json", "<article", "cookie"):
            if needle not in html:
                bad(f"{name}: source.html lacks {needle}")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        dlen = len(digest)
        if not 950 <= dlen <= 1400:
            bad(f"{name}: digest {dlen} chars, want 950-1400")
        for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
            if marker not in digest:
                bad(f"{name}: digest lacks {marker}")
        # citation
        cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cit = [c.strip() for c in cit if c.strip()]
        local = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
        sp = "  " if " " in meta["outlet"] else " "  # a multi-word outlet is set off by two spaces
        want_line = f"{meta['title']}{sp}{meta['outlet']} {local}"
        cit_ok = len(cit) >= 2 and cit[0] == want_line and cit[1] == meta["url"]
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        finds = exp.get("findings", [])
        if name.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}:
                bad(f"{name}: clean case must be {{clean: true, findings: []}}")
            if not cit_ok:
                bad(f"{name}: citation differs from title/outlet/local date/canonical URL: {cit[:2]}")
        elif name.startswith("err-"):
            n_err += 1
            if exp.get("clean") is not False:
                bad(f"{name}: err case must have clean: false")
            errs = [f for f in finds if f["severity"] == "error"]
            warns = [f for f in finds if f["severity"] == "warning"]
            if len(finds) != 3 or len(errs) != 2 or len(warns) != 1:
                bad(f"{name}: want 2 errors + 1 warning, got {len(errs)} + {len(warns)} of {len(finds)}")
            if any(f["kind"] != "mismatch" for f in errs):
                bad(f"{name}: errors must be kind mismatch")
            if any(f["kind"] not in WARN_KINDS for f in warns):
                bad(f"{name}: warning kind not in {sorted(WARN_KINDS)}")
            has_cit = any(f["kind"] == "citation" for f in warns)
            if has_cit and cit_ok:
                bad(f"{name}: citation finding planted but citation is correct")
            if not has_cit and not cit_ok:
                bad(f"{name}: citation wrong but no citation finding: {cit[:2]}")
        else:
            bad(f"{name}: name must start clean- or err-")
        spans = [f["span"] for f in finds]
        if len(set(spans)) != len(spans):
            bad(f"{name}: duplicate spans")
        for f in finds:
            n_find += 1
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            c = digest.count(f["span"])
            if c == 0:
                bad(f"{name}: span not in digest: {f['span']!r}")
            elif c > 1:
                notes.append(f"{name}: span occurs {c} times: {f['span']!r}")
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
        else:
            try:
                parsed = json.loads(r.stdout)
            except ValueError:
                bad(f"{name}: yoten parse output is not JSON")
            else:
                src = (parsed.get("sources") or [{}])[0]
                norm = lambda s: " ".join((s or "").split())  # the parser folds U+3000 to a space
                if name.startswith("clean-") and (norm(src.get("title")), src.get("outlet"), src.get("url")) != (
                        norm(meta["title"]), meta["outlet"], meta["url"]):
                    bad(f"{name}: parsed citation {src} differs from the source page")
        print(f"ok? {name:34s} {lang} src={size:4d}{unit[0]} digest={dlen:4d} findings={len(finds)}")
    if len(names) != 24 or n_clean != 12 or n_err != 12:
        bad(f"want 24 cases (12 clean, 12 err), got {len(names)} ({n_clean}, {n_err})")
    if n_find != 36:
        bad(f"want 36 findings, got {n_find}")
    if dict(langs) != WANT_LANGS:
        bad(f"languages {dict(langs)} != {WANT_LANGS}")
    print("languages:", dict(sorted(langs.items())))
    print("findings by kind:", dict(sorted(kinds.items())), "by severity:", dict(sorted(sev.items())))
    for n in notes:
        print("note:", n)
    for p in problems:
        print("PROBLEM:", p)
    print("PASS" if not problems else f"FAIL ({len(problems)} problems)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
