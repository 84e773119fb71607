#!/usr/bin/env python3
"""Sanity checks for check-holdout-314 (no checker involved)."""
import collections, html, json, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import parse_spec  # noqa: E402

YOTEN = shutil.which("yoten") or "/tmp/bcv314/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


langs = collections.Counter()
n_clean = n_err = n_findings = n_errors = n_warnings = 0
kinds = collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for d in cases:
    name = d.name
    spec = HERE / "specs" / f"{name}.txt"
    if not spec.exists():
        bad(name, "no spec")
        continue
    m = parse_spec(spec)
    langs[m["lang"]] += 1
    body = "\n".join(m["paras"])
    if m["lang"] == "ja":
        size = len(re.sub(r"\s", "", body))
        if not 600 <= size <= 700:
            bad(name, f"source {size} chars (want 600-700)")
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            bad(name, f"source {size} words (want 300-350)")
    src = (d / "source.html").read_text(encoding="utf-8")
    for needle in ['property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"NewsArticle"', "<nav>", "cookie-banner",
                   'class="related"', "<footer>", "<article>"]:
        if needle not in src:
            bad(name, f"source.html lacks {needle}")
    if not re.search(r'published_time" content="[^"]+[+-]\d\d:\d\d"', src):
        bad(name, "published_time without UTC offset")
    if ".example" not in m["url"]:
        bad(name, "url not .example")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    dsize = len(re.sub(r"\s", "", digest))
    if not 950 <= dsize <= 1400:
        bad(name, f"digest {dsize} chars (want 950-1400)")
    for marker in ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"]:
        if marker not in digest:
            bad(name, f"digest lacks {marker}")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    findings = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or findings:
            bad(name, "clean case with findings")
        # citation must be title, outlet, local date, canonical URL
        pub = m["published"][:10].replace("-", ".")
        want = f"{m['title']} {m['outlet']} {pub}"
        if want not in digest or m["url"] not in digest.split("【引用・参照・底本】")[1]:
            bad(name, "citation differs from the source")
    else:
        n_err += 1
        if exp["clean"] is not False or len(findings) != 3:
            bad(name, "err case without exactly 3 findings")
        sev = collections.Counter(f["severity"] for f in findings)
        if sev != {"error": 2, "warning": 1}:
            bad(name, f"severities {dict(sev)}")
        for f in findings:
            kinds[f["kind"]] += 1
            if f["span"] not in digest:
                bad(name, f"span not verbatim: {f['span']}")
            if f["severity"] == "error" and f["kind"] != "mismatch":
                bad(name, "error not mismatch")
            if f["severity"] == "warning" and f["kind"] not in {"unsupported", "name", "spelling", "citation"}:
                bad(name, f"odd warning kind {f['kind']}")
        n_findings += len(findings)
        n_errors += sev["error"]
        n_warnings += sev["warning"]
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(name, "yoten parse failed: " + r.stderr.strip()[-200:])
    else:
        parsed = json.loads(r.stdout)
        if len(parsed["overview"].get("closing", [])) > 2:
            bad(name, "a highlight/context label was not parsed as a label")

if dict(langs) != WANT_LANG:
    problems.append(f"languages {dict(langs)} != {WANT_LANG}")
if (n_clean, n_err, n_findings, n_errors, n_warnings) != (12, 12, 36, 24, 12):
    problems.append(f"counts clean={n_clean} err={n_err} findings={n_findings} errors={n_errors} warnings={n_warnings}")

print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
print(f"planted findings: {n_findings} (error {n_errors}, warning {n_warnings})")
print("kinds:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
if problems:
    print("FAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK: spans verbatim, clean cases have no findings, err cases 3 each, yoten parse ok, sizes in range")
