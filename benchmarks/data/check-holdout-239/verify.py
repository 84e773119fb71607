#!/usr/bin/env python3
"""Sanity checks for check-holdout-239 (does not run the checker).

usage: python verify.py [--yoten PATH]
"""
import argparse, collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
KINDS_ERR = {"mismatch": "error"}
KINDS_WARN = {"unsupported", "name", "spelling", "citation", "glossary", "structure"}


def meta(src, prop, attr="property"):
    m = re.search(r'<meta %s="%s" content="([^"]*)"' % (attr, re.escape(prop)), src)
    return html.unescape(m.group(1)) if m else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yoten", default="yoten")
    a = ap.parse_args()
    problems = []
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    by_lang_type = collections.Counter()
    urls = set()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for c in cases:
        name = c.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (c / f).is_file():
                problems.append(f"{name}: missing {f}")
        if not (HERE / "specs" / f"{name}.txt").is_file():
            problems.append(f"{name}: missing spec")
        src = (c / "source.html").read_text(encoding="utf-8")
        dig = (c / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        clean = name.startswith("clean-")
        by_lang_type[(lang, "clean" if clean else "err")] += 1
        # source checks
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
        if canon in urls:
            problems.append(f"{name}: source URL reused")
        urls.add(canon)
        if not re.match(r"https://[^/]+\.example/", canon):
            problems.append(f"{name}: canonical not under .example")
        for need in ('og:site_name', 'og:title', 'article:published_time'):
            if meta(src, need) is None:
                problems.append(f"{name}: no {need}")
        if '"@type": "NewsArticle"' not in src:
            problems.append(f"{name}: no JSON-LD NewsArticle")
        for need in ("<nav", "cookie-banner", "<footer", "<article>", 'class="related"'):
            if need not in src:
                problems.append(f"{name}: no {need}")
        body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
        text = html.unescape(re.sub(r"<[^>]+>", " ", body))
        size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
        lo, hi = (500, 1300) if lang == "ja" else (300, 650)
        if not lo <= size <= hi:
            problems.append(f"{name}: article size {size} outside {lo}-{hi}")
        # digest checks
        n = len(re.sub(r"\s", "", dig))
        if not 900 <= n <= 1600:
            problems.append(f"{name}: digest {n} chars outside 900-1600")
        for mark in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
            if mark not in dig:
                problems.append(f"{name}: digest lacks {mark}")
        cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cit = [l.strip() for l in cit if l.strip()]
        pub = meta(src, "article:published_time")
        want_title = f"{meta(src, 'og:title')} {meta(src, 'og:site_name')} {pub[:10].replace('-', '.')}"
        if clean and cit[0] != want_title:
            problems.append(f"{name}: citation title line {cit[0]!r} != {want_title!r}")
        if clean and cit[1] != canon:
            problems.append(f"{name}: citation URL != canonical")
        # expected checks
        if exp.get("clean") is not clean:
            problems.append(f"{name}: clean flag {exp.get('clean')} does not match name")
        fs = exp.get("findings", [])
        if clean and fs:
            problems.append(f"{name}: clean case has findings")
        if not clean and len(fs) != 3:
            problems.append(f"{name}: err case has {len(fs)} findings, want 3")
        spans = [f["span"] for f in fs]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in fs:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in dig:
                problems.append(f"{name}: span {f['span']!r} not in digest")
            if f["kind"] == "mismatch" and f["severity"] != "error":
                problems.append(f"{name}: mismatch must be error")
            if f["kind"] in KINDS_WARN and f["severity"] != "warning":
                problems.append(f"{name}: {f['kind']} must be warning")
        # parse
        r = subprocess.run([a.yoten, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            d = json.loads(r.stdout)
            if not d.get("details", {}).get("topics"):
                problems.append(f"{name}: parse found no detail topics")
    print(f"cases: {len(cases)} (clean {sum(1 for c in cases if c.name.startswith('clean-'))}, "
          f"err {sum(1 for c in cases if c.name.startswith('err-'))})")
    print("languages:", dict(sorted(langs.items())))
    print("by language and type:", {f"{k[0]}/{k[1]}": v for k, v in sorted(by_lang_type.items())})
    print("planted findings:", sum(kinds.values()), "by kind:", dict(sorted(kinds.items())),
          "by severity:", dict(sorted(sev.items())))
    want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
    if dict(langs) != want_langs:
        problems.append(f"languages {dict(langs)} != {want_langs}")
    if len(cases) != 24:
        problems.append(f"{len(cases)} cases, want 24")
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("no problems")


if __name__ == "__main__":
    main()
