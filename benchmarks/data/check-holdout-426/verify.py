#!/usr/bin/env python3
"""Check the set: spans verbatim, labels well formed, digests parse, sizes,
counts, languages, and that every source.html is regenerated from its spec.

Usage: python3 verify.py [--yoten PATH]   (default: yoten on PATH, else /tmp/bcv426/bin/yoten)
"""
import collections
import json
import pathlib
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

ERROR_KINDS = {"mismatch"}
WARNING_KINDS = {"unsupported", "name", "spelling", "citation"}
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WANT_WARNINGS = {"unsupported": (4, 4), "name": (2, 3), "spelling": (2, 2), "citation": (3, 4)}
MARKERS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]


def yoten_bin():
    if "--yoten" in sys.argv:
        return sys.argv[sys.argv.index("--yoten") + 1]
    return shutil.which("yoten") or "/tmp/bcv426/bin/yoten"


def main():
    problems = []
    yoten = yoten_bin()
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    rows = []
    names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if names != specs:
        problems.append(f"cases and specs differ: {set(names) ^ set(specs)}")
    for name in names:
        d = HERE / "cases" / name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).exists():
                problems.append(f"{name}: missing {f}")
        meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        lang = meta["lang"]
        langs[lang] += 1
        # source size
        if lang == "ja":
            size = sum(len("".join(p.split())) for p in paras)
            if not 600 <= size <= 700:
                problems.append(f"{name}: Japanese source {size} chars (want 600-700)")
        else:
            size = sum(len(p.split()) for p in paras)
            if not 300 <= size <= 350:
                problems.append(f"{name}: source {size} words (want 300-350)")
        # source.html up to date
        html = gen.render(name, meta, paras)
        if (d / "source.html").read_text(encoding="utf-8") != html:
            problems.append(f"{name}: source.html is stale (run gen.py)")
        if ".example" not in meta["url"]:
            problems.append(f"{name}: url not under .example")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        dlen = len(digest.rstrip("\n"))
        if not 950 <= dlen <= 1400:
            problems.append(f"{name}: digest {dlen} chars (want 950-1400)")
        for m in MARKERS:
            if digest.count(m) != 1:
                problems.append(f"{name}: marker {m} count {digest.count(m)}")
        # parse
        r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
            parsed = None
        else:
            parsed = json.loads(r.stdout)
            src = (parsed.get("sources") or [{}])[0]
            if name.startswith("clean-"):
                want_date = meta["published"][:10]
                if src.get("date") != want_date:
                    problems.append(f"{name}: citation date {src.get('date')} != {want_date}")
                if src.get("url") != meta["url"]:
                    problems.append(f"{name}: citation url differs from canonical")
                if src.get("outlet") != meta["outlet"]:
                    problems.append(f"{name}: citation outlet {src.get('outlet')!r}")
                if " ".join(src.get("title", "").split()) != " ".join(meta["title"].replace("\u3000", " ").split()):
                    problems.append(f"{name}: citation title {src.get('title')!r}")
        # labels
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        findings = exp.get("findings", [])
        if name.startswith("clean-"):
            n_clean += 1
            if exp.get("clean") is not True or findings:
                problems.append(f"{name}: clean case must be clean with no findings")
        elif name.startswith("err-"):
            n_err += 1
            if exp.get("clean") is not False:
                problems.append(f"{name}: err case must have clean=false")
            errs = [f for f in findings if f["severity"] == "error"]
            warns = [f for f in findings if f["severity"] == "warning"]
            if len(findings) != 3 or len(errs) != 2 or len(warns) != 1:
                problems.append(f"{name}: want 2 errors + 1 warning, got {len(errs)} + {len(warns)} of {len(findings)}")
            spans = [f["span"] for f in findings]
            if len(set(spans)) != len(spans):
                problems.append(f"{name}: duplicate spans")
            for f in findings:
                k, s, span = f["kind"], f["severity"], f["span"]
                kinds[k] += 1
                sev[s] += 1
                if s == "error" and k not in ERROR_KINDS:
                    problems.append(f"{name}: {k} labelled error")
                if s == "warning" and k not in WARNING_KINDS:
                    problems.append(f"{name}: {k} labelled warning")
                c = digest.count(span)
                if c == 0:
                    problems.append(f"{name}: span {span!r} not in digest")
                elif c > 1:
                    problems.append(f"{name}: span {span!r} occurs {c} times")
                rows.append((name, k, s, span))
        else:
            problems.append(f"{name}: name must start clean- or err-")
    if n_clean != 12 or n_err != 12:
        problems.append(f"want 12 clean + 12 err, got {n_clean} + {n_err}")
    if dict(langs) != WANT_LANGS:
        problems.append(f"languages {dict(langs)} != {WANT_LANGS}")
    if sev["error"] != 24 or sev["warning"] != 12:
        problems.append(f"severities {dict(sev)} (want 24 error, 12 warning)")
    for k, (lo, hi) in WANT_WARNINGS.items():
        if not lo <= kinds[k] <= hi:
            problems.append(f"{k}: {kinds[k]} (want {lo}-{hi})")
    print(f"cases: {len(names)} ({n_clean} clean, {n_err} err)")
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"planted findings: {sum(sev.values())} ({sev['error']} error, {sev['warning']} warning)")
    print("kinds:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    if problems:
        print("FAIL")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK: spans verbatim and unique, yoten parse ok, sizes, counts, languages, source.html up to date")


if __name__ == "__main__":
    main()
