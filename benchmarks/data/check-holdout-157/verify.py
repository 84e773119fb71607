#!/usr/bin/env python3
"""Sanity checks for check-holdout-157 (does not run the checker).

Usage: python verify.py [--yoten PATH]
"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "citation": "warning", "glossary": "warning", "structure": "warning"}
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
sources = set()
rows = []


def article_text(page):
    body = re.search(r'itemprop="articleBody">(.*?)</div>', page, re.S).group(1)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists():
            problems.append(f"{name}: missing {f}")
    page = (case / "source.html").read_text(encoding="utf-8")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    spec = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8")
    lang = re.search(r"^lang: (\w+)", spec, re.M).group(1)
    langs[lang] += 1
    # source page
    for needle in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "<article>",
                   "cookie-banner", "<footer", "<nav>"):
        if needle not in page:
            problems.append(f"{name}: source lacks {needle}")
    canon = re.search(r'rel="canonical" href="([^"]+)"', page).group(1)
    if not canon.split("/")[2].endswith(".example"):
        problems.append(f"{name}: domain not .example")
    if canon in sources:
        problems.append(f"{name}: source reused")
    sources.add(canon)
    text = article_text(page)
    size = len(re.sub(r"\s", "", text)) // 2.5 if lang == "ja" else len(text.split())
    if not 300 <= size <= 650:
        problems.append(f"{name}: article length {size} outside 300-650 words")
    # digest
    chars = len(re.sub(r"\s", "", digest))
    if not 900 <= chars <= 1600:
        problems.append(f"{name}: digest {chars} chars outside 900-1600")
    title = html.unescape(re.search(r'property="og:title" content="([^"]+)"', page).group(1))
    outlet = html.unescape(re.search(r'property="og:site_name" content="([^"]+)"', page).group(1))
    pub = re.search(r'article:published_time" content="(\d{4})-(\d\d)-(\d\d)', page).groups()
    cite = f"{title} {outlet} {'.'.join(pub)}"
    citation_findings = [f for f in exp["findings"] if f["kind"] == "citation"]
    if not citation_findings:
        if cite not in digest:
            problems.append(f"{name}: citation line differs from source: {cite}")
        if not digest.rstrip().endswith(canon):
            problems.append(f"{name}: citation URL is not the canonical one")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        parsed = json.loads(r.stdout)
        for key in ("overview", "details", "key_points", "citation"):
            if key not in parsed and key != "citation":
                problems.append(f"{name}: parse lacks {key}")
    # labels
    clean = name.startswith("clean-")
    if exp["clean"] != clean:
        problems.append(f"{name}: clean flag {exp['clean']} does not match name")
    if clean and exp["findings"]:
        problems.append(f"{name}: clean case has findings")
    if not clean and len(exp["findings"]) != 3:
        problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in exp["findings"]:
        if KINDS.get(f["kind"]) != f["severity"]:
            problems.append(f"{name}: {f['kind']} should be {KINDS.get(f['kind'])}")
        n = digest.count(f["span"])
        if n == 0:
            problems.append(f"{name}: span not in digest: {f['span']}")
        elif n > 1:
            problems.append(f"{name}: span occurs {n} times: {f['span']}")
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
    rows.append(f"{name:38} {lang}  source {int(size):4} {'chars/2.5' if lang == 'ja' else 'words'}  digest {chars:5} chars  findings {len(exp['findings'])}")

print("\n".join(rows))
print()
print("cases:", len(rows), " clean:", sum(r.split()[0].startswith("clean-") for r in rows),
      " err:", sum(r.split()[0].startswith("err-") for r in rows))
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
if problems:
    print("\nPROBLEMS:")
    print("\n".join(problems))
    sys.exit(1)
print("no problems")
