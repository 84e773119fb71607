#!/usr/bin/env python3
"""Sanity checks for check-holdout-243 (no checker run)."""
import collections, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems = []
by_lang = collections.Counter()
by_kind = collections.Counter()
by_sev = collections.Counter()
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    files = {p.name for p in case.iterdir()}
    for f in ("source.html", "digest.txt", "expected.json"):
        if f not in files:
            problems.append(f"{name}: missing {f}")
    if not (HERE / "specs" / f"{name}.txt").exists():
        problems.append(f"{name}: no spec")
    src = (case / "source.html").read_text(encoding="utf-8")
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    by_lang[lang] += 1
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                   '"NewsArticle"', "<nav>", "cookie-banner", "<article>", "site-footer", 'class="related"'):
        if needle not in src:
            problems.append(f"{name}: source lacks {needle}")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if ".example/" not in canon:
        problems.append(f"{name}: canonical not under .example")
    body = " ".join(re.findall(r"<p>(.*?)</p>", src.split("story-body")[1].split("</article>")[0]))
    size = len(body) if lang == "ja" else len(body.split())
    if lang != "ja" and not 300 <= size <= 650:
        problems.append(f"{name}: article has {size} words")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    # characters of the Japanese text: everything but whitespace, the citation block excluded
    text = digest.split("【引用・参照・底本】")[0]
    jchars = len(re.sub(r"\s", "", text))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest has {jchars} Japanese characters")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in exp["findings"]:
        c = digest.count(f["span"])
        if c == 0:
            problems.append(f"{name}: span not in digest: {f['span']!r}")
        elif c > 1:
            problems.append(f"{name}: span occurs {c} times: {f['span']!r}")
        by_kind[f["kind"]] += 1
        by_sev[f["severity"]] += 1
        sev = {"mismatch": "error"}.get(f["kind"], "warning")
        if f["severity"] != sev:
            problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
        if canon not in digest:
            problems.append(f"{name}: citation URL is not the canonical URL")
    elif name.startswith("err-"):
        n_err += 1
        if exp["clean"] is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
    else:
        problems.append(f"{name}: bad prefix")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        if not d:
            problems.append(f"{name}: empty parse")
    print(f"{name:34s} {lang}  {size:4d} {'chars' if lang == 'ja' else 'words'}  digest {jchars:4d} ja-chars  findings {len(spans)}")
print()
print(f"cases: {n_clean} clean, {n_err} err, {n_clean + n_err} total")
print("languages:", dict(sorted(by_lang.items())))
print("findings by kind:", dict(sorted(by_kind.items())), "total", sum(by_kind.values()))
print("findings by severity:", dict(sorted(by_sev.items())))
if dict(by_lang) != WANT_LANG:
    problems.append(f"language counts {dict(by_lang)} != {WANT_LANG}")
if (n_clean, n_err) != (12, 12):
    problems.append("need 12 clean and 12 err cases")
print()
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
