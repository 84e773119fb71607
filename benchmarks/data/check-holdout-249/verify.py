#!/usr/bin/env python3
"""Sanity checks for check-holdout-249.

Usage: python verify.py [--yoten PATH]
Checks: files present; expected.json shape; clean cases have no findings and
err cases exactly three; every span stands verbatim in its digest; every
digest parses with `yoten parse`; digest length 900-1,600 characters (without
whitespace); article length; citation title/outlet/date/URL against the
source; counts by language and kind.
"""
import argparse, collections, html, json, pathlib, re, subprocess, sys
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yoten", default="yoten")
    args = ap.parse_args()
    problems, notes = [], []
    langs, kinds, sev = collections.Counter(), collections.Counter(), collections.Counter()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    n_clean = n_err = 0
    for c in cases:
        name = c.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (c / f).exists():
                problems.append(f"{name}: missing {f}")
        src = (c / "source.html").read_text(encoding="utf-8")
        dig = (c / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        # expected.json
        clean = name.startswith("clean-")
        if exp.get("clean") is not clean:
            problems.append(f"{name}: clean flag {exp.get('clean')} does not match name")
        fs = exp.get("findings", [])
        if clean:
            n_clean += 1
            if fs:
                problems.append(f"{name}: clean case has findings")
        else:
            n_err += 1
            if len(fs) != 3:
                problems.append(f"{name}: {len(fs)} findings, want 3")
        spans = set()
        for f in fs:
            k, s, sp = f.get("kind"), f.get("severity"), f.get("span")
            kinds[(k, s)] += 1
            sev[s] += 1
            if k in ("mismatch",) and s != "error":
                problems.append(f"{name}: {k} must be error")
            if k in ("unsupported", "name", "spelling", "citation") and s != "warning":
                problems.append(f"{name}: {k} must be warning")
            if not sp or sp not in dig:
                problems.append(f"{name}: span not in digest: {sp!r}")
            elif dig.count(sp) > 1:
                notes.append(f"{name}: span {sp!r} occurs {dig.count(sp)} times")
            if sp in spans:
                problems.append(f"{name}: duplicate span {sp!r}")
            spans.add(sp)
        # parse
        r = subprocess.run([args.yoten, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            d = json.loads(r.stdout)
            if not d.get("details") or not d.get("key_points", d.get("keypoints", True)):
                problems.append(f"{name}: parse lacks sections")
        for marker in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
            if marker not in dig:
                problems.append(f"{name}: missing {marker}")
        # length of digest (without whitespace and without the citation block)
        body = dig.split("【引用・参照・底本】")[0]
        nchar = len(re.sub(r"\s", "", body))
        if not 900 <= nchar <= 1600:
            problems.append(f"{name}: digest length {nchar} outside 900-1600")
        # article length
        art = re.search(r'<div class="article-body">(.*?)</div>', src, re.S).group(1)
        text = html.unescape(re.sub(r"<[^>]+>", " ", art))
        if lang == "ja":
            size = len(re.sub(r"\s", "", text)); ok = size >= 600
            unit = "chars"
        else:
            size = len(text.split()); ok = 300 <= size <= 650
            unit = "words"
        if not ok:
            problems.append(f"{name}: article {size} {unit}")
        # citation
        title, outlet = meta(src, "og:title"), meta(src, "og:site_name")
        pub = datetime.fromisoformat(meta(src, "article:published_time"))
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
        cit = [l.strip() for l in dig.split("【引用・参照・底本】")[1].splitlines() if l.strip()]
        want = f"{title} {outlet} {pub:%Y.%m.%d}"
        cit_spans = [f["span"] for f in fs if f["kind"] == "citation"]
        if cit[0] != want and not any(s in cit[0] for s in cit_spans):
            problems.append(f"{name}: citation line {cit[0]!r} != {want!r}")
        if cit[1] != html.unescape(canon) and not any(s in cit[1] for s in cit_spans):
            problems.append(f"{name}: citation URL is not canonical")
        if clean and (cit[0] != want or cit[1] != html.unescape(canon)):
            problems.append(f"{name}: clean citation differs from source")
        print(f"{name:34s} {lang}  digest {nchar:4d} chars  article {size:4d} {unit}  findings {len(fs)}")
    print()
    print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
    print("languages:", dict(sorted(langs.items())))
    print("findings:", sum(kinds.values()), dict(sorted(sev.items())))
    for (k, s), n in sorted(kinds.items()):
        print(f"  {k:12s} {s:8s} {n}")
    for n in notes:
        print("note:", n)
    if len(cases) != 24 or n_clean != 12 or n_err != 12:
        problems.append("want 24 cases, 12 clean, 12 err")
    if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
        problems.append(f"language counts {dict(langs)}")
    for p in problems:
        print("PROBLEM:", p)
    print("OK: no problems" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
