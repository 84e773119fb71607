#!/usr/bin/env python3
"""Sanity checks for check-holdout-151 (does not run the checker).

Usage: python verify.py [--yoten PATH]   (default: yoten on PATH, else /tmp/bcv151/bin/yoten)
"""
import collections, datetime as dt, html, json, os, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "citation": "warning", "glossary": "warning", "structure": "warning"}


def yoten_bin():
    if "--yoten" in sys.argv:
        return sys.argv[sys.argv.index("--yoten") + 1]
    return shutil.which("yoten") or "/tmp/bcv151/bin/yoten"


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


def main():
    problems, notes = [], []
    langs, kinds, sev = collections.Counter(), collections.Counter(), collections.Counter()
    per_lang = collections.Counter()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    yb = yoten_bin()
    n_clean = n_err = 0
    for case in cases:
        name = case.name
        spec = HERE / "specs" / f"{name}.txt"
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (case / f).is_file():
                problems.append(f"{name}: missing {f}")
        if not spec.is_file():
            problems.append(f"{name}: missing spec")
            continue
        head = spec.read_text(encoding="utf-8").split("\n---\n", 1)
        lang = re.search(r"^lang: (\w+)", head[0], re.M).group(1)
        paras = [p for p in head[1].split("\n\n") if p.strip()]
        words = sum(len(p) for p in paras) // 2 if lang == "ja" else sum(len(p.split()) for p in paras)
        if not 300 <= words <= 650:
            problems.append(f"{name}: article text {words} words (want 300-650)")
        langs[lang] += 1
        src = (case / "source.html").read_text(encoding="utf-8")
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        # source page requirements
        for prop in ("og:site_name", "og:title", "article:published_time"):
            if not meta(src, prop):
                problems.append(f"{name}: source lacks {prop}")
        for needle in ('rel="canonical"', '"@type": "NewsArticle"', "<article>", "<nav", "cookie", "<footer", 'class="related"'):
            if needle not in src:
                problems.append(f"{name}: source lacks {needle}")
        canon = html.unescape(re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1))
        if ".example/" not in canon:
            problems.append(f"{name}: canonical not under .example")
        title = meta(src, "og:title")
        outlet = meta(src, "og:site_name")
        pub = dt.datetime.fromisoformat(meta(src, "article:published_time"))
        cite = f"{title} {outlet} {pub:%Y.%m.%d}"
        # digest size and structure
        size = len(re.sub(r"\s", "", digest))
        if not 900 <= size <= 1600:
            problems.append(f"{name}: digest {size} chars (want 900-1600)")
        for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
            if marker not in digest:
                problems.append(f"{name}: digest lacks {marker}")
        r = subprocess.run([yb, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            parsed = json.loads(r.stdout)
            if not parsed.get("headline"):
                problems.append(f"{name}: parsed digest has no headline")
        # labels
        findings = exp.get("findings", [])
        if name.startswith("clean-"):
            n_clean += 1
            if exp.get("clean") is not True or findings:
                problems.append(f"{name}: clean case must have clean=true and no findings")
            if cite not in digest:
                problems.append(f"{name}: citation line '{cite}' not in digest")
            if canon not in digest.split():
                problems.append(f"{name}: canonical URL not in digest")
        elif name.startswith("err-"):
            n_err += 1
            if exp.get("clean") is not False:
                problems.append(f"{name}: err case must have clean=false")
            if len(findings) != 3:
                problems.append(f"{name}: {len(findings)} findings (want 3)")
            if any(f["severity"] == "error" for f in findings) is False:
                notes.append(f"{name}: no error-severity finding")
        else:
            problems.append(f"{name}: name must start with clean- or err-")
        spans = set()
        for f in findings:
            span, kind, s = f.get("span", ""), f.get("kind"), f.get("severity")
            if kind not in KINDS or KINDS[kind] != s:
                problems.append(f"{name}: bad kind/severity {kind}/{s}")
            n = digest.count(span)
            if n == 0:
                problems.append(f"{name}: span not in digest: {span!r}")
            elif n > 1:
                notes.append(f"{name}: span occurs {n}x: {span!r}")
            if span in spans:
                problems.append(f"{name}: duplicate span {span!r}")
            spans.add(span)
            kinds[kind] += 1
            sev[s] += 1
            per_lang[lang] += 1
        print(f"{name:38s} {lang}  words={words:3d}  digest={size:4d}  findings={len(findings)}")
    print()
    print(f"cases: {len(cases)}  clean: {n_clean}  err: {n_err}")
    print("languages:", dict(sorted(langs.items())))
    print("findings by kind:", dict(sorted(kinds.items())), " total:", sum(kinds.values()))
    print("findings by severity:", dict(sorted(sev.items())))
    print("findings by source language:", dict(sorted(per_lang.items())))
    want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
    if dict(langs) != want:
        problems.append(f"language counts {dict(langs)} != {want}")
    if (n_clean, n_err) != (12, 12):
        problems.append("want 12 clean and 12 err cases")
    for n in notes:
        print("note:", n)
    for p in problems:
        print("PROBLEM:", p)
    print("OK: no problems" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
