"""Sanity checks for check-holdout-208 (does not run the checker)."""
import collections, json, pathlib, re, subprocess, sys, html

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sevs = collections.Counter()
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    src = (case / "source.html").read_text(encoding="utf-8")
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    body = " ".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", src))
    size = len(body) if lang == "ja" else len(body.split())
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article length {size}")
    jchars = len(re.sub(r"\s", "", digest.split("【引用・参照・底本】")[0]))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest length {jchars}")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if marker not in digest:
            problems.append(f"{name}: missing {marker}")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if exp["clean"] or len(exp["findings"]) != 3:
            problems.append(f"{name}: expected 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sevs[f["severity"]] += 1
            if f["span"] not in digest:
                problems.append(f"{name}: span not in digest: {f['span']}")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: severity {f['severity']} for {f['kind']}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        d = json.loads(r.stdout)
    print(f"{name:34} {lang} article={size:4} digest={jchars:4} findings={len(exp['findings'])}")
print(f"cases: {n_clean} clean, {n_err} err; languages: {dict(sorted(langs.items()))}")
print(f"findings: {sum(kinds.values())}; kinds: {dict(sorted(kinds.items()))}; severities: {dict(sorted(sevs.items()))}")
print("problems:", len(problems))
for p in problems:
    print("  ", p)
sys.exit(1 if problems else 0)
