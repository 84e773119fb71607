#!/usr/bin/env python3
"""Sanity checks for check-holdout-235. Usage: python verify.py [path/to/yoten]"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, notes = [], []
langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
lang_by_type = collections.Counter()
canon_seen = {}

def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None

for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    files = {p.name for p in case.iterdir()}
    if files != {"source.html", "digest.txt", "expected.json"}:
        problems.append(f"{name}: files {sorted(files)}")
        continue
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    lang_by_type[(name.split("-")[0], lang)] += 1
    # source metadata
    title = html.unescape(re.search(r"<title>(.*?)</title>", src).group(1))
    site, ogt = meta(src, "og:site_name"), meta(src, "og:title")
    pub = meta(src, "article:published_time")
    canon = html.unescape(re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1))
    for what, ok in [("og:site_name", site), ("og:title", ogt), ("published_time", pub),
                     ("json-ld", '"NewsArticle"' in src), ("article", "<article>" in src),
                     ("cookie", "cookie-banner" in src), ("footer", "<footer" in src),
                     ("title suffix", title == f"{ogt} - {site}"),
                     (".example", re.match(r"https://[^/]+\.example/", canon))]:
        if not ok:
            problems.append(f"{name}: source lacks {what}")
    if canon in canon_seen:
        problems.append(f"{name}: same source as {canon_seen[canon]}")
    canon_seen[canon] = name
    body = " ".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", src.split('itemprop="articleBody"')[1].split("</div>")[0], re.S))
    if lang == "ja":
        n = len(re.sub(r"\s", "", body)); lo, hi, unit = 600, 1600, "chars"
    else:
        n = len(body.split()); lo, hi, unit = 300, 650, "words"
    if not lo <= n <= hi:
        problems.append(f"{name}: article {n} {unit} (want {lo}-{hi})")
    # digest
    dchars = len(re.sub(r"\s", "", dig))
    if not 900 <= dchars <= 1600:
        problems.append(f"{name}: digest {dchars} chars (want 900-1600)")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("details") or not d.get("overview"):
            problems.append(f"{name}: parse lacks sections")
    # citation
    cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [c for c in cit if c.strip()]
    want_date = pub[:10].replace("-", ".")
    want_line = f"{ogt} {site} {want_date}"
    # expected
    if exp["clean"] != name.startswith("clean-"):
        problems.append(f"{name}: clean flag does not match name")
    fs = exp["findings"]
    if name.startswith("clean-") and fs:
        problems.append(f"{name}: clean case has findings")
    if name.startswith("err-") and len(fs) != 3:
        problems.append(f"{name}: {len(fs)} findings (want 3)")
    cit_flagged = any(f["kind"] == "citation" for f in fs)
    if (cit[0] != want_line or cit[1] != canon) and not cit_flagged:
        problems.append(f"{name}: citation differs from source but not labelled: {cit[:2]}")
    if cit[0] == want_line and cit[1] == canon and cit_flagged:
        problems.append(f"{name}: citation labelled but correct")
    spans = [f["span"] for f in fs]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in fs:
        c = dig.count(f["span"])
        if c == 0:
            problems.append(f"{name}: span not in digest: {f['span']}")
        elif c > 1:
            notes.append(f"{name}: span occurs {c} times: {f['span']}")
        want_sev = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want_sev:
            problems.append(f"{name}: {f['kind']} should be {want_sev}")
        kinds[f["kind"]] += 1; sev[f["severity"]] += 1

n_cases = sum(langs.values())
print(f"cases: {n_cases}  clean: {sum(v for (t, _), v in lang_by_type.items() if t == 'clean')}  err: {sum(v for (t, _), v in lang_by_type.items() if t == 'err')}")
print("languages:", dict(sorted(langs.items())))
print("by type and language:", {f"{t}/{l}": v for (t, l), v in sorted(lang_by_type.items())})
print(f"planted findings: {sum(kinds.values())}  by severity: {dict(sorted(sev.items()))}")
print("by kind:", dict(sorted(kinds.items())))
for n in notes:
    print("note:", n)
want_lang = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want_lang:
    problems.append(f"language counts {dict(langs)} != {want_lang}")
for p in problems:
    print("PROBLEM:", p)
print("OK: no problems" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
