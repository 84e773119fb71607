#!/usr/bin/env python3
"""Sanity checks for check-holdout-176 (no checker run)."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
sources = set()
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists():
            problems.append(f"{name}: missing {f}")
    spec = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8")
    head, body = spec.split("\n---\n", 1)
    meta = dict(l.split(":", 1) for l in head.splitlines() if ":" in l)
    meta = {k.strip(): v.strip() for k, v in meta.items()}
    langs[meta["lang"]] += 1
    src = (case / "source.html").read_text(encoding="utf-8")
    if src != __import__("gen").build(HERE / "specs" / f"{name}.txt"):
        problems.append(f"{name}: source.html out of date with spec")
    m = re.search(r'rel="canonical" href="([^"]+)"', src)
    canon = html.unescape(m.group(1))
    if canon in sources:
        problems.append(f"{name}: source reused")
    sources.add(canon)
    if not canon.split("/")[2].endswith(".example"):
        problems.append(f"{name}: domain not .example")
    art = re.search(r'<div class="article-body">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", art))
    words = len(text.split()) if meta["lang"] != "ja" else len(re.sub(r"\s", "", text)) // 2
    if not 300 <= words <= 650:
        problems.append(f"{name}: article length {words}")
    dg = (case / "digest.txt").read_text(encoding="utf-8")
    jchars = len(re.sub(r"\s", "", dg.split("【引用・参照・底本】", 1)[0]))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest body has {jchars} characters")
    # citation: title, outlet, date in outlet's own zone, canonical URL
    title = html.unescape(re.search(r'property="og:title" content="([^"]+)"', src).group(1))
    date = meta["published"][:10].replace("-", ".")
    cit = dg.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [c for c in cit if c.strip()]
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    cit_spans = [f["span"] for f in exp["findings"] if f["kind"] == "citation"]
    if not cit_spans:
        if cit[0] != f"{title} {meta['outlet']} {date}":
            problems.append(f"{name}: citation line differs: {cit[0]!r}")
        if cit[1] != canon:
            problems.append(f"{name}: citation URL differs")
    is_clean = name.startswith("clean-")
    if exp["clean"] != is_clean:
        problems.append(f"{name}: clean flag")
    if is_clean:
        n_clean += 1
        if exp["findings"]:
            problems.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if len(exp["findings"]) != 3:
            problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{name}: severity of {f['span']}")
        if dg.count(f["span"]) < 1:
            problems.append(f"{name}: span not in digest: {f['span']}")
        elif dg.count(f["span"]) > 1:
            problems.append(f"{name}: span occurs {dg.count(f['span'])} times: {f['span']}")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        ok = (d.get("headline") and d.get("overview", {}).get("lead") and d["overview"].get("highlights")
              and d["overview"].get("context") and d.get("details", {}).get("topics")
              and d.get("key_points") and len(d.get("sources") or []) == 1)
        if not ok:
            problems.append(f"{name}: parsed digest lacks a section")
        elif not cit_spans and d["sources"][0]["date"] != meta["published"][:10]:
            problems.append(f"{name}: parsed citation date {d['sources'][0]['date']}")
print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
