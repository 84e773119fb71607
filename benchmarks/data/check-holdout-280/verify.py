#!/usr/bin/env python3
"""Sanity checks for check-holdout-280 (does not run the checker)."""
import collections, html, json, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

MARKERS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


def yoten():
    for cand in ["/tmp/bcv280/bin/yoten", shutil.which("yoten")]:
        if cand and pathlib.Path(cand).exists():
            return cand
    return None


yt = yoten()
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    name = c.name
    spec = HERE / "specs" / f"{name}.txt"
    if not spec.exists():
        bad(name, "no spec")
        continue
    meta, paras = gen.parse(spec)
    langs[meta["lang"]] += 1
    # source.html regenerates identically
    src = (c / "source.html").read_text(encoding="utf-8")
    if src != gen.render(meta, paras):
        bad(name, "source.html differs from gen.py output")
    for needle in ["og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                   "NewsArticle", "<nav>", "cookie-banner", "class=\"related\"", "<footer", "<article>"]:
        if needle not in src:
            bad(name, f"source.html lacks {needle}")
    if not re.search(r"[+-]\d\d:\d\d$", meta["published"]):
        bad(name, "published lacks UTC offset")
    for u in re.findall(r'https?://[^"\s<]+', src):
        if not re.match(r"https?://[^/]*\.example(/|$)", u) and "schema.org" not in u:
            bad(name, f"non-.example URL {u}")
    body = " ".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", body))
        if not 600 <= size <= 700:
            bad(name, f"ja source {size} chars")
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            bad(name, f"source {size} words")
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        bad(name, f"digest {len(digest)} chars")
    for m in MARKERS:
        if m not in digest:
            bad(name, f"digest lacks {m}")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        bad(name, "duplicate spans")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        if f["span"] not in digest:
            bad(name, f"span not verbatim: {f['span']}")
        if f["severity"] == "error" and f["kind"] != "mismatch":
            bad(name, f"error with kind {f['kind']}")
        if f["severity"] == "warning" and f["kind"] not in WARN_KINDS:
            bad(name, f"warning with kind {f['kind']}")
    cite_title = f"{meta['title']} {meta['outlet']} {meta['published'][:10].replace('-', '.')}"
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            bad(name, "clean case with findings")
        if cite_title not in digest:
            bad(name, "citation line differs from title/outlet/local date")
        if not digest.rstrip().endswith(meta["url"]):
            bad(name, "citation URL is not the canonical URL")
    elif name.startswith("err-"):
        n_err += 1
        e = [f for f in exp["findings"] if f["severity"] == "error"]
        w = [f for f in exp["findings"] if f["severity"] == "warning"]
        if exp["clean"] is not False or len(e) != 2 or len(w) != 1:
            bad(name, f"err case needs 2 errors + 1 warning, has {len(e)}+{len(w)}")
    else:
        bad(name, "name must start with clean- or err-")
    if yt:
        r = subprocess.run([yt, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(name, f"yoten parse failed: {r.stderr.strip()[-200:]}")

total = sum(sev.values())
print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print(f"planted findings: {total} (error {sev['error']}, warning {sev['warning']})")
print("kinds:", dict(sorted(kinds.items())))
print("yoten parse:", "checked with " + yt if yt else "SKIPPED (yoten not found)")
want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if len(cases) != 24 or n_clean != 12 or n_err != 12:
    problems.append("need 24 cases, 12 clean, 12 err")
if dict(langs) != want:
    problems.append(f"languages {dict(langs)} != {want}")
if total != 36 or sev["error"] != 24 or sev["warning"] != 12:
    problems.append("need 36 findings: 24 errors, 12 warnings")
for p in problems:
    print("FAIL", p)
print("OK" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
