"""Sanity checks for check-holdout-206: spans verbatim, clean cases empty, digests parse, counts."""
import collections, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, kinds, sev, langs = [], collections.Counter(), collections.Counter(), collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists():
            problems.append(f"{c.name}: missing {f}")
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    src = (c / "source.html").read_text(encoding="utf-8")
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    m = re.search(r'<p>.*</p>', src, re.S)
    body = re.sub(r"<[^>]+>", " ", re.search(r"<article>(.*)</article>", src, re.S).group(1))
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    if lang != "ja" and not 300 <= size <= 700:
        problems.append(f"{c.name}: article has {size} words")
    jchars = len(re.sub(r"\s", "", digest.split("【引用・参照・底本】")[0]))  # non-space chars before the citation
    if not 900 <= jchars <= 1600:
        problems.append(f"{c.name}: digest body has {jchars} characters")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if c.name.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{c.name}: clean case with findings")
        if canon not in digest.split():
            problems.append(f"{c.name}: canonical URL not cited")
    else:
        if exp["clean"] or len(exp["findings"]) != 3:
            problems.append(f"{c.name}: expected 3 findings")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in digest:
                problems.append(f"{c.name}: span not in digest: {f['span']}")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{c.name}: yoten parse failed: {r.stderr.strip()[:200]}")
    print(f"{c.name:28} {lang} article={size:4} digest_chars={jchars:5} findings={len(exp['findings'])}")
print("cases:", len(cases), "clean:", sum(c.name.startswith('clean-') for c in cases), "err:", sum(c.name.startswith('err-') for c in cases))
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "by kind:", dict(sorted(kinds.items())), "by severity:", dict(sorted(sev.items())))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
