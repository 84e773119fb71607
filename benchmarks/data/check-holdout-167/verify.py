#!/usr/bin/env python3
"""Sanity checks for check-holdout-167.

- every expected span stands verbatim in its digest (and how often);
- clean cases have no findings, err cases have 3;
- every digest parses with `yoten parse` (set YOTEN to the binary);
- clean digests cite og:title, og:site_name, the published date in the
  outlet's own offset and the canonical URL;
- source article length (words; characters for Japanese) and digest length;
- counts by language, kind and severity.
Exit status 1 if any problem is found.
"""
import collections, html, json, os, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN", "yoten")
problems = []

def meta(src, prop=None, name=None):
    if prop:
        m = re.search(r'<meta property="%s" content="([^"]*)"' % re.escape(prop), src)
    else:
        m = re.search(r'<meta name="%s" content="([^"]*)"' % re.escape(name), src)
    return html.unescape(m.group(1)) if m else None

def article_text(src):
    m = re.search(r'<div class="story-body"[^>]*>(.*?)</div>', src, re.S)
    paras = re.findall(r"<p>(.*?)</p>", m.group(1), re.S)
    return " ".join(html.unescape(p) for p in paras)

langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
lang_split = collections.Counter()
n_clean = n_err = 0
rows = []
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    is_clean = name.startswith("clean-")
    lang_split[(lang, "clean" if is_clean else "err")] += 1
    if exp["clean"] != is_clean:
        problems.append(f"{name}: clean flag {exp['clean']} does not match name")
    if is_clean:
        n_clean += 1
        if exp["findings"]:
            problems.append(f"{name}: clean case has findings")
    else:
        n_err += 1
        if len(exp["findings"]) != 3:
            problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
    seen = set()
    for f in exp["findings"]:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
        n = dig.count(f["span"])
        if n == 0:
            problems.append(f"{name}: span not in digest: {f['span']!r}")
        elif n > 1:
            problems.append(f"{name}: span occurs {n} times: {f['span']!r}")
        if f["span"] in seen:
            problems.append(f"{name}: duplicate span {f['span']!r}")
        seen.add(f["span"])
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        for key in ("headline", "overview", "details"):
            if not d.get(key):
                problems.append(f"{name}: parsed digest lacks {key}")
    # citation
    title, outlet = meta(src, "og:title"), meta(src, "og:site_name")
    pub = meta(src, "article:published_time")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    cite_date = pub[:10].replace("-", ".")
    cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [c.strip() for c in cit if c.strip()]
    ok_cite = cit[0] == f"{title} {outlet} {cite_date}" and cit[1] == canon
    if is_clean and not ok_cite:
        problems.append(f"{name}: citation differs from source metadata")
    if not is_clean and not ok_cite and not any(f["kind"] == "citation" for f in exp["findings"]):
        problems.append(f"{name}: citation differs but no citation finding")
    # lengths
    text = article_text(src)
    size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article length {size} outside {lo}-{hi}")
    body = dig.split("【引用・参照・底本】")[0]
    jchars = len(re.sub(r"\s", "", body))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest length {jchars} outside 900-1600")
    rows.append((name, lang, size, jchars, len(exp["findings"])))

print(f"{'case':34} lang  source  digest  findings")
for r in rows:
    print(f"{r[0]:34} {r[1]:4} {r[2]:6}  {r[3]:6}  {r[4]}")
print()
print(f"cases: {len(rows)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("language x type:", {f"{k[0]}/{k[1]}": v for k, v in sorted(lang_split.items())})
print("findings:", sum(kinds.values()), "kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
print("(source size: words, or non-space characters for ja; digest: non-space characters before the citation)")
if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nno problems")
