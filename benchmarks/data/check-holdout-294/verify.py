#!/usr/bin/env python3
"""Sanity checks for check-holdout-294 (no checker is run here).

- 24 cases: 12 clean-*, 12 err-*; every case has source.html, digest.txt, expected.json
- clean cases: {"clean": true, "findings": []}; err cases: 3 findings, 2 mismatch/error + 1 warning
- every span stands verbatim in digest.txt
- source.html carries <title>, og:site_name, og:title, canonical, article:published_time
  with a UTC offset, JSON-LD NewsArticle, <article>; canonical equals the spec url
- source sizes: 300-350 words (Japanese: 600-700 characters without spaces)
- digest sizes: 950-1400 characters; citation date = publication date in the outlet's zone
  (except where a planted citation finding says otherwise)
- `yoten parse` accepts every digest (skipped with a note if yoten is not installed)
- language counts: 14 en, 3 fr, 3 de, 2 es, 2 ja
"""
import json, pathlib, re, shutil, subprocess, sys, os, collections

HERE = pathlib.Path(__file__).resolve().parent
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}


def spec(name):
    head, body = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    return meta, body


def yoten_bin():
    for c in (os.environ.get("YOTEN"), "/tmp/bcv294/bin/yoten", shutil.which("yoten")):
        if c and pathlib.Path(c).exists():
            return c
    return None


def main():
    errs = []
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    names = [c.name for c in cases]
    clean = [n for n in names if n.startswith("clean-")]
    err = [n for n in names if n.startswith("err-")]
    if len(cases) != 24 or len(clean) != 12 or len(err) != 12:
        errs.append(f"case counts: {len(cases)} total, {len(clean)} clean, {len(err)} err")
    langs = collections.Counter()
    kinds = collections.Counter()
    yb = yoten_bin()
    parsed = 0
    for c in cases:
        n = c.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (c / f).exists():
                errs.append(f"{n}: missing {f}")
        if not (HERE / "specs" / f"{n}.txt").exists():
            errs.append(f"{n}: missing spec")
            continue
        meta, body = spec(n)
        langs[meta["lang"]] += 1
        digest = (c / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        html = (c / "source.html").read_text(encoding="utf-8")
        # expected
        if n.startswith("clean-"):
            if exp != {"clean": True, "findings": []}:
                errs.append(f"{n}: clean case must have no findings")
        else:
            f = exp["findings"]
            if exp["clean"] is not False or len(f) != 3:
                errs.append(f"{n}: err case must have clean=false and 3 findings")
            e = [x for x in f if x["severity"] == "error" and x["kind"] == "mismatch"]
            w = [x for x in f if x["severity"] == "warning" and x["kind"] in WARN_KINDS]
            if len(e) != 2 or len(w) != 1:
                errs.append(f"{n}: want 2 mismatch/error + 1 warning, got {f}")
            spans = [x["span"] for x in f]
            if len(set(spans)) != len(spans):
                errs.append(f"{n}: duplicate spans")
            for x in f:
                kinds[(x["kind"], x["severity"])] += 1
                if x["span"] not in digest:
                    errs.append(f"{n}: span not in digest: {x['span']!r}")
        # page
        for pat in (r"<title>[^<]+( - | \| )[^<]+</title>", r'property="og:site_name"', r'property="og:title"',
                    r'rel="canonical"', r'article:published_time" content="[^"]+[+-]\d\d:\d\d"',
                    r'"@type": "NewsArticle"', r"<article>", r"<nav", r"cookie", r"<footer>"):
            if not re.search(pat, html):
                errs.append(f"{n}: source.html lacks {pat}")
        if f'<link rel="canonical" href="{meta["url"]}">' not in html.replace("&amp;", "&"):
            errs.append(f"{n}: canonical != spec url")
        if ".example/" not in meta["url"]:
            errs.append(f"{n}: url not under .example")
        # sizes
        if meta["lang"] == "ja":
            size = len(re.sub(r"\s", "", body))
            if not 600 <= size <= 700:
                errs.append(f"{n}: Japanese source {size} chars")
        else:
            size = len(body.split())
            if not 300 <= size <= 350:
                errs.append(f"{n}: source {size} words")
        if not 950 <= len(digest) <= 1400:
            errs.append(f"{n}: digest {len(digest)} chars")
        # citation
        date = meta["published"][:10].replace("-", ".")
        cit = digest.split("【引用・参照・底本】", 1)[1]
        planted_cit = [x for x in exp["findings"] if x["kind"] == "citation"]
        if not planted_cit:
            if f"{meta['title']} {meta['outlet']} {date}" not in cit:
                errs.append(f"{n}: citation line does not match title/outlet/date")
            if meta["url"] not in cit.split():
                errs.append(f"{n}: citation URL is not the canonical URL")
        for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
            if marker not in digest:
                errs.append(f"{n}: missing {marker}")
        # parse
        if yb:
            r = subprocess.run([yb, "parse", str(c / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                errs.append(f"{n}: yoten parse failed: {r.stderr.strip()[-300:]}")
            else:
                parsed += 1
    want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
    if dict(langs) != want:
        errs.append(f"languages {dict(langs)} != {want}")
    nerr = sum(v for (k, s), v in kinds.items() if s == "error")
    nwarn = sum(v for (k, s), v in kinds.items() if s == "warning")
    print(f"cases: {len(cases)} ({len(clean)} clean, {len(err)} err)")
    print(f"languages: {dict(sorted(langs.items()))}")
    print(f"planted findings: {nerr + nwarn} ({nerr} error, {nwarn} warning)")
    print("by kind: " + ", ".join(f"{k}/{s} {v}" for (k, s), v in sorted(kinds.items())))
    print(f"yoten parse: {parsed} ok" if yb else "yoten parse: skipped (yoten not found)")
    if errs:
        print("FAIL")
        for e in errs:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
