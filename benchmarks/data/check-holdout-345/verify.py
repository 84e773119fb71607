#!/usr/bin/env python3
"""Sanity checks for check-holdout-345 (does not run the checker)."""
import collections, json, pathlib, re, subprocess, sys, shutil, os

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import parse_spec  # noqa: E402

YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv345/bin/yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()


def bad(name, msg):
    problems.append(f"{name}: {msg}")


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for d in cases:
    name = d.name
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    html = (d / "source.html").read_text(encoding="utf-8")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    # source size
    body = " ".join(paras)
    if meta["lang"] == "ja":
        n = len(re.sub(r"\s", "", body))
        if not 600 <= n <= 700:
            bad(name, f"ja source {n} chars")
        size = f"{n} chars"
    else:
        n = len(body.split())
        if not 300 <= n <= 350:
            bad(name, f"source {n} words")
        size = f"{n} words"
    # page furniture
    for needle in ("<title>", 'og:site_name', 'og:title', 'rel="canonical"', 'article:published_time',
                   '"NewsArticle"', "<nav>", "cookie-banner", "related", "<footer>", "<article>"):
        if needle not in html:
            bad(name, f"source.html lacks {needle}")
    if not re.search(r'article:published_time" content="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d"', html):
        bad(name, "published_time without UTC offset")
    # digest size and sections
    dn = len(digest)
    if not 950 <= dn <= 1400:
        bad(name, f"digest {dn} chars")
    for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if m not in digest:
            bad(name, f"digest lacks {m}")
    # expected
    if exp["clean"] != name.startswith("clean-"):
        bad(name, "clean flag does not match name")
    if exp["clean"] and exp["findings"]:
        bad(name, "clean case with findings")
    if not exp["clean"] and len(exp["findings"]) != 3:
        bad(name, f"err case with {len(exp['findings'])} findings")
    for fd in exp["findings"]:
        kinds[fd["kind"]] += 1
        sev[fd["severity"]] += 1
        c = digest.count(fd["span"])
        if c < 1:
            bad(name, f"span not in digest: {fd['span']}")
        if fd["kind"] == "mismatch" and fd["severity"] != "error":
            bad(name, "mismatch must be error")
        if fd["kind"] in ("unsupported", "name", "spelling", "citation") and fd["severity"] != "warning":
            bad(name, f"{fd['kind']} must be warning")
    # citation of clean cases: canonical URL and outlet-local date
    lines = [l.strip() for l in digest.split("【引用・参照・底本】", 1)[1].splitlines() if l.strip()]
    cite_date = meta["published"][:10].replace("-", ".")
    if exp["clean"]:
        if lines[-1] != meta["url"]:
            bad(name, "citation URL is not the canonical URL")
        if lines[0] != f'{meta["title"]} {meta["outlet"]} {cite_date}':
            bad(name, "citation line differs from title/outlet/date")
    # yoten parse
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(name, f"yoten parse failed: {r.stderr.strip()[-200:]}")
    print(f"{name:48s} {meta['lang']}  source {size:>10s}  digest {dn:4d} chars  findings {len(exp['findings'])}  parse {'ok' if r.returncode == 0 else 'FAIL'}")

n_clean = sum(1 for d in cases if d.name.startswith("clean-"))
n_err = len(cases) - n_clean
print(f"cases {len(cases)} (clean {n_clean}, err {n_err}); languages {dict(sorted(langs.items()))}")
print(f"findings {sum(sev.values())}: severities {dict(sorted(sev.items()))}; kinds {dict(sorted(kinds.items()))}")
want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want:
    bad("set", f"languages {dict(langs)} != {want}")
if (len(cases), n_clean, n_err) != (24, 12, 12):
    bad("set", "case counts")
if (sum(sev.values()), sev["error"], sev["warning"]) != (36, 24, 12):
    bad("set", "finding counts")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("OK")
