"""Sanity checks for check-holdout-28 (no checker run)."""
import json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
bad = 0
clean = err = planted = 0
kinds = {}
for d in sorted((HERE / "cases").iterdir()):
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    src = (d / "source.html").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    probs = []
    if exp["clean"] != d.name.startswith("clean-"):
        probs.append("clean flag vs name")
    if exp["clean"] and exp["findings"]:
        probs.append("clean with findings")
    if not exp["clean"] and not 2 <= len(exp["findings"]) <= 3:
        probs.append("err case needs 2-3 findings")
    for f in exp["findings"]:
        if f["span"] not in dig:
            probs.append(f"span not verbatim: {f['span']}")
        kinds[(f["kind"], f["severity"])] = kinds.get((f["kind"], f["severity"]), 0) + 1
    for host in set(re.findall(r"https?://([^/\"'\s]+)", src + dig)):
        if not host.endswith(".example") and host != "schema.org":  # JSON-LD @context only
            probs.append(f"non-.example domain {host}")
    body = " ".join(re.findall(r"<p>(.*?)</p>", re.search(r"<article>(.*)</article>", src, re.S).group(1)))
    text = re.sub(r"<[^>]+>|\s+", "", body) if 'lang="ja"' in src else re.sub(r"<[^>]+>", "", body)
    n = len(re.sub(r"\s+", " ", text).strip())
    lo = 2000 if 'lang="ja"' in src else 1500
    if not lo <= n <= 3000 and not ('lang="ja"' in src and n >= lo):
        probs.append(f"body length {n}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        probs.append("yoten parse failed: " + r.stderr.strip()[-200:])
    clean += exp["clean"]; err += not exp["clean"]; planted += len(exp["findings"])
    print(f"{'OK ' if not probs else 'BAD'} {d.name:34s} body={n:5d} findings={len(exp['findings'])} {'; '.join(probs)}")
    bad += bool(probs)
print(f"cases={clean + err} clean={clean} err={err} planted={planted}")
for k, v in sorted(kinds.items()):
    print(f"  {k[0]}/{k[1]}: {v}")
sys.exit(1 if bad else 0)
