#!/usr/bin/env python3
"""Sanity checks for check-holdout-185 (no checker involved).

Every case has source.html, digest.txt, expected.json; every span stands
verbatim in its digest; clean cases have no findings; err cases have 3;
every digest parses with `yoten parse`; digest length 900-1600 characters;
article text 300-650 words (Japanese: 600-1300 characters); the citation
of clean cases matches og:title, og:site_name, the local publication date
and the canonical URL. Prints counts by language and kind.
"""
import collections, datetime, html, json, os, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN", "/tmp/bcv185/bin/yoten")
problems = []

def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None

langs, kinds, sev = collections.Counter(), collections.Counter(), collections.Counter()
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).is_file():
            problems.append(f"{name}: missing {f}")
    if not (HERE / "specs" / f"{name}.txt").is_file():
        problems.append(f"{name}: missing spec")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    # article length
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    if lang == "ja":
        n = len(re.sub(r"\s", "", text))
        if not 600 <= n <= 1300:
            problems.append(f"{name}: article {n} chars")
    else:
        n = len(text.split())
        if not 300 <= n <= 650:
            problems.append(f"{name}: article {n} words")
    # digest length
    dl = len(re.sub(r"\s", "", dig))
    if not 900 <= dl <= 1600:
        problems.append(f"{name}: digest {dl} chars")
    # expected
    clean = name.startswith("clean-")
    if exp.get("clean") is not clean:
        problems.append(f"{name}: clean flag")
    if clean:
        n_clean += 1
        if exp["findings"]:
            problems.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if len(exp["findings"]) != 3:
            problems.append(f"{name}: {len(exp['findings'])} findings")
    spans = set()
    for fd in exp["findings"]:
        kinds[fd["kind"]] += 1
        sev[fd["severity"]] += 1
        if fd["span"] not in dig:
            problems.append(f"{name}: span not in digest: {fd['span']}")
        if fd["span"] in spans:
            problems.append(f"{name}: duplicate span {fd['span']}")
        spans.add(fd["span"])
        want = "error" if fd["kind"] == "mismatch" else "warning"
        if fd["severity"] != want:
            problems.append(f"{name}: {fd['kind']} labelled {fd['severity']}")
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        continue
    d = json.loads(r.stdout)
    for key in ("headline", "overview", "details", "key_points", "sources"):
        if not d.get(key):
            problems.append(f"{name}: parsed digest lacks {key}")
    if not d["overview"].get("highlights") or not d["overview"].get("context"):
        problems.append(f"{name}: overview lacks highlights/context")
    # citation (clean cases must be exact)
    s = d["sources"][0] if d.get("sources") else {}
    pub = datetime.datetime.fromisoformat(meta(src, "article:published_time"))
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    norm = lambda t: re.sub(r"\s+", " ", t or "").strip()
    checks = {"title": norm(meta(src, "og:title")), "outlet": meta(src, "og:site_name"),
              "date": pub.date().isoformat(), "url": html.unescape(canon)}
    bad = [k for k, v in checks.items() if norm(s.get(k)) != v]
    cite_spans = [fd for fd in exp["findings"] if fd["kind"] == "citation"]
    if clean and bad:
        problems.append(f"{name}: citation differs in {bad}")
    if not clean and bool(bad) != bool(cite_spans):
        problems.append(f"{name}: citation differs in {bad} but labelled {len(cite_spans)} citation findings")

print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "| by kind:", dict(sorted(kinds.items())), "| by severity:", dict(sorted(sev.items())))
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
