#!/usr/bin/env python3
"""Sanity checks for check-holdout-109.

Usage: python verify.py [--yoten PATH]   (PATH defaults to `yoten` on PATH)

Checks: file layout; expected.json shape; clean cases have no findings and err
cases have 3; every span stands verbatim in its digest (exactly once, and not
as the tail of a longer number); every digest parses with `yoten parse`; the
citation matches og:title / og:site_name / the local publication date /
the canonical URL unless a citation finding is planted; source metadata and
article length; digest length.  Prints counts by language and kind.
"""
import argparse
import collections
import html as htmllib
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "citation": "warning"}
JA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e々ー]")


def meta(src, prop, attr="property"):
    m = re.search(r'<meta %s="%s" content="([^"]*)"' % (attr, re.escape(prop)), src)
    return htmllib.unescape(m.group(1)) if m else None


def article_text(src):
    m = re.search(r'<div class="story-body"[^>]*>(.*?)</div>', src, re.S)
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", m.group(1))) if m else ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yoten", default="yoten")
    args = ap.parse_args()
    problems = []
    langs = collections.Counter()
    langs_by_type = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    lengths = []
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for case in cases:
        name = case.name
        def bad(msg):
            problems.append(f"{name}: {msg}")
        files = sorted(p.name for p in case.iterdir())
        if files != ["digest.txt", "expected.json", "source.html"]:
            bad(f"files {files}")
            continue
        if not (HERE / "specs" / f"{name}.txt").exists():
            bad("no spec")
        src = (case / "source.html").read_text(encoding="utf-8")
        dig = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        langs_by_type[(name.split("-")[0], lang)] += 1
        # expected.json
        if set(exp) != {"clean", "findings"}:
            bad("expected.json keys")
        is_clean = name.startswith("clean-")
        if exp["clean"] != is_clean:
            bad("clean flag does not match name")
        if is_clean and exp["findings"]:
            bad("clean case with findings")
        if not is_clean and len(exp["findings"]) != 3:
            bad(f"{len(exp['findings'])} findings, want 3")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            bad("duplicate spans")
        cit_planted = False
        for f in exp["findings"]:
            if KINDS.get(f["kind"]) != f["severity"]:
                bad(f"kind/severity {f}")
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            n = dig.count(f["span"])
            if n == 0:
                bad(f"span not in digest: {f['span']!r}")
            elif n > 1:
                bad(f"span occurs {n} times: {f['span']!r}")
            i = dig.find(f["span"])
            if i > 0 and f["span"][0].isdigit() and dig[i - 1].isdigit():
                bad(f"span is the tail of a longer number: {f['span']!r}")
            if f["kind"] == "citation":
                cit_planted = True
        # source metadata
        for prop in ("og:site_name", "og:title", "article:published_time", "og:url"):
            if not meta(src, prop):
                bad(f"missing {prop}")
        if '<link rel="canonical"' not in src or "application/ld+json" not in src \
                or "cookie-banner" not in src or "<nav>" not in src or "<footer" not in src \
                or "<article>" not in src:
            bad("page furniture missing")
        title = meta(src, "og:title")
        site = meta(src, "og:site_name")
        pub = meta(src, "article:published_time")
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
        if not re.search(r"[+-]\d\d:\d\d$", pub):
            bad("published_time without offset")
        if ".example/" not in canon:
            bad("domain not .example")
        page_title = htmllib.unescape(re.search(r"<title>(.*?)</title>", src).group(1))
        if not (page_title.startswith(title) and page_title.endswith(site)):
            bad("<title> lacks outlet suffix")
        text = article_text(src)
        words = len(JA.findall(text)) // 2 if lang == "ja" else len(text.split())
        if not 300 <= words <= 650:
            bad(f"article length {words} words")
        # citation
        date = pub[:10].replace("-", ".")
        want = [f"{title} {site} {date}", canon]
        tail = [l.strip() for l in dig.split("【引用・参照・底本】")[1].splitlines() if l.strip()]
        if tail[:2] != want and not cit_planted:
            bad(f"citation differs: {tail[:2]} != {want}")
        if cit_planted and tail[:2] == want:
            bad("citation finding planted but citation is correct")
        # parse
        r = subprocess.run([args.yoten, "parse", str(case / "digest.txt")],
                           capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            d = json.loads(r.stdout)
            for key in ("headline", "overview"):
                if not d.get(key):
                    bad(f"parsed digest lacks {key}")
        for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
            if marker not in dig:
                bad(f"digest lacks {marker}")
        body = dig.split("【引用・参照・底本】")[0]
        jc = len(re.sub(r"\s", "", body))
        lengths.append(jc)
        if not 900 <= jc <= 1600:
            bad(f"digest has {jc} characters")
        print(f"{name:34} {lang}  words={words:4}  digest_chars={jc:5}  findings={len(spans)}")
    print()
    print("cases:", len(cases), " clean:", sum(1 for c in cases if c.name.startswith("clean-")),
          " err:", sum(1 for c in cases if c.name.startswith("err-")))
    print("languages:", dict(sorted(langs.items())))
    print("languages by type:", {f"{t}/{l}": n for (t, l), n in sorted(langs_by_type.items())})
    print("findings by kind:", dict(sorted(kinds.items())), " total:", sum(kinds.values()))
    print("findings by severity:", dict(sorted(sev.items())))
    print("digest characters (before the citation, no whitespace): min", min(lengths), "max", max(lengths))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        return 1
    print("\nno problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
