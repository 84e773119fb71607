#!/usr/bin/env python3
"""Sanity checks for check-holdout-145 (does not run the checker)."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
WARN = {"unsupported", "name", "spelling", "citation", "glossary", "structure"}
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
urls = set()
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    if not (HERE / "specs" / f"{name}.txt").exists():
        problems.append(f"{name}: no spec")
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if canon in urls:
        problems.append(f"{name}: source reused")
    urls.add(canon)
    for tag in ('og:site_name', 'og:title', 'article:published_time', 'application/ld+json', '<article>', 'cookie-banner', '<footer'):
        if tag not in src:
            problems.append(f"{name}: source lacks {tag}")
    body = " ".join(re.findall(r"<p>(.*?)</p>", src.split("<article>")[1].split("</article>")[0]))
    body = html.unescape(body)
    size = len(body) if lang == "ja" else len(body.split())
    if lang != "ja" and not 300 <= size <= 650:
        problems.append(f"{name}: article has {size} words")
    chars = len(re.sub(r"\s", "", dig))
    if not 900 <= chars <= 1600:
        problems.append(f"{name}: digest has {chars} characters")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in dig:
            problems.append(f"{name}: digest lacks {marker}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
        if canon not in dig:
            problems.append(f"{name}: canonical URL not cited")
    else:
        n_err += 1
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']}")
            want = "warning" if f["kind"] in WARN else "error"
            if f["severity"] != want:
                problems.append(f"{name}: {f['kind']} should be {want}")
    print(f"{name:34s} {lang}  article {size:4d} {'chars' if lang == 'ja' else 'words'}  digest {chars:4d} chars")
print()
print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
