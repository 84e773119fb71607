"""Check the set: spans verbatim, clean/err counts, .example domains, body lengths, yoten parse."""
import collections, json, pathlib, re, subprocess, sys, html

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
bad = 0
tot = collections.Counter()
langs = collections.Counter()
n_clean = n_err = 0
for d in sorted((HERE / "cases").iterdir()):
    src = (d / "source.html").read_text(encoding="utf-8")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    probs = []
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    art = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    paras = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", art)]
    n = sum(len(p) for p in paras)
    lo = 2000 if lang == "ja" else 1500
    if not lo <= n <= 3000:
        probs.append(f"body {n} chars")
    for u in re.findall(r"https?://([^/\"'\s<]+)", src + dig):
        if not u.endswith(".example") and u not in ("schema.org",):
            probs.append(f"domain {u}")
    if d.name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or exp["findings"]:
            probs.append("clean case with findings")
    else:
        n_err += 1
        if exp["clean"] or not 2 <= len(exp["findings"]) <= 3:
            probs.append(f"err case with {len(exp['findings'])} findings")
    for f in exp["findings"]:
        if f["span"] not in dig:
            probs.append(f"span not in digest: {f['span']}")
        tot[(f["kind"], f["severity"])] += 1
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        probs.append("yoten parse failed: " + (r.stderr or r.stdout)[-200:])
    print(f"{d.name:32} {lang} body={n:5} findings={len(exp['findings'])} {'OK' if not probs else 'FAIL ' + '; '.join(probs)}")
    bad += bool(probs)
print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
for (k, s), c in sorted(tot.items()):
    print(f"  {k:12} {s:8} {c}")
print(f"planted findings: {sum(tot.values())}")
print("ALL OK" if not bad else f"{bad} case(s) FAILED")
sys.exit(bool(bad))
