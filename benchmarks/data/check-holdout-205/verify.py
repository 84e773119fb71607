#!/usr/bin/env python3
"""Sanity checks (article length = headline + standfirst + body)

Sanity checks for check-holdout-205 (does not run the checker).

Usage: python verify.py [--yoten PATH_TO_YOTEN]
"""
import argparse, collections, html, json, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
MARKERS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]


def article_words(src, lang):
    parts = [re.search(r'<h1 class="headline">(.*?)</h1>', src, re.S),
             re.search(r'<p class="standfirst">(.*?)</p>', src, re.S),
             re.search(r'<div class="story-body"[^>]*>(.*?)</div>', src, re.S)]
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", m.group(1))) for m in parts if m)
    if lang == "ja":
        return len(re.sub(r"\s", "", text)) // 2  # ~2 Japanese characters per English word
    return len(text.split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yoten", default=shutil.which("yoten") or "/tmp/bcv205/bin/yoten")
    a = ap.parse_args()
    problems = []
    langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
    n_clean = n_err = 0
    urls = set()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for c in cases:
        name = c.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (c / f).exists():
                problems.append(f"{name}: missing {f}")
        spec = HERE / "specs" / f"{name}.txt"
        if not spec.exists():
            problems.append(f"{name}: missing spec")
            continue
        lang = re.search(r"^lang:\s*(\S+)", spec.read_text(), re.M).group(1)
        langs[lang] += 1
        src = (c / "source.html").read_text(encoding="utf-8")
        dig = (c / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        for pat in ("<title>", 'property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                    'property="article:published_time"', '"@type": "NewsArticle"', "<nav>", "cookie-banner",
                    "<article>", "site-footer", "sidebar"):
            if pat not in src:
                problems.append(f"{name}: source lacks {pat}")
        canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
        if canon in urls:
            problems.append(f"{name}: canonical URL reused")
        urls.add(canon)
        if not re.search(r"\.example/", canon):
            problems.append(f"{name}: domain not under .example")
        w = article_words(src, lang)
        if not 300 <= w <= 650:
            problems.append(f"{name}: article length {w} words outside 300-650")
        chars = len(re.sub(r"\s", "", dig))
        if not 900 <= chars <= 1600:
            problems.append(f"{name}: digest {chars} characters outside 900-1600")
        for m in MARKERS:
            if dig.count(m) != 1:
                problems.append(f"{name}: marker {m} count {dig.count(m)}")
        pub = re.search(r'article:published_time" content="(\d{4})-(\d\d)-(\d\d)', src).groups()
        cite_date = ".".join(pub)
        cite_line = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        spans = [f["span"] for f in exp["findings"]]
        for f in exp["findings"]:
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']!r}")
            if set(f) != {"kind", "severity", "span"}:
                problems.append(f"{name}: bad finding keys {sorted(f)}")
            kinds[f["kind"]] += 1; sev[f["severity"]] += 1
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        if name.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}:
                problems.append(f"{name}: clean case with findings")
            if not cite_line[0].endswith(cite_date):
                problems.append(f"{name}: citation date is not {cite_date}")
            if cite_line[-1].strip() != canon:
                problems.append(f"{name}: citation URL is not canonical")
        elif name.startswith("err-"):
            n_err += 1
            if exp["clean"] or len(exp["findings"]) != 3:
                problems.append(f"{name}: err case must have clean=false and 3 findings")
        else:
            problems.append(f"{name}: name must start with clean- or err-")
        r = subprocess.run([a.yoten, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        print(f"{name:38s} {lang}  words={w:4d}  digest_chars={chars:5d}  findings={len(spans)}")
    if n_clean != 12 or n_err != 12:
        problems.append(f"expected 12 clean + 12 err, got {n_clean} + {n_err}")
    if dict(langs) != WANT_LANG:
        problems.append(f"languages {dict(langs)} != {WANT_LANG}")
    print(f"\ncases: {len(cases)} (clean {n_clean}, err {n_err})")
    print("languages:", dict(sorted(langs.items())))
    print("findings:", sum(kinds.values()), "by kind:", dict(sorted(kinds.items())), "by severity:", dict(sorted(sev.items())))
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print(" -", p)
        return 1
    print("\nno problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
