"""Sanity checks for check-holdout-75 (labels, sources, parse)."""
import collections, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, kinds, langs = [], collections.Counter(), collections.Counter()
n_clean = n_err = 0
for d in sorted((HERE / "cases").iterdir()):
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    src = (d / "source.html").read_text(encoding="utf-8")
    f = exp["findings"]
    if d.name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or f:
            problems.append(f"{d.name}: clean case with findings")
    else:
        n_err += 1
        if exp["clean"] or not 2 <= len(f) <= 3:
            problems.append(f"{d.name}: err case needs 2-3 findings")
    for x in f:
        kinds[(x["kind"], x["severity"])] += 1
        if x["span"] not in digest:
            problems.append(f"{d.name}: span not verbatim: {x['span']}")
    for url in re.findall(r"https?://([^/\"'\s]+)", src + digest):
        if url != "schema.org" and not url.endswith(".example"):  # JSON-LD @context only
            problems.append(f"{d.name}: non-.example domain {url}")
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    body = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    text = re.sub(r"<[^>]+>", "", body)
    n = len(re.sub(r"\s", "", text)) if lang == "ja" else len(re.sub(r"\s+", " ", text).strip())
    lo, hi = (2000, 4000) if lang == "ja" else (1500, 3000)
    if not lo <= n <= hi:
        problems.append(f"{d.name}: body {n} chars outside {lo}-{hi}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{d.name}: yoten parse failed: {r.stderr.strip()[:200]}")
    print(f"{d.name:40s} {lang} body={n:5d} findings={len(f)} parse={'ok' if r.returncode == 0 else 'FAIL'}")
print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
print("findings by kind/severity:", {f"{k}/{s}": v for (k, s), v in sorted(kinds.items())},
      "total", sum(kinds.values()))
print("\n".join(problems) or "all checks passed")
sys.exit(1 if problems else 0)
