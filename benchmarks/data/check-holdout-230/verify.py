#!/usr/bin/env python3
"""Sanity checks for check-holdout-230 (does not run the checker).

Usage: python verify.py [path/to/yoten]
"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
urls = set()

def meta(src, prop, attr="property"):
    m = re.search(r'<meta %s="%s" content="([^"]*)"' % (attr, re.escape(prop)), src)
    return html.unescape(m.group(1)) if m else None

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for case in cases:
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).is_file():
            problems.append(f"{name}: missing {f}")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if canon in urls:
        problems.append(f"{name}: canonical URL reused")
    urls.add(canon)
    title = meta(src, "og:title"); outlet = meta(src, "og:site_name")
    pub = meta(src, "article:published_time")
    for need in ("og:title", "og:site_name", "article:published_time", "og:url"):
        if not meta(src, need):
            problems.append(f"{name}: no {need}")
    if '"@type": "NewsArticle"' not in src:
        problems.append(f"{name}: no JSON-LD NewsArticle")
    body = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    paras = [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", body, re.S)]
    text = " ".join(paras)
    size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article size {size} outside {lo}-{hi}")
    jchars = len(re.sub(r"\s", "", dig))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest has {jchars} non-space characters")
    # clean flag and findings
    is_clean = name.startswith("clean-")
    if exp.get("clean") is not is_clean:
        problems.append(f"{name}: clean flag {exp.get('clean')} does not match name")
    if is_clean and exp["findings"]:
        problems.append(f"{name}: clean case with findings")
    if not is_clean and len(exp["findings"]) != 3:
        problems.append(f"{name}: {len(exp['findings'])} findings, expected 3")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1; sev[f["severity"]] += 1
        n = dig.count(f["span"])
        if n == 0:
            problems.append(f"{name}: span {f['span']!r} not in digest")
        elif n > 1:
            problems.append(f"{name}: span {f['span']!r} occurs {n} times")
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{name}: {f['kind']} with severity {f['severity']}")
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        for key in ("headline", "overview", "details"):
            if not d.get(key):
                problems.append(f"{name}: parsed digest has no {key}")
        if not d.get("key_points"):
            problems.append(f"{name}: parsed digest has no key_points")
        srcs = d.get("sources") or []
        if len(srcs) != 1:
            problems.append(f"{name}: {len(srcs)} citations parsed")
        elif not any(f["kind"] == "citation" for f in exp["findings"]):
            s0 = srcs[0]
            want = {"title": title, "outlet": outlet, "date": pub[:10], "url": canon}
            for k, v in want.items():
                if s0.get(k) != v:
                    problems.append(f"{name}: citation {k} {s0.get(k)!r} != {v!r}")

print(f"cases: {len(cases)} (clean {sum(c.name.startswith('clean-') for c in cases)}, "
      f"err {sum(c.name.startswith('err-') for c in cases)})")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
print("distinct sources:", len(urls))
if problems:
    print(f"PROBLEMS ({len(problems)}):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
