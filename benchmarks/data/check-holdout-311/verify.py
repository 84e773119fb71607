#!/usr/bin/env python3
"""Sanity checks for check-holdout-311 (run from anywhere)."""
import json, pathlib, re, subprocess, sys, shutil, collections

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = shutil.which("yoten") or "/tmp/bcv311/bin/yoten"
ok = True
def fail(msg):
    global ok
    ok = False
    print("FAIL", msg)

langs = collections.Counter()
n_clean = n_err = n_find = n_error = n_warn = 0
kinds = collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    name = c.name
    spec = HERE / "specs" / f"{name}.txt"
    if not spec.exists():
        fail(f"{name}: no spec")
        continue
    head, body = spec.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(":", 1) for l in head.splitlines())
    meta = {k.strip(): v.strip() for k, v in meta.items()}
    lang = meta["lang"]
    langs[lang] += 1
    if lang == "ja":
        size = len(re.sub(r"\s", "", body))
        if not 600 <= size <= 700:
            fail(f"{name}: source {size} chars")
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            fail(f"{name}: source {size} words")
    if not meta["url"].split("/")[2].endswith(".example"):
        fail(f"{name}: domain")
    html = (c / "source.html").read_text(encoding="utf-8")
    for needle in ["og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "<article>", "cookie", "<nav>", "<footer>", "related"]:
        if needle not in html:
            fail(f"{name}: source.html lacks {needle}")
    if f'content="{meta["published"]}"' not in html:
        fail(f"{name}: published_time")
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    dlen = len(digest)
    if not 950 <= dlen <= 1400:
        fail(f"{name}: digest {dlen} chars")
    date = meta["published"][:10].replace("-", ".")
    lines = [l for l in digest.strip().splitlines() if l.strip()]
    if lines[-1].strip() != meta["url"] and not name.startswith("err-"):
        fail(f"{name}: citation URL")
    if f'{meta["title"]} {meta["outlet"]} {date}' not in digest and not name.startswith("err-"):
        fail(f"{name}: citation line")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or f:
            fail(f"{name}: clean case has findings")
    else:
        n_err += 1
        errs = [x for x in f if x["severity"] == "error"]
        warns = [x for x in f if x["severity"] == "warning"]
        if exp["clean"] is not False or len(f) != 3 or len(errs) != 2 or len(warns) != 1:
            fail(f"{name}: err case needs 2 errors + 1 warning")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            fail(f"{name}: duplicate spans")
        for x in f:
            n_find += 1
            kinds[x["kind"]] += 1
            n_error += x["severity"] == "error"
            n_warn += x["severity"] == "warning"
            if x["severity"] == "error" and x["kind"] != "mismatch":
                fail(f"{name}: error kind")
            if x["severity"] == "warning" and x["kind"] not in ("unsupported", "name", "spelling", "citation"):
                fail(f"{name}: warning kind")
            if x["span"] not in digest:
                fail(f"{name}: span not verbatim: {x['span']}")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"{name}: yoten parse rc={r.returncode}: {r.stderr.strip()[-300:]}")
    print(f"ok  {name:40s} {lang} src={size} digest={dlen} findings={len(f)}")

print("cases", len(cases), "clean", n_clean, "err", n_err)
print("languages", dict(sorted(langs.items())))
print("findings", n_find, "errors", n_error, "warnings", n_warn, "kinds", dict(sorted(kinds.items())))
if len(cases) != 24 or n_clean != 12 or n_err != 12 or n_find != 36 or n_error != 24 or n_warn != 12:
    fail("counts")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    fail("languages")
print("PASS" if ok else "FAILED")
sys.exit(0 if ok else 1)
