#!/usr/bin/env python3
"""Sanity checks for check-holdout-170 (no checker is run here).

Usage: python verify.py [--yoten PATH]
"""
import collections, datetime, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"
KINDS_ERROR = {"mismatch"}
KINDS_WARN = {"unsupported", "name", "spelling", "citation", "glossary", "structure"}

problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
canon_seen = set()

def meta(src, prop=None, name=None, rel=None):
    if prop:
        m = re.search(r'<meta property="%s" content="([^"]*)"' % re.escape(prop), src)
    elif name:
        m = re.search(r'<meta name="%s" content="([^"]*)"' % re.escape(name), src)
    else:
        m = re.search(r'<link rel="%s" href="([^"]*)"' % re.escape(rel), src)
    return html.unescape(m.group(1)) if m else None

for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    files = {p.name for p in case.iterdir()}
    for f in ("source.html", "digest.txt", "expected.json"):
        if f not in files:
            problems.append(f"{name}: missing {f}")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    # source checks
    for what in ("og:site_name", "og:title", "article:published_time"):
        if not meta(src, prop=what):
            problems.append(f"{name}: source lacks {what}")
    canon = meta(src, rel="canonical")
    if canon in canon_seen:
        problems.append(f"{name}: canonical URL reused")
    canon_seen.add(canon)
    if '"@type": "NewsArticle"' not in src:
        problems.append(f"{name}: no JSON-LD NewsArticle")
    body = re.search(r'<div class="article-body">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    size = len("".join(text.split())) if lang == "ja" else len(text.split())
    if lang == "ja":
        if not 500 <= size <= 1300:
            problems.append(f"{name}: Japanese article text {size} chars")
    elif not 300 <= size <= 650:
        problems.append(f"{name}: article text {size} words")
    # digest length
    dlen = len("".join(dig.split()))
    if not 900 <= dlen <= 1600:
        problems.append(f"{name}: digest {dlen} chars")
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        for key in ("overview", "details", "key_points", "sources"):
            if not d.get(key):
                problems.append(f"{name}: parsed digest has empty {key}")
    # expected
    findings = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or findings:
            problems.append(f"{name}: clean case must have clean=true and no findings")
        # citation must be canonical and dated in the outlet's own zone
        pub = datetime.datetime.fromisoformat(meta(src, prop="article:published_time"))
        want = f"{meta(src, prop='og:title')} {meta(src, prop='og:site_name')} {pub:%Y.%m.%d}"
        if want not in dig:
            problems.append(f"{name}: citation line differs from '{want}'")
        if canon not in dig.split("【引用・参照・底本】")[-1].split():
            problems.append(f"{name}: citation URL is not the canonical URL")
    elif name.startswith("err-"):
        n_err += 1
        if exp["clean"] is not False or len(findings) != 3:
            problems.append(f"{name}: err case must have clean=false and 3 findings")
    else:
        problems.append(f"{name}: name must start with clean- or err-")
    spans = [f["span"] for f in findings]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate span")
    for f in findings:
        k, s, sp = f["kind"], f["severity"], f["span"]
        kinds[k] += 1
        sev[s] += 1
        if sp not in dig:
            problems.append(f"{name}: span not in digest: {sp!r}")
        elif dig.count(sp) > 1:
            problems.append(f"{name}: span occurs {dig.count(sp)} times: {sp!r}")
        if k in KINDS_ERROR and s != "error" or k in KINDS_WARN and s != "warning":
            problems.append(f"{name}: {k} should not be {s}")
        if k not in KINDS_ERROR | KINDS_WARN:
            problems.append(f"{name}: unknown kind {k}")

print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "| by kind:", dict(sorted(kinds.items())), "| by severity:", dict(sorted(sev.items())))
if n_clean != 12 or n_err != 12:
    problems.append("expected 12 clean and 12 err cases")
if langs != collections.Counter(en=14, fr=3, de=3, es=2, ja=2):
    problems.append(f"language mix is {dict(langs)}")
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("no problems")
