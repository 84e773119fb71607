#!/usr/bin/env python3
"""Sanity checks for check-holdout-164 (does not run the checker).

- every case has source.html, digest.txt, expected.json
- expected.json: clean <-> no findings, name prefix matches, err cases have 3 findings
- every span occurs verbatim in its digest
- every digest parses with `yoten parse`
- source meta: <title> with outlet suffix, og:site_name, og:title, canonical,
  article:published_time with offset, JSON-LD NewsArticle, <article>
- article length (300-650 words; Japanese: 600-1,300 characters)
- digest length (900-1,600 characters, whitespace and the citation URL excluded)
- clean citations: og:title, og:site_name, date in the outlet's own offset, canonical URL
- 24 distinct sources; counts by language, kind and severity
"""
import collections, html, json, os, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN", "/tmp/bcv164/bin/yoten")
problems = []


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


def article_text(src):
    m = re.search(r"<article>(.*?)</article>", src, re.S)
    paras = re.findall(r"<p>(.*?)</p>", m.group(1), re.S) if m else []
    return [html.unescape(p) for p in paras]


langs, kinds, sevs = collections.Counter(), collections.Counter(), collections.Counter()
canon_seen = {}
rows = []
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for case in cases:
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists():
            problems.append(f"{name}: missing {f}")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    # expected.json
    if exp["clean"] != (not exp["findings"]):
        problems.append(f"{name}: clean flag disagrees with findings")
    if name.startswith("clean-") and (not exp["clean"] or exp["findings"]):
        problems.append(f"{name}: clean case has findings")
    if name.startswith("err-") and len(exp["findings"]) != 3:
        problems.append(f"{name}: {len(exp['findings'])} findings, expected 3")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate span")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1
        sevs[f["severity"]] += 1
        if f["span"] not in dig:
            problems.append(f"{name}: span not in digest: {f['span']!r}")
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{name}: kind {f['kind']} with severity {f['severity']}")
    # source meta
    outlet = meta(src, "og:site_name")
    ogt = meta(src, "og:title")
    canon = re.search(r'<link rel="canonical" href="([^"]+)">', src)
    canon = html.unescape(canon.group(1)) if canon else None
    pub = meta(src, "article:published_time")
    title = html.unescape(re.search(r"<title>(.*?)</title>", src).group(1))
    if not (outlet and ogt and canon and pub):
        problems.append(f"{name}: missing meta")
    if not title.startswith(ogt) or not title.endswith(outlet):
        problems.append(f"{name}: <title> lacks outlet suffix")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", pub or ""):
        problems.append(f"{name}: published_time without offset")
    if '"@type": "NewsArticle"' not in src or "<article>" not in src:
        problems.append(f"{name}: no JSON-LD NewsArticle or <article>")
    if ".example/" not in canon:
        problems.append(f"{name}: canonical not under .example")
    if canon in canon_seen:
        problems.append(f"{name}: same source as {canon_seen[canon]}")
    canon_seen[canon] = name
    paras = article_text(src)
    if lang == "ja":
        size = sum(len(p) for p in paras); lo, hi, unit = 600, 1300, "chars"
    else:
        size = sum(len(p.split()) for p in paras); lo, hi, unit = 300, 650, "words"
    if not lo <= size <= hi:
        problems.append(f"{name}: article {size} {unit}, want {lo}-{hi}")
    # digest length: no whitespace, no URL lines
    body = "".join(l for l in dig.splitlines() if not l.startswith("http"))
    dlen = len(re.sub(r"\s", "", body))
    if not 900 <= dlen <= 1600:
        problems.append(f"{name}: digest {dlen} chars, want 900-1600")
    # citation (clean cases must be exact)
    cite = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cite = [l.strip() for l in cite if l.strip()]
    sep = "  " if " " in outlet else " "
    want_line = f"{ogt}{sep}{outlet} {pub[:10].replace('-', '.')}"
    if name.startswith("clean-"):
        if cite[0] != want_line:
            problems.append(f"{name}: citation line {cite[0]!r} != {want_line!r}")
        if cite[1] != canon:
            problems.append(f"{name}: citation URL is not the canonical URL")
    # yoten parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    ok = r.returncode == 0
    if ok:
        d = json.loads(r.stdout)
        ok = bool(d.get("overview")) and bool(d.get("details")) and bool(d.get("key_points", d.get("keypoints", True)))
        cited = d.get("sources") or [{}]
        cite_kinds = {f["kind"] for f in exp["findings"]}
        if cited[0].get("outlet") != outlet:
            problems.append(f"{name}: parsed outlet {cited[0].get('outlet')!r} != {outlet!r}")
        if "citation" not in cite_kinds and (cited[0].get("title") != ogt or cited[0].get("url") != canon
                                             or cited[0].get("date") != pub[:10]):
            problems.append(f"{name}: parsed citation differs from the source: {cited[0]}")
    if not ok:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    rows.append((name, lang, size, unit, dlen, len(exp["findings"])))

for r in rows:
    print(f"{r[0]:34} {r[1]}  article {r[2]:4} {r[3]:5}  digest {r[4]:4} chars  findings {r[5]}")
print()
print("cases:", len(cases), "clean:", sum(n.startswith("clean-") for n, *_ in rows),
      "err:", sum(n.startswith("err-") for n, *_ in rows))
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "by kind:", dict(sorted(kinds.items())),
      "by severity:", dict(sorted(sevs.items())))
print("distinct sources:", len(canon_seen))
print()
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
