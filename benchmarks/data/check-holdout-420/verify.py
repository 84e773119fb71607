#!/usr/bin/env python3
"""Checks check-holdout-420: spans, labels, parse, sizes, counts, languages, citations,
and that every source.html is what gen.py writes from its spec."""
import collections
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = os.environ.get("YOTEN", "/tmp/bcv420/bin/yoten")
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}


class Body(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.paras = []
        self.inp = False
        self.lang = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "div" and a.get("class") == "story-body":
            self.depth = 1
        elif self.depth and tag == "div":
            self.depth += 1
        if self.depth and tag == "p":
            self.inp = True
            self.paras.append("")

    def handle_endtag(self, tag):
        if self.depth and tag == "div":
            self.depth -= 1
        if tag == "p":
            self.inp = False

    def handle_data(self, data):
        if self.inp and self.depth:
            self.paras[-1] += data


def main():
    problems = []
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if [c.name for c in cases] != specs:
        problems.append("cases/ and specs/ differ")
    kinds = collections.Counter()
    sev = collections.Counter()
    langs = collections.Counter()
    n_clean = n_err = 0
    rows = []
    for c in cases:
        name = c.name
        src = (c / "source.html").read_text(encoding="utf-8")
        dig = (c / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        if src != gen.build(name):
            problems.append(f"{name}: source.html out of date (run gen.py)")
        meta, _ = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        b = Body()
        b.feed(src)
        langs[b.lang] += 1
        text = " ".join(b.paras)
        if b.lang == "ja":
            size = len(re.sub(r"\s", "", text))
            ok = 600 <= size <= 700
            unit = "chars"
        else:
            size = len(text.split())
            ok = 300 <= size <= 350
            unit = "words"
        if not ok:
            problems.append(f"{name}: source size {size} {unit}")
        dlen = len(dig)
        if not 950 <= dlen <= 1400:
            problems.append(f"{name}: digest length {dlen}")
        r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        findings = exp["findings"]
        for f in findings:
            n = dig.count(f["span"])
            if n == 0:
                problems.append(f"{name}: span not in digest: {f['span']!r}")
            elif n > 1:
                problems.append(f"{name}: span occurs {n} times: {f['span']!r}")
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
        if name.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}:
                problems.append(f"{name}: clean case must have no findings")
        else:
            n_err += 1
            errs = [f for f in findings if f["severity"] == "error"]
            warns = [f for f in findings if f["severity"] == "warning"]
            if exp.get("clean") is not False or len(findings) != 3 or len(errs) != 2 or len(warns) != 1:
                problems.append(f"{name}: err case needs 2 errors + 1 warning")
            if any(f["kind"] != "mismatch" for f in errs):
                problems.append(f"{name}: errors must be mismatch")
            if any(f["kind"] not in WARN_KINDS for f in warns):
                problems.append(f"{name}: bad warning kind")
        # citation: title OUTLET local-date, canonical URL (unless a planted citation slip)
        local_date = meta["published"][:10].replace("-", ".")
        want = f"{meta['title']} {meta['outlet']} {local_date}"
        cite = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cite = [l.strip() for l in cite if l.strip()]
        cite_ok = cite[:2] == [want, meta["url"]]
        planted_cite = any(f["kind"] == "citation" for f in findings)
        if cite_ok == planted_cite:
            problems.append(f"{name}: citation {'correct but labelled' if cite_ok else 'wrong but unlabelled'}")
        rows.append((name, b.lang, size, unit, dlen, len(findings)))
    for row in rows:
        print("%-36s %-2s source %4d %-5s digest %4d chars  findings %d" % row)
    print()
    print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
    print("languages:", dict(sorted(langs.items())))
    print("findings:", sum(kinds.values()), "by severity:", dict(sorted(sev.items())),
          "by kind:", dict(sorted(kinds.items())))
    if len(cases) != 24 or n_clean != 12 or n_err != 12:
        problems.append("need 24 cases: 12 clean, 12 err")
    if dict(langs) != LANGS:
        problems.append(f"languages {dict(langs)} != {LANGS}")
    if sum(kinds.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
        problems.append("need 36 findings: 24 error, 12 warning")
    if not (3 <= kinds["unsupported"] <= 4 and 2 <= kinds["name"] <= 3
            and kinds["spelling"] == 2 and 3 <= kinds["citation"] <= 4):
        problems.append(f"warning mix off: {dict(kinds)}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
