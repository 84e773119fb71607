"""Sanity checks for check-holdout-27: spans verbatim, yoten parse, counts, .example domains, body sizes."""
import html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, n_clean, n_err, n_find, sev = [], 0, 0, 0, {}
langs = {}
for d in sorted((HERE / "cases").iterdir()):
    src = (d / "source.html").read_text(encoding="utf-8")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] = langs.get(lang, 0) + 1
    art = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    paras = re.findall(r"<p>(.*?)</p>", art, re.S)  # body paragraphs (byline has a class)
    n = len("".join(html.unescape(p) for p in paras))
    lo = 2000 if lang == "ja" else 1500
    if not lo <= n <= 3000:
        problems.append(f"{d.name}: body {n} chars")
    for host in re.findall(r"https?://([^/\"'\s?]+)", src + dig):
        if not host.endswith(".example") and host != "schema.org":
            problems.append(f"{d.name}: non-.example host {host}")
    if exp["clean"] != (not exp["findings"]) or exp["clean"] != d.name.startswith("clean-"):
        problems.append(f"{d.name}: clean flag")
    for f in exp["findings"]:
        if dig.count(f["span"]) < 1:
            problems.append(f"{d.name}: span not in digest: {f['span']}")
        sev[f["severity"]] = sev.get(f["severity"], 0) + 1
    n_find += len(exp["findings"])
    if exp["clean"]:
        n_clean += 1
    else:
        n_err += 1
        if not 2 <= len(exp["findings"]) <= 3:
            problems.append(f"{d.name}: {len(exp['findings'])} findings")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{d.name}: yoten parse failed: {r.stderr.strip()[:200]}")
    print(f"{d.name:28s} {lang}  body={n:5d}  findings={len(exp['findings'])}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
print(f"cases={n_clean + n_err} clean={n_clean} err={n_err} findings={n_find} severities={sev} languages={langs}")
print("OK" if not problems else "PROBLEMS:\n" + "\n".join(problems))
sys.exit(1 if problems else 0)
