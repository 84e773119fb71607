"""Sanity checks for check-holdout-217 (run from anywhere)."""
import collections, json, pathlib, re, subprocess, sys, html as H
HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
n_clean = n_err = 0
urls = set()
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1); langs[lang] += 1
    url = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    if url in urls: problems.append(f"{name}: duplicate source")
    urls.add(url)
    if not url.split("/")[2].endswith(".example"): problems.append(f"{name}: domain not .example")
    art = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    paras = re.findall(r"<p>(.*?)</p>", art, re.S)  # article paragraphs only (no headline, no byline)
    text = H.unescape(" ".join(paras))
    words = len(text.split()) if lang != "ja" else len(re.sub(r"\s", "", text)) // 2
    if not 300 <= words <= 650: problems.append(f"{name}: article {words} words")
    chars = len(re.sub(r"\s", "", dig))
    if not 900 <= chars <= 1600: problems.append(f"{name}: digest {chars} chars")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{name}: yoten parse failed: {r.stderr[-200:]}")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}: problems.append(f"{name}: clean case has findings")
        if url not in dig: problems.append(f"{name}: canonical URL missing from citation")
    else:
        n_err += 1
        if exp["clean"] or len(exp["findings"]) != 3: problems.append(f"{name}: expected 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans): problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1; sev[f["severity"]] += 1
            if f["span"] not in dig: problems.append(f"{name}: span not in digest: {f['span']}")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want: problems.append(f"{name}: severity {f['severity']} for {f['kind']}")
    print(f"{name:42s} {lang}  article={words:4d}  digest={chars:5d}")
print(f"cases: {n_clean} clean + {n_err} err = {n_clean + n_err}")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
print("problems:", len(problems))
for p in problems: print("  -", p)
sys.exit(1 if problems else 0)
