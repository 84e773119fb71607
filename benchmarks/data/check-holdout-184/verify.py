#!/usr/bin/env python3
"""Sanity checks for check-holdout-184 (never runs the checker)."""
import collections, html, json, os, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv184/bin/yoten"
problems = []
langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
n_clean = n_err = 0

def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for case in cases:
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).is_file():
            problems.append(f"{name}: missing {f}")
    if not (HERE / "specs" / f"{name}.txt").is_file():
        problems.append(f"{name}: missing spec")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1); langs[lang] += 1
    # source page furniture
    for need in ("<title>", 'og:site_name', 'og:title', 'rel="canonical"', 'article:published_time',
                 '"@type": "NewsArticle"', "<article>", "<nav>", "cookie", "<footer>", "related"):
        if need not in src:
            problems.append(f"{name}: source lacks {need}")
    body = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    paras = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", body, re.S)]
    size = sum(len(p) for p in paras) if lang == "ja" else sum(len(p.split()) for p in paras)
    lo, hi = (500, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article size {size} outside {lo}-{hi}")
    pub = meta(src, "article:published_time"); site = meta(src, "og:site_name"); title = meta(src, "og:title")
    canon = re.search(r'<link rel="canonical" href="([^"]*)"', src).group(1)
    if not re.search(r"[+-]\d\d:\d\d$", pub):
        problems.append(f"{name}: published_time without offset")
    if not re.match(r"https://[^/]*\.example/", canon):
        problems.append(f"{name}: canonical not under .example")
    # digest
    chars = len(re.sub(r"\s", "", dig))
    if not 900 <= chars <= 1600:
        problems.append(f"{name}: digest has {chars} characters")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("details") and not d.get("detail"):
            pass
    # citation as published (clean digests must cite exactly)
    cite = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cite = [l.strip() for l in cite if l.strip()]
    want_line = f"{title} {site} {pub[:10].replace('-', '.')}"
    spans = [f["span"] for f in exp["findings"]]
    if cite[0] != want_line and not any(s in cite[0] for s in spans):
        problems.append(f"{name}: citation line differs from source: {cite[0]!r} vs {want_line!r}")
    if cite[1] != canon and not any(s in cite[1] for s in spans):
        problems.append(f"{name}: citation URL differs from canonical")
    # labels
    if exp["clean"] != name.startswith("clean-"):
        problems.append(f"{name}: clean flag does not match name")
    if exp["clean"]:
        n_clean += 1
        if exp["findings"]:
            problems.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if len(exp["findings"]) != 3:
            problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1; sev[f["severity"]] += 1
        c = dig.count(f["span"])
        if c == 0:
            problems.append(f"{name}: span not in digest: {f['span']!r}")
        elif c > 1:
            problems.append(f"{name}: span occurs {c} times: {f['span']!r}")
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
    print(f"{name:30s} {lang}  source {size:4d} {'chars' if lang == 'ja' else 'words'}  digest {chars:4d} chars  findings {len(spans)}")

print()
print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
if len(cases) != 24: problems.append(f"{len(cases)} cases, want 24")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}: problems.append(f"language mix {dict(langs)}")
if n_clean != 12 or n_err != 12: problems.append("want 12 clean and 12 err")
sources = [re.search(r'rel="canonical" href="([^"]*)"', (c / "source.html").read_text()).group(1) for c in cases]
if len(set(sources)) != len(sources): problems.append("a source is reused")
print("problems:", len(problems))
for p in problems: print("  -", p)
sys.exit(1 if problems else 0)
