#!/usr/bin/env python3
"""Sanity checks for check-holdout-224 (no checker run)."""
import collections, json, pathlib, re, subprocess, sys

ROOT = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
urls = set()
for case in sorted((ROOT / "cases").iterdir()):
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists():
            problems.append(f"{name}: missing {f}")
    html = (case / "source.html").read_text(encoding="utf-8")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', html).group(1)
    langs[lang] += 1
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
    if canon in urls:
        problems.append(f"{name}: source reused")
    urls.add(canon)
    if ".example/" not in canon:
        problems.append(f"{name}: domain not .example")
    for tag in ("og:site_name", "og:title", "article:published_time", "NewsArticle", "<article>", "cookie", "<footer"):
        if tag not in html:
            problems.append(f"{name}: source lacks {tag}")
    body = " ".join(re.findall(r"<p>(.*?)</p>", html.split("<article>")[1].split("</article>")[0]))
    size = len(body) if lang == "ja" else len(body.split())
    if lang != "ja" and not 300 <= size <= 650:
        problems.append(f"{name}: article has {size} words")
    chars = len(re.sub(r"\s", "", digest))
    if not 900 <= chars <= 1600:
        problems.append(f"{name}: digest has {chars} chars")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
    elif name.startswith("err-"):
        n_err += 1
        if exp["clean"] is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in digest:
                problems.append(f"{name}: span {f['span']!r} not in digest")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: {f['kind']} should be {want}")
    else:
        problems.append(f"{name}: bad name")
    # the citation must carry the outlet and the published date in the outlet's own zone
    pub = re.search(r'article:published_time" content="(\d{4})-(\d\d)-(\d\d)', html)
    site = re.search(r'og:site_name" content="([^"]+)"', html).group(1).replace("&#x27;", "'")
    cite = digest.split("【引用・参照・底本】")[1]
    if site not in cite:
        problems.append(f"{name}: outlet not in citation")
    date = ".".join(pub.groups())
    if date not in cite and not any(f["kind"] == "citation" for f in exp["findings"]):
        problems.append(f"{name}: citation date {date} missing")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("headline"):
            problems.append(f"{name}: parse gave no headline")
    print(f"{name:40s} {lang}  article={size:4d}{'c' if lang == 'ja' else 'w'}  digest={chars:4d}c  findings={len(exp['findings'])}")

if n_clean != 12 or n_err != 12:
    problems.append(f"want 12 clean + 12 err, got {n_clean} + {n_err}")
if dict(langs) != WANT_LANG:
    problems.append(f"languages {dict(langs)} != {WANT_LANG}")
print(f"\ncases: {n_clean} clean, {n_err} err; languages: {dict(sorted(langs.items()))}")
print(f"planted findings: {sum(kinds.values())}; kinds: {dict(sorted(kinds.items()))}; severities: {dict(sorted(sev.items()))}")
print("problems:" if problems else "problems: none")
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
