#!/usr/bin/env python3
"""Sanity checks for check-holdout-202. Usage: python verify.py [path/to/yoten]"""
import collections, html, json, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else shutil.which("yoten") or "yoten"
problems = []
langs, kinds, sev = collections.Counter(), collections.Counter(), collections.Counter()
n_clean = n_err = 0
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
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
    body = " ".join(html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", src.split("<article>")[1].split("</article>")[0], re.S))
    words = len(body) // 2 if lang == "ja" else len(body.split())
    if not 300 <= words <= 650:
        problems.append(f"{name}: article length {words} {'(chars/2)' if lang == 'ja' else 'words'}")
    for tag in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", '"NewsArticle"', "cookie-banner", "<nav>", "<footer>", "related"):
        if tag not in src:
            problems.append(f"{name}: source lacks {tag}")
    if ".example/" not in re.search(r'rel="canonical" href="([^"]+)"', src).group(1):
        problems.append(f"{name}: canonical not under .example")
    # digest length: non-whitespace characters from the headline to the citation marker
    jchars = len(re.sub(r"\s", "", dig.split("【引用・参照・底本】")[0]))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest body has {jchars} characters")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in dig:
            problems.append(f"{name}: digest lacks {marker}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    finds = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or finds:
            problems.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if exp["clean"] is not False or len(finds) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings, has {len(finds)}")
        spans = [f["span"] for f in finds]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in finds:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']!r}")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: {f['kind']} should be {want}")
    print(f"{name:32} {lang}  words={words:4}  digest_ja_chars={jchars:5}  findings={len(finds)}")
print()
print(f"cases: {n_clean + n_err} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("finding kinds:", dict(sorted(kinds.items())), " severities:", dict(sorted(sev.items())))
if dict(langs) != WANT_LANG:
    problems.append(f"language counts {dict(langs)} != {WANT_LANG}")
if (n_clean, n_err) != (12, 12):
    problems.append("need 12 clean and 12 err cases")
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
