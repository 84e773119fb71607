#!/usr/bin/env python3
"""Sanity checks for check-holdout-154.

- every case has source.html, digest.txt, expected.json;
- sources regenerate byte-for-byte from specs/ with gen.py;
- sources carry title/og/canonical/published_time/JSON-LD and 300-650 words
  of article text (Japanese: 600-1,300 characters);
- every digest parses with `yoten parse` and has 900-1,600 non-space characters;
- clean cases: clean=true, no findings, citation = og:title, og:site_name,
  canonical URL and the outlet's local date;
- err cases: clean=false, 3 findings, kind/severity per LABELS-v2, each span
  verbatim and exactly once in the digest; a citation that deviates from the
  source only where a citation finding is labelled;
- counts by language, kind and severity.

Usage: python verify.py [--yoten PATH]
"""
import argparse
import collections
import html
import json
import re
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning",
       "spelling": "warning", "citation": "warning", "glossary": "warning",
       "structure": "warning"}
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yoten", default="/tmp/bcv154/bin/yoten")
    args = ap.parse_args()
    problems = []
    langs = collections.Counter()
    kinds = collections.Counter()
    sevs = collections.Counter()
    per_lang = collections.Counter()
    n_clean = n_err = 0
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = {p.stem for p in (HERE / "specs").glob("*.txt")}
    if {c.name for c in cases} != specs:
        problems.append(f"specs/cases mismatch: {sorted(specs ^ {c.name for c in cases})}")
    domains = collections.Counter()
    lengths = []
    for c in cases:
        name = c.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (c / f).exists():
                problems.append(f"{name}: missing {f}")
        sm, paras = gen.parse_spec((HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8"))
        src = (c / "source.html").read_text(encoding="utf-8")
        if gen.render(sm, paras) != src:
            problems.append(f"{name}: source.html differs from gen.py output")
        lang = sm["lang"]
        langs[lang] += 1
        domains[sm["domain"]] += 1
        text = " ".join(paras)
        size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
        lo, hi = (600, 1300) if lang == "ja" else (300, 650)
        if not lo <= size <= hi:
            problems.append(f"{name}: article length {size} outside {lo}-{hi}")
        for need in ("og:site_name", "og:title", "article:published_time"):
            if not meta(src, need):
                problems.append(f"{name}: no {need}")
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
        if '"@type": "NewsArticle"' not in src or "<article>" not in src:
            problems.append(f"{name}: no JSON-LD NewsArticle or <article>")
        if not sm["domain"].endswith(".example"):
            problems.append(f"{name}: domain not .example")
        pub = datetime.fromisoformat(meta(src, "article:published_time"))
        digest = (c / "digest.txt").read_text(encoding="utf-8")
        n = len(re.sub(r"\s", "", digest))
        lengths.append(n)
        if not 900 <= n <= 1600:
            problems.append(f"{name}: digest has {n} non-space characters (want 900-1600)")
        r = subprocess.run([args.yoten, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
            continue
        d = json.loads(r.stdout)
        for k in ("headline", "overview", "details", "key_points", "sources"):
            if not d.get(k):
                problems.append(f"{name}: parsed digest has no {k}")
        s0 = (d.get("sources") or [{}])[0]
        cite_ok = (s0.get("title") == meta(src, "og:title") and s0.get("outlet") == meta(src, "og:site_name")
                   and s0.get("url") == canon and s0.get("date") == pub.date().isoformat())
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        finds = exp["findings"]
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or finds:
                problems.append(f"{name}: clean case with findings or clean=false")
            if not cite_ok:
                problems.append(f"{name}: citation differs from source: {s0}")
        elif name.startswith("err-"):
            n_err += 1
            per_lang[lang] += 1
            if exp["clean"] is not False or len(finds) != 3:
                problems.append(f"{name}: err case needs clean=false and 3 findings")
            has_cite = any(f["kind"] == "citation" for f in finds)
            if cite_ok == has_cite:
                problems.append(f"{name}: citation check {cite_ok} but citation finding labelled {has_cite}")
            spans = [f["span"] for f in finds]
            if len(set(spans)) != len(spans):
                problems.append(f"{name}: duplicate spans")
            for f in finds:
                kinds[f["kind"]] += 1
                sevs[f["severity"]] += 1
                if SEV.get(f["kind"]) != f["severity"]:
                    problems.append(f"{name}: {f['kind']} should be {SEV.get(f['kind'])}")
                cnt = digest.count(f["span"])
                if cnt != 1:
                    problems.append(f"{name}: span {f['span']!r} occurs {cnt} times")
                for g in finds:
                    if g is not f and f["span"] in g["span"]:
                        problems.append(f"{name}: span {f['span']!r} inside {g['span']!r}")
        else:
            problems.append(f"{name}: name must start with clean- or err-")
    for dom, k in domains.items():
        if k > 1:
            problems.append(f"domain {dom} used {k} times")
    if dict(langs) != WANT_LANG:
        problems.append(f"languages {dict(langs)} != {WANT_LANG}")
    if (n_clean, n_err) != (12, 12):
        problems.append(f"{n_clean} clean / {n_err} err, want 12/12")
    print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err)")
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("err cases by language:", ", ".join(f"{k} {v}" for k, v in sorted(per_lang.items())))
    print(f"planted findings: {sum(kinds.values())}")
    print("by kind:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print("by severity:", ", ".join(f"{k} {v}" for k, v in sorted(sevs.items())))
    print(f"digest length (non-space chars): min {min(lengths)}, max {max(lengths)}")
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print("  -", p)
        return 1
    print("no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
