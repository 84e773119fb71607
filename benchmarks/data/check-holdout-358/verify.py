#!/usr/bin/env python3
"""Check the set: spans verbatim; clean = no findings; err = 3 (2 error + 1 warning);
yoten parse ok; sizes; counts; languages; source.html up to date."""
import html, json, os, re, subprocess, sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = os.environ.get("YOTEN", "/tmp/bcv358/bin/yoten")
WARN_KINDS = {"unsupported", "name", "spelling", "citation", "glossary", "structure"}
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
MARKERS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]

problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


def meta_of(src):
    g = lambda pat: html.unescape(re.search(pat, src).group(1))
    return {"site": g(r'property="og:site_name" content="([^"]*)"'),
            "title": g(r'property="og:title" content="([^"]*)"'),
            "url": g(r'rel="canonical" href="([^"]*)"'),
            "pub": g(r'property="article:published_time" content="([^"]*)"'),
            "lang": g(r'<html lang="(\w+)"')}


def body_size(src, lang):
    art = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    text = " ".join(html.unescape(p) for p in re.findall(r"\n      <p>(.*?)</p>", art))
    return len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())


def main():
    cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if cases != specs:
        bad("*", f"cases and specs differ: {set(cases) ^ set(specs)}")
    langs, kinds, sev = Counter(), Counter(), Counter()
    n_clean = n_err = n_find = 0
    for c in cases:
        d = HERE / "cases" / c
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).is_file():
                bad(c, f"missing {f}")
        src = (d / "source.html").read_text(encoding="utf-8")
        dig = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        if gen.build(c) != src:
            bad(c, "source.html is not up to date with specs/ (run gen.py)")
        m = meta_of(src)
        langs[m["lang"]] += 1
        size = body_size(src, m["lang"])
        lo, hi = (600, 700) if m["lang"] == "ja" else (300, 350)
        if not lo <= size <= hi:
            bad(c, f"source size {size} outside {lo}-{hi}")
        if not 950 <= len(dig) <= 1400:
            bad(c, f"digest length {len(dig)} outside 950-1400")
        for mk in MARKERS:
            if dig.count(mk) != 1:
                bad(c, f"marker {mk} x{dig.count(mk)}")
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(c, f"yoten parse failed: {r.stderr.strip()[-200:]}")
            parsed = None
        else:
            parsed = json.loads(r.stdout)
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            bad(c, "duplicate spans")
        for f in exp["findings"]:
            n = dig.count(f["span"])
            if n == 0:
                bad(c, f"span not in digest: {f['span']!r}")
            elif n > 1:
                bad(c, f"span occurs {n} times: {f['span']!r}")
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
        if c.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}:
                bad(c, "clean case must be {clean: true, findings: []}")
            if parsed:
                s = parsed["sources"][0]
                local = datetime.fromisoformat(m["pub"]).date().isoformat()
                for k, want in (("title", m["title"].replace("\u3000", " ")), ("outlet", m["site"]),
                                ("url", m["url"]), ("date", local)):
                    if s[k] != want:
                        bad(c, f"citation {k} {s[k]!r} != {want!r}")
        elif c.startswith("err-"):
            n_err += 1
            fs = exp["findings"]
            n_find += len(fs)
            errs = [f for f in fs if f["severity"] == "error"]
            warns = [f for f in fs if f["severity"] == "warning"]
            if exp.get("clean") is not False or len(fs) != 3 or len(errs) != 2 or len(warns) != 1:
                bad(c, "err case must have clean false and 3 findings: 2 error + 1 warning")
            if any(f["kind"] != "mismatch" for f in errs):
                bad(c, "errors must be kind mismatch")
            if any(f["kind"] not in WARN_KINDS for f in warns):
                bad(c, "warning of unknown kind")
        else:
            bad(c, "name must start with clean- or err-")
    if (n_clean, n_err, n_find) != (12, 12, 36):
        bad("*", f"counts clean={n_clean} err={n_err} findings={n_find}")
    if dict(langs) != WANT_LANG:
        bad("*", f"languages {dict(langs)} != {WANT_LANG}")
    print(f"cases: {len(cases)} (clean {n_clean}, err {n_err}); planted findings: {n_find}")
    print("severity:", dict(sorted(sev.items())))
    print("kinds:", dict(sorted(kinds.items())))
    print("languages:", dict(sorted(langs.items())))
    if problems:
        print(f"FAIL: {len(problems)} problem(s)")
        for p in problems:
            print("  -", p)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
