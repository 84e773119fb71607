"""Sanity checks for check-holdout-169 (does not run the checker)."""
import collections, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
SPLIT = {"en": 0, "fr": 0, "de": 0, "es": 0, "ja": 0}
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
KINDS_OK = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "citation": "warning", "glossary": "warning",
            "structure": "warning"}
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
sources = set()
n_clean = n_err = 0
for d in sorted((HERE / "cases").iterdir()):
    name = d.name
    files = {p.name for p in d.iterdir()}
    if files != {"source.html", "digest.txt", "expected.json"}:
        problems.append(f"{name}: files {sorted(files)}")
        continue
    src = (d / "source.html").read_text(encoding="utf-8")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    if not name.endswith("-" + lang):
        problems.append(f"{name}: name/lang mismatch {lang}")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if canon in sources:
        problems.append(f"{name}: source reused")
    sources.add(canon)
    if ".example/" not in canon:
        problems.append(f"{name}: domain not .example")
    for tag in ('og:site_name', 'og:title', 'article:published_time', 'NewsArticle', '<article>', 'cookie', '<footer>', '<nav>'):
        if tag not in src:
            problems.append(f"{name}: source lacks {tag}")
    body = " ".join(re.findall(r"<article>(.*?)</article>", src, re.S))
    text = re.sub(r"<[^>]+>", " ", body)
    paras = re.findall(r"<p>(.*?)</p>", body, re.S)
    size = sum(len(p) for p in paras) if lang == "ja" else sum(len(p.split()) for p in paras)
    if lang != "ja" and not 300 <= size <= 650:
        problems.append(f"{name}: article {size} words")
    main = dig.split("【引用・参照・底本】")[0]
    jchars = len(re.sub(r"\s", "", main))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest {jchars} chars")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in dig:
            problems.append(f"{name}: digest lacks {marker}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
        if canon not in dig:
            problems.append(f"{name}: canonical URL not in citation")
    elif name.startswith("err-"):
        n_err += 1
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: want clean=false and 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if KINDS_OK.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: {f['kind']} with severity {f['severity']}")
            if f["span"] not in dig:
                problems.append(f"{name}: span not verbatim: {f['span']}")
    else:
        problems.append(f"{name}: bad prefix")
    print(f"{name:32s} {lang} article={size:4d}{'c' if lang=='ja' else 'w'} digest={jchars}c findings={len(exp['findings'])} parse={'ok' if r.returncode == 0 else 'FAIL'}")
if dict(langs) != WANT_LANG:
    problems.append(f"languages {dict(langs)} != {WANT_LANG}")
if (n_clean, n_err) != (12, 12):
    problems.append(f"clean/err {n_clean}/{n_err}")
print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err); sources: {len(sources)} distinct")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "by kind", dict(sorted(kinds.items())), "by severity", dict(sorted(sev.items())))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
