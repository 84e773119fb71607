#!/usr/bin/env python3
"""Sanity checks for check-holdout-263 (run from anywhere)."""
import datetime as dt
import json, os, pathlib, re, shutil, subprocess, sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"
SPECS = HERE / "specs"
YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv263/bin/yoten"
MARKERS = ["【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"]
problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


def spec(name):
    head, body = (SPECS / f"{name}.txt").read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict((k.strip(), v.strip()) for k, v in (l.split(":", 1) for l in head.splitlines()))
    return meta, body


names = sorted(p.name for p in CASES.iterdir() if p.is_dir())
specs = sorted(p.stem for p in SPECS.glob("*.txt"))
if names != specs:
    bad("set", f"cases and specs differ: {set(names) ^ set(specs)}")
langs, kinds, sev = Counter(), Counter(), Counter()
n_clean = n_err = 0
yoten_ok = 0
for name in names:
    d = CASES / name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).is_file():
            bad(name, f"missing {f}")
    meta, body = spec(name)
    langs[meta["lang"]] += 1
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    html = (d / "source.html").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    # sizes
    if meta["lang"] == "ja":
        n = len(re.sub(r"\s", "", body))
        if not 600 <= n <= 700:
            bad(name, f"ja source {n} chars (600-700)")
    else:
        n = len(body.split())
        if not 300 <= n <= 350:
            bad(name, f"source {n} words (300-350)")
    if not 950 <= len(digest) <= 1400:
        bad(name, f"digest {len(digest)} chars (950-1400)")
    # house format
    for m in MARKERS:
        if m not in digest:
            bad(name, f"digest lacks {m}")
    pub = dt.datetime.fromisoformat(meta["published"])
    cite = f'{meta["title"]} {meta["outlet"]} {pub:%Y.%m.%d}'
    cite_ok = cite in digest and meta["url"] + "\n" in digest + "\n"
    # html
    for needle in ("<article>", "og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                   '"NewsArticle"', "<nav>", "cookie-banner", 'class="related"', "<footer", meta["published"]):
        if needle not in html:
            bad(name, f"source.html lacks {needle}")
    sep = " | " if meta.get("sep") == "pipe" else " - "
    want_title = "<title>" + __import__("html").escape(meta["title"]) + sep + __import__("html").escape(meta["outlet"]) + "</title>"
    if want_title not in html:
        bad(name, "source.html <title> is not 'Headline - Outlet' / 'Headline | Outlet'")
    for dom in re.findall(r"https?://([^/\"'\s]+)", html + digest):
        if not dom.endswith(".example") and dom != "schema.org":  # JSON-LD @context
            bad(name, f"non-.example domain {dom}")
    # labels
    spans = [f["span"] for f in exp["findings"]]
    for f in exp["findings"]:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        if f["span"] not in digest:
            bad(name, f"span not verbatim in digest: {f['span']}")
        if f["kind"] == "mismatch" and f["severity"] != "error":
            bad(name, "mismatch must be error")
        if f["kind"] in ("unsupported", "name", "spelling", "citation") and f["severity"] != "warning":
            bad(name, f"{f['kind']} must be warning")
    if len(set(spans)) != len(spans):
        bad(name, "duplicate spans")
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or exp["findings"]:
            bad(name, "clean case must have clean=true and no findings")
        if not cite_ok:
            bad(name, "citation line/URL do not match the spec")
    elif name.startswith("err-"):
        n_err += 1
        e = [f for f in exp["findings"] if f["severity"] == "error"]
        w = [f for f in exp["findings"] if f["severity"] == "warning"]
        if exp["clean"] is not False or len(e) != 2 or len(w) != 1:
            bad(name, "err case must have clean=false, 2 errors, 1 warning")
        if not cite_ok and not any(f["kind"] == "citation" for f in exp["findings"]):
            bad(name, "citation differs from spec but no citation finding")
    else:
        bad(name, "name must start with clean- or err-")
    # yoten parse
    if os.path.exists(YOTEN):
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(name, f"yoten parse failed: {r.stderr.strip()[-300:]}")
        else:
            j = json.loads(r.stdout)
            if not j.get("headline"):
                bad(name, "yoten parse: no headline")
            yoten_ok += 1
    else:
        bad(name, "yoten not found (set YOTEN=path)")

print(f"cases: {len(names)} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
print(f"planted findings: {sum(sev.values())} ({sev['error']} error, {sev['warning']} warning)")
print("kinds:", dict(sorted(kinds.items())))
print(f"yoten parse ok: {yoten_ok}/{len(names)}")
want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want:
    bad("set", f"languages {dict(langs)} != {want}")
if (len(names), n_clean, n_err, sev["error"], sev["warning"]) != (24, 12, 12, 24, 12):
    bad("set", "counts differ from 24 cases / 12 clean / 12 err / 24 errors / 12 warnings")
if problems:
    print("PROBLEMS:")
    print("\n".join("  " + p for p in problems))
    sys.exit(1)
print("OK")
