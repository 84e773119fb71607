#!/usr/bin/env python3
"""Sanity checks for check-holdout-204 (does not run the checker)."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
urls = set()

for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    for need in ('og:site_name', 'og:title', 'rel="canonical"', 'article:published_time',
                 '"NewsArticle"', '<article>', 'cookie', '<footer>', '<nav>', 'class="related"'):
        if need not in src:
            problems.append(f"{name}: source lacks {need}")
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    if canon in urls:
        problems.append(f"{name}: source URL reused")
    urls.add(canon)
    body = " ".join(html.unescape(re.sub(r"<[^>]+>", "", p))
                    for p in re.findall(r"<p>(.*?)</p>", src.split('class="article-body"')[1].split("</div>")[0], re.S))
    size = len(re.sub(r"\s", "", body)) // 2 if lang == "ja" else len(body.split())
    if not 300 <= size <= 650:
        problems.append(f"{name}: article text {size} words (ja: chars/2)")
    # digest length: non-whitespace characters, citation URL line left out
    jp = len(re.sub(r"\s", "", "\n".join(l for l in dig.splitlines() if not l.startswith("http"))))
    if not 900 <= jp <= 1600:
        problems.append(f"{name}: digest has {jp} characters")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if dig.count(marker) != 1:
            problems.append(f"{name}: marker {marker} x{dig.count(marker)}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    pub = re.search(r'article:published_time" content="([^"]+)"', src).group(1)
    cite_date = pub[:10].replace("-", ".")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
        if cite_date not in dig or canon not in dig.split()[-1:]:
            problems.append(f"{name}: citation date/URL differ from source")
    else:
        n_err += 1
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case must have clean=false and 3 findings")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            c = dig.count(f["span"])
            if c != 1:
                problems.append(f"{name}: span {f['span']!r} occurs {c}x")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: {f['kind']} should be {want}")
    print(f"{name:40s} {lang} words={size:4d} digest_chars={jp:4d} findings={len(exp['findings'])}")

print()
print(f"cases: {n_clean + n_err} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want_langs:
    problems.append(f"language counts {dict(langs)} != {want_langs}")
if (n_clean, n_err) != (12, 12):
    problems.append("need 12 clean and 12 err cases")
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
