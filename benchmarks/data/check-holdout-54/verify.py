"""Sanity checks for check-holdout-54 (does not run the checker).
Usage: python verify.py [--yoten PATH]"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
yoten = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"
problems, kinds, langs = [], collections.Counter(), collections.Counter()
n_clean = n_err = 0
for d in sorted((HERE / "cases").iterdir()):
    src = (d / "source.html").read_text(encoding="utf-8")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    name = d.name
    lang = re.search(r'<html lang="(\w+)"', src).group(1); langs[lang] += 1
    for u in re.findall(r'https?://([^/"\s]+)', src + dig):
        if not u.endswith(".example") and u != "schema.org":
            problems.append(f"{name}: non-.example domain {u}")
    art = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    body = " ".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", art, re.S))
    lo = 2000 if lang == "ja" else 1500
    if not lo <= len(body) <= 3000:
        problems.append(f"{name}: body {len(body)} chars outside {lo}-3000")
    for tag in ('og:site_name', 'og:title', 'rel="canonical"', 'article:published_time', 'NewsArticle', '<nav>', 'cookie-banner', '<footer>'):
        if tag not in src:
            problems.append(f"{name}: missing {tag}")
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    spans = [f["span"] for f in exp["findings"]]
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or exp["findings"]:
            problems.append(f"{name}: clean case has findings")
        if canon not in dig.splitlines():
            problems.append(f"{name}: canonical URL not cited on its own line")
    else:
        n_err += 1
        if exp["clean"] is not False or not 2 <= len(spans) <= 3:
            problems.append(f"{name}: err case needs 2-3 findings")
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        twin = HERE / "cases" / name.replace("err-", "clean-", 1) / "digest.txt"
        for f in exp["findings"]:
            kinds[(f["kind"], f["severity"])] += 1
            if f["span"] not in dig:
                problems.append(f"{name}: span not verbatim: {f['span']}")
            if twin.exists() and f["span"] in twin.read_text(encoding="utf-8"):
                problems.append(f"{name}: span also in the clean twin: {f['span']}")
    r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        j = json.loads(r.stdout)
        if not j.get("sources") or not j["sources"][0].get("url"):
            problems.append(f"{name}: parse found no citation")
    print(f"{name:36s} {lang}  body={len(body):5d}  findings={len(spans)}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
print(f"\ncases: {n_clean} clean + {n_err} err = {n_clean + n_err}; languages: {dict(sorted(langs.items()))}")
print("planted findings:", sum(kinds.values()))
for (k, s), n in sorted(kinds.items()):
    print(f"  {k:12s} {s:8s} {n}")
print("problems:", len(problems))
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
