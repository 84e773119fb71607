#!/usr/bin/env python3
"""Sanity checks for check-holdout-240 (does not run the checker)."""
import collections, html, json, os, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = os.environ.get("YOTEN", "yoten")
problems = []
by_lang = collections.Counter()
by_kind = collections.Counter()
by_sev = collections.Counter()
clean_n = err_n = 0

def text_of(src):
    body = re.search(r'<div class="story-body"[^>]*>(.*?)</div>', src, re.S).group(1)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))

for d in sorted((HERE / "cases").iterdir()):
    name = d.name
    files = {p.name for p in d.iterdir()}
    if files != {"source.html", "digest.txt", "expected.json"}:
        problems.append(f"{name}: files {sorted(files)}")
        continue
    src = (d / "source.html").read_text(encoding="utf-8")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    by_lang[lang] += 1
    art = text_of(src)
    words = len(art) // 2 if lang == "ja" else len(art.split())
    if not 300 <= words <= 650:
        problems.append(f"{name}: article length {words} ({'chars/2' if lang == 'ja' else 'words'})")
    jchars = len("".join(dig.split()))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest {jchars} chars")
    for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if m not in dig:
            problems.append(f"{name}: missing {m}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse rc={r.returncode}: {r.stderr.strip()[-200:]}")
    if name.startswith("clean-"):
        clean_n += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
    else:
        err_n += 1
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case must have clean=false and 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            by_kind[f["kind"]] += 1
            by_sev[f["severity"]] += 1
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']!r}")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
    # citation: for clean cases must equal canonical title/outlet/local date/URL
    title = html.unescape(re.search(r'property="og:title" content="([^"]*)"', src).group(1))
    outlet = html.unescape(re.search(r'property="og:site_name" content="([^"]*)"', src).group(1))
    canon = html.unescape(re.search(r'rel="canonical" href="([^"]*)"', src).group(1))
    pub = re.search(r'article:published_time" content="([^"]*)"', src).group(1)
    cite = f"{title} {outlet} {pub[:4]}.{pub[5:7]}.{pub[8:10]}"
    tail = dig.split("【引用・参照・底本】", 1)[1]
    ok = cite in tail and canon in tail.split()
    if name.startswith("clean-") and not ok:
        problems.append(f"{name}: citation does not match source")
    if name.startswith("err-") and not ok and not any(f["kind"] == "citation" for f in exp["findings"]):
        problems.append(f"{name}: citation differs but no citation finding")

print(f"cases: {clean_n + err_n} (clean {clean_n}, err {err_n})")
print("languages:", dict(sorted(by_lang.items())))
print("planted findings:", sum(by_kind.values()), "by kind:", dict(sorted(by_kind.items())),
      "by severity:", dict(sorted(by_sev.items())))
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
