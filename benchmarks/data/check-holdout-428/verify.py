#!/usr/bin/env python3
"""Checks for check-holdout-428.  Run from anywhere:  python3 verify.py

- 24 cases (12 clean-*, 12 err-*), each with source.html, digest.txt, expected.json
- clean: {"clean": true, "findings": []}
- err: exactly 3 findings = 2 mismatch/error + 1 warning (unsupported/name/spelling/citation)
- every span stands verbatim in digest.txt (and is reported if it occurs more than once)
- `yoten parse` reads every digest (exit 0, all four sections present)
- sizes: sources 300-350 words (ja: 600-700 characters), digests 950-1,400 characters
- languages 14 en / 3 fr / 3 de / 2 es / 2 ja; planted totals by kind
- citation = "<og:title>  <og:site_name> <local date>" + canonical URL (two spaces before
  the multi-word outlet), as written and as `yoten parse` reads it, unless a citation slip is planted
- every URL in specs and digests is under .example; source.html regenerated from the spec
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = os.environ.get("YOTEN", "/tmp/bcv428/bin/yoten")
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems = []


def bad(msg):
    problems.append(msg)


def citation(digest):
    tail = digest.split("【引用・参照・底本】", 1)[1]
    lines = [l.strip() for l in tail.splitlines() if l.strip()]
    return lines[0], lines[1]


def main():
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if [c.name for c in cases] != specs:
        bad("case folders and specs differ")
    langs = Counter()
    kinds = Counter()
    sev = Counter()
    rows = []
    for c in cases:
        name = c.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (c / f).exists():
                bad(f"{name}: missing {f}")
        meta, paras = gen.read_spec(HERE / "specs" / f"{name}.txt")
        lang = meta["lang"]
        langs[lang] += 1
        size = sum(len(p) for p in paras) if lang == "ja" else sum(len(p.split()) for p in paras)
        lo, hi = (600, 700) if lang == "ja" else (300, 350)
        if not lo <= size <= hi:
            bad(f"{name}: source size {size} outside {lo}-{hi}")
        digest = (c / "digest.txt").read_text(encoding="utf-8")
        dlen = len(digest)
        if not 950 <= dlen <= 1400:
            bad(f"{name}: digest {dlen} characters")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        fnd = exp["findings"]
        if name.startswith("clean-"):
            if exp != {"clean": True, "findings": []}:
                bad(f"{name}: clean case with findings")
        elif name.startswith("err-"):
            errs = [f for f in fnd if f["severity"] == "error"]
            warns = [f for f in fnd if f["severity"] == "warning"]
            if exp["clean"] is not False or len(fnd) != 3 or len(errs) != 2 or len(warns) != 1:
                bad(f"{name}: want 2 errors + 1 warning, clean false")
            if any(f["kind"] != "mismatch" for f in errs):
                bad(f"{name}: error kind must be mismatch")
            if any(f["kind"] not in WARN_KINDS for f in warns):
                bad(f"{name}: warning kind")
            if len({f["span"] for f in fnd}) != len(fnd):
                bad(f"{name}: duplicate span")
        else:
            bad(f"{name}: name must start clean- or err-")
        for f in fnd:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            n = digest.count(f["span"])
            if n == 0:
                bad(f"{name}: span not in digest: {f['span']!r}")
            elif n > 1:
                print(f"note: {name}: span occurs {n} times: {f['span']!r}")
        # citation
        title_line, url_line = citation(digest)
        local = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
        want_title = f"{meta['title']}  {meta['outlet']} {local}"  # two spaces set off a multi-word outlet
        cit_ok = title_line == want_title and url_line == meta["url"]
        has_cit = any(f["kind"] == "citation" for f in fnd)
        if cit_ok == has_cit:
            bad(f"{name}: citation {'correct but labelled' if has_cit else 'wrong but unlabelled'}")
        for u in re.findall(r"https?://[^\s\"<>]+", digest + (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8")):
            host = u.split("/")[2]
            if not host.endswith(".example"):
                bad(f"{name}: non-.example URL {u}")
        # parse
        r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        parsed_ok = r.returncode == 0
        if parsed_ok:
            try:
                js = json.loads(r.stdout)
                parsed_ok = bool(js)
                src = (js.get("sources") or [{}])[0]
                got = (src.get("title"), src.get("outlet"), src.get("date"), src.get("url"))
                want = (meta["title"], meta["outlet"], datetime.fromisoformat(meta["published"]).strftime("%Y-%m-%d"), meta["url"])
                if (got == want) == has_cit:
                    bad(f"{name}: parsed citation {got} vs source {want}")
            except ValueError:
                parsed_ok = False
        if not parsed_ok:
            bad(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        if not all(m in digest for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】")):
            bad(f"{name}: a section marker is missing")
        rows.append((name, lang, size, dlen, len(fnd), "ok" if parsed_ok else "FAIL"))
    # html up to date
    r = subprocess.run([sys.executable, str(HERE / "gen.py"), "--check"], capture_output=True, text=True)
    if r.returncode != 0:
        bad("source.html out of date: " + r.stdout.strip())
    # totals
    n_clean = sum(1 for c in cases if c.name.startswith("clean-"))
    n_err = sum(1 for c in cases if c.name.startswith("err-"))
    if (n_clean, n_err) != (12, 12):
        bad(f"want 12 clean + 12 err, have {n_clean} + {n_err}")
    if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
        bad(f"languages {dict(langs)}")
    if sev["error"] != 24 or sev["warning"] != 12:
        bad(f"severities {dict(sev)}")
    if not (3 <= kinds["unsupported"] <= 5 and 2 <= kinds["name"] <= 3 and kinds["spelling"] == 2 and 3 <= kinds["citation"] <= 4):
        bad(f"warning kinds {dict(kinds)}")
    print(f"{'case':44} lang src  dig  f parse")
    for row in rows:
        print(f"{row[0]:44} {row[1]:4} {row[2]:4} {row[3]:4} {row[4]} {row[5]}")
    print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
    print(f"planted: {sum(sev.values())} ({dict(sev)}); kinds: {dict(sorted(kinds.items()))}")
    if problems:
        print("FAIL")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
