"""Sanity checks for check-holdout-41 (does not run the checker)."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, kinds, langs = [], collections.Counter(), collections.Counter()
n_clean = n_err = n_find = 0
for d in sorted((HERE / "cases").iterdir()):
    name = d.name
    src = (d / "source.html").read_text(encoding="utf-8")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1); langs[lang] += 1
    art = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    body = " ".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", art, re.S))
    lo = 2000 if lang == "ja" else 1500
    if not lo <= len(body) <= 3000:
        problems.append(f"{name}: body {len(body)} chars")
    for host in re.findall(r"https?://([^/\"'\s]+)", src + dig):
        if not host.endswith(".example") and host != "schema.org":
            problems.append(f"{name}: non-.example host {host}")
    for tag in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "<nav>", "cookie-banner", "<footer"):
        if tag not in src:
            problems.append(f"{name}: missing {tag}")
    if exp["clean"] != name.startswith("clean-"):
        problems.append(f"{name}: clean flag")
    if exp["clean"]:
        n_clean += 1
        if exp["findings"]:
            problems.append(f"{name}: clean case has findings")
    else:
        n_err += 1
        if not 2 <= len(exp["findings"]) <= 3:
            problems.append(f"{name}: {len(exp['findings'])} findings")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate span")
    for f in exp["findings"]:
        n_find += 1; kinds[(f["kind"], f["severity"])] += 1
        if f["span"] not in dig:
            problems.append(f"{name}: span not in digest: {f['span']}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    print(f"{name:36} {lang} body={len(body):5} findings={len(exp['findings'])} parse={'ok' if r.returncode == 0 else 'FAIL'}")
print(f"cases: {n_clean} clean, {n_err} err; languages: {dict(sorted(langs.items()))}")
print(f"planted findings: {n_find}")
for (k, s), c in sorted(kinds.items()):
    print(f"  {k}/{s}: {c}")
print("problems:" if problems else "OK: no problems")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
