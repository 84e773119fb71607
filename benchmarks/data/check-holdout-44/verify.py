"""Sanity checks for check-holdout-44 (no checker involved)."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, kinds, langs = [], collections.Counter(), collections.Counter()
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    page = (case / "source.html").read_text(encoding="utf-8")
    langs[re.search(r'<html lang="(\w+)"', page).group(1)] += 1
    body = re.search(r"<article>(.*)</article>", page, re.S).group(1)
    paras = re.findall(r"<p>(.*?)</p>", body, re.S)  # body paragraphs only (no h1, no byline)
    text = html.unescape(re.sub(r"<[^>]+>", "", " ".join(paras)))
    text = re.sub(r"\s+", " ", text).strip()
    lang_ja = 'lang="ja"' in page
    lo, hi = (2000, 4000) if lang_ja else (1500, 3000)
    if not lo <= len(text) <= hi:
        problems.append(f"{name}: body length {len(text)}")
    for url in re.findall(r"https?://([^/\"'\s]+)", page + digest):
        if not url.endswith(".example") and url != "schema.org":  # JSON-LD @context
            problems.append(f"{name}: non-.example domain {url}")
    if name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or exp["findings"]:
            problems.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if exp["clean"] or not 2 <= len(exp["findings"]) <= 3:
            problems.append(f"{name}: err case needs 2-3 findings")
    for f in exp["findings"]:
        kinds[(f["kind"], f["severity"])] += 1
        if f["span"] not in digest:
            problems.append(f"{name}: span {f['span']!r} not in digest")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
for (k, s), n in sorted(kinds.items()):
    print(f"  {k:12s} {s:8s} {n}")
print("total findings:", sum(kinds.values()))
print("problems:", len(problems))
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
