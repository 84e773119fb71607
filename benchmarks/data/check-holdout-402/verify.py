#!/usr/bin/env python3
"""Check the check-holdout-402 set: spans verbatim; clean = no findings;
err = 3 findings (2 mismatch/error + 1 warning); yoten parse ok; citation
against the spec; sizes; counts; languages; source.html up to date.

Usage: python3 verify.py [--yoten PATH]   (exit 0 when everything passes)
"""
import collections
import html
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
SECTIONS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]


def find_yoten(argv):
    if "--yoten" in argv:
        return argv[argv.index("--yoten") + 1]
    for c in (os.environ.get("YOTEN"), shutil.which("yoten"), "/tmp/bcv402/bin/yoten"):
        if c and pathlib.Path(c).exists():
            return c
    return None


def norm(s):
    return " ".join(s.split())


def main(argv):
    yoten = find_yoten(argv)
    problems, notes = [], []
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if [c.name for c in cases] != specs:
        problems.append("cases/ and specs/ do not list the same names")
    langs = collections.Counter()
    sev = collections.Counter()
    kinds = collections.Counter()
    n_clean = n_err = 0
    rows = []
    for d in cases:
        name = d.name
        meta, paras = gen.read_spec(HERE / "specs" / f"{name}.txt")
        lang = meta["lang"]
        langs[lang] += 1
        src = (d / "source.html").read_text(encoding="utf-8")
        if src != gen.build(name):
            problems.append(f"{name}: source.html is not up to date with its spec (run gen.py)")
        if f'<html lang="{lang}">' not in src:
            problems.append(f"{name}: <html lang> is not {lang}")
        body = " ".join(paras)
        size = len("".join(body.split())) if lang == "ja" else len(body.split())
        lo, hi = (600, 700) if lang == "ja" else (300, 350)
        if not lo <= size <= hi:
            problems.append(f"{name}: source size {size} outside {lo}-{hi}")
        for u in re.findall(r'https?://([^/"\s<]+)', src):
            if not u.endswith(".example") and u != "schema.org":  # JSON-LD @context
                problems.append(f"{name}: non-.example domain {u} in source.html")
        dig = (d / "digest.txt").read_text(encoding="utf-8")
        dlen = len(dig.strip())
        if not 950 <= dlen <= 1400:
            problems.append(f"{name}: digest length {dlen} outside 950-1400")
        pos = [dig.find(s) for s in SECTIONS]
        if -1 in pos or pos != sorted(pos):
            problems.append(f"{name}: house-format sections missing or out of order")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        f = exp["findings"]
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for x in f:
            c = dig.count(x["span"])
            if c == 0:
                problems.append(f"{name}: span not in digest: {x['span']!r}")
            elif c > 1:
                notes.append(f"{name}: span occurs {c} times: {x['span']!r}")
            sev[x["severity"]] += 1
            kinds[(x["kind"], x["severity"])] += 1
        if name.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}:
                problems.append(f"{name}: clean case must be {{clean: true, findings: []}}")
        elif name.startswith("err-"):
            n_err += 1
            errs = [x for x in f if x["severity"] == "error"]
            warns = [x for x in f if x["severity"] == "warning"]
            if exp["clean"] is not False or len(f) != 3 or len(errs) != 2 or len(warns) != 1:
                problems.append(f"{name}: err case must have 2 errors + 1 warning")
            if any(x["kind"] != "mismatch" for x in errs):
                problems.append(f"{name}: errors must be kind mismatch")
            if any(x["kind"] not in WARN_KINDS for x in warns):
                problems.append(f"{name}: unexpected warning kind")
        else:
            problems.append(f"{name}: name must start with clean- or err-")
        # yoten parse and the citation
        cit_ok = "-"
        if yoten:
            r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
            else:
                doc = json.loads(r.stdout)
                srcs = doc.get("sources") or []
                if len(srcs) != 1:
                    problems.append(f"{name}: expected one citation, parsed {len(srcs)}")
                else:
                    s = srcs[0]
                    local = datetime.fromisoformat(meta["published"]).date().isoformat()
                    want = {"title": norm(meta["title"]), "outlet": meta["outlet"], "date": local, "url": meta["url"]}
                    got = {k: norm(s.get(k) or "") for k in want}
                    diff = [k for k in want if got[k] != want[k]]
                    cit_spans = [x["span"] for x in f if x["kind"] == "citation"]
                    if name.startswith("clean-") and diff:
                        problems.append(f"{name}: citation differs from the page in {diff}")
                    if name.startswith("err-"):
                        if cit_spans and not diff:
                            problems.append(f"{name}: citation finding planted but citation matches the page")
                        if diff and not cit_spans:
                            problems.append(f"{name}: citation differs ({diff}) but no citation finding")
                        for k in diff:
                            if not any(cs in (s.get(k) or "") or norm(cs) in got[k] or cs.replace(".", "-") == got[k] for cs in cit_spans):
                                problems.append(f"{name}: citation field {k} differs but is not the planted span")
                    cit_ok = "ok" if not diff else "planted:" + ",".join(diff)
        else:
            problems.append("yoten not found: cannot run yoten parse")
        rows.append((name, lang, meta["outlet"], meta["published"][-6:], size, dlen, len(f), cit_ok))
    if n_clean != 12 or n_err != 12:
        problems.append(f"want 12 clean + 12 err cases, have {n_clean} + {n_err}")
    if dict(langs) != WANT_LANGS:
        problems.append(f"languages {dict(langs)} != {WANT_LANGS}")
    total = sum(sev.values())
    if total != 36 or sev["error"] != 24 or sev["warning"] != 12:
        problems.append(f"planted findings {dict(sev)} (want 24 error + 12 warning)")
    w = {k: v for (k, s), v in kinds.items() if s == "warning"}
    if not (w.get("unsupported") == 4 and 2 <= w.get("name", 0) <= 3 and w.get("spelling") == 2 and 3 <= w.get("citation", 0) <= 4):
        problems.append(f"warning mix {w} outside the brief")
    for r in rows:
        print("{:<26} {:<2} {:<28} {:>6} src={:<4} digest={:<4} findings={} citation={}".format(*r))
    print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
    print(f"planted: {total} ({sev['error']} error, {sev['warning']} warning); by kind: "
          + ", ".join(f"{k}/{s}={v}" for (k, s), v in sorted(kinds.items())))
    for n in notes:
        print("note:", n)
    for p in problems:
        print("FAIL:", p)
    print("PASS" if not problems else f"{len(problems)} problem(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
