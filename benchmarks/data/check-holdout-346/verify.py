#!/usr/bin/env python3
"""Sanity checks for check-holdout-346 (run from anywhere)."""
import json, pathlib, re, shutil, subprocess, sys, html as H
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = shutil.which("yoten") or "/tmp/bcv346/bin/yoten"
problems = []
langs, kinds, sev = Counter(), Counter(), Counter()
n_clean = n_err = 0


def bad(case, msg):
    problems.append(f"{case}: {msg}")


for spec in sorted((HERE / "specs").glob("*.txt")):
    name = spec.stem
    d = HERE / "cases" / name
    meta, paras = gen.parse_spec(spec)
    calcs, traps, planted = gen.parse_notes(spec.with_suffix(".notes"))
    langs[meta["lang"]] += 1
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).exists():
            bad(name, f"missing {f}")
    src = (d / "source.html").read_text(encoding="utf-8")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    # source page
    if src != gen.page(meta, paras):
        bad(name, "source.html out of date (run gen.py)")
    for needle in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "<nav>",
                   'id="cookie-banner"', 'class="related"', "<footer>", "<article>"):
        if needle not in src:
            bad(name, f"source.html lacks {needle}")
    if not re.search(r"[+-]\d\d:\d\d$", meta["published"]):
        bad(name, "published without UTC offset")
    for url in re.findall(r"https?://([^/\s\"']+)", src + dig):
        if not url.endswith(".example") and url != "schema.org":
            bad(name, f"non-.example domain {url}")
    body = " ".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", body))
        if not 600 <= size <= 700:
            bad(name, f"Japanese source {size} chars")
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            bad(name, f"source {size} words")
    # digest
    dl = len(dig)
    if not 950 <= dl <= 1400:
        bad(name, f"digest {dl} chars")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(name, "yoten parse failed: " + r.stderr[-300:])
    lines = dig.rstrip("\n").splitlines()
    cite, url = lines[-3], lines[-1]
    want_cite = f"{meta['title']} {meta['outlet']} {meta['published'][:10].replace('-', '.')}"
    # expected
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        bad(name, "duplicate spans")
    for f in exp["findings"]:
        if f["span"] not in dig:
            bad(name, f"span not verbatim: {f['span']}")
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        ok = {("mismatch", "error"), ("unsupported", "warning"), ("name", "warning"),
              ("spelling", "warning"), ("citation", "warning")}
        if (f["kind"], f["severity"]) not in ok:
            bad(name, f"kind/severity {f}")
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or exp["findings"]:
            bad(name, "clean case with findings")
        if cite != want_cite:
            bad(name, f"citation line differs: {cite!r}")
        if url != meta["url"]:
            bad(name, "citation URL differs from canonical")
        if planted:
            bad(name, "clean case with planted notes")
        if not calcs:
            bad(name, "no derived values listed")
    else:
        n_err += 1
        if exp["clean"] is not False or len(exp["findings"]) != 3:
            bad(name, "err case without exactly 3 findings")
        if sorted(f["severity"] for f in exp["findings"]) != ["error", "error", "warning"]:
            bad(name, "err case not 2 errors + 1 warning")
        if sorted(s for s, _ in planted) != sorted(spans):
            bad(name, "notes 'planted' spans differ from expected.json")
        cites = [f for f in exp["findings"] if f["kind"] == "citation"]
        if not cites and (cite != want_cite or url != meta["url"]):
            bad(name, "unplanned citation difference")
        if cites and cite == want_cite and url == meta["url"]:
            bad(name, "citation finding but citation is correct")

total = sum(kinds.values())
print(f"cases: {n_clean + n_err} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print(f"planted findings: {total}; by severity {dict(sorted(sev.items()))}; by kind {dict(sorted(kinds.items()))}")
want = (n_clean == 12 and n_err == 12 and total == 36 and sev["error"] == 24 and sev["warning"] == 12
        and langs == Counter(en=14, fr=3, de=3, es=2, ja=2))
if not want:
    problems.append("set-level counts differ from the brief")
for p in problems:
    print("PROBLEM", p)
print("OK" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
