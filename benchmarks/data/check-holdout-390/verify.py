#!/usr/bin/env python3
"""Check the set: spans verbatim, labels, counts, sizes, languages, parse, freshness."""
import collections
import json
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv390/bin/yoten"
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems = []
notes = []


def bad(msg):
    problems.append(msg)


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if [c.name for c in cases] != specs:
    bad(f"cases and specs differ: {set(c.name for c in cases) ^ set(specs)}")

langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
for case in cases:
    name = case.name
    meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]
    langs[lang] += 1
    html = (case / "source.html").read_text(encoding="utf-8")
    if html != gen.render(meta, paras):
        bad(f"{name}: source.html is stale (run gen.py)")
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                   "NewsArticle", "<nav>", "cookie-consent", "class=\"related\"", "<footer",
                   "<article>"):
        if needle not in html:
            bad(f"{name}: source.html lacks {needle}")
    if not re.match(r"https://[a-z0-9.-]+\.example/", meta["url"]):
        bad(f"{name}: url not under .example")
    body = " ".join(paras)
    if lang == "ja":
        size = len(re.sub(r"\s", "", body))
        if not 600 <= size <= 700:
            bad(f"{name}: ja source {size} chars (600-700)")
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            bad(f"{name}: source {size} words (300-350)")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    dlen = len(digest)
    if not 950 <= dlen <= 1400:
        bad(f"{name}: digest {dlen} chars (950-1400)")
    # citation: title, outlet, outlet-local date, canonical URL
    local_date = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
    cite = f"{meta['title']} {meta['outlet']} {local_date}"
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    spans = [f["span"] for f in exp["findings"]]
    cite_slip = any(f["kind"] == "citation" for f in exp["findings"])
    if not cite_slip:
        if cite not in digest:
            bad(f"{name}: citation line not '{cite}'")
        if not re.search(r"^" + re.escape(meta["url"]) + r"\s*$", digest, re.M):
            bad(f"{name}: canonical URL line missing")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in digest:
            bad(f"{name}: digest lacks {marker}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            bad(f"{name}: clean case must be {{clean: true, findings: []}}")
    elif name.startswith("err-"):
        n_err += 1
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            bad(f"{name}: err case needs clean false and 3 findings")
        errs = [f for f in exp["findings"] if f["severity"] == "error"]
        warns = [f for f in exp["findings"] if f["severity"] == "warning"]
        if len(errs) != 2 or any(f["kind"] != "mismatch" for f in errs):
            bad(f"{name}: need 2 mismatch/error")
        if len(warns) != 1 or warns[0]["kind"] not in WARN_KINDS:
            bad(f"{name}: need 1 warning of {sorted(WARN_KINDS)}")
        if len(set(spans)) != len(spans):
            bad(f"{name}: duplicate spans")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            c = digest.count(f["span"])
            if c == 0:
                bad(f"{name}: span not verbatim: {f['span']!r}")
            elif c > 1:
                notes.append(f"{name}: span {f['span']!r} occurs {c} times")
        url_ok = re.search(r"^" + re.escape(meta["url"]) + r"\s*$", digest, re.M)
        if cite_slip and cite in digest and url_ok:
            bad(f"{name}: citation slip planted but the citation is correct")
    else:
        bad(f"{name}: name must start clean- or err-")
    print(f"{name:34s} {lang}  src={size:4d}  digest={dlen:4d}  findings={len(exp['findings'])}")

if n_clean != 12 or n_err != 12:
    bad(f"need 12 clean and 12 err, have {n_clean} and {n_err}")
if dict(langs) != WANT_LANGS:
    bad(f"languages {dict(langs)} != {WANT_LANGS}")
if sum(sev.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    bad(f"planted counts {dict(sev)}")
print()
print("cases:", len(cases), f"(clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("planted by severity:", dict(sorted(sev.items())))
print("planted by kind:", dict(sorted(kinds.items())))
for n in notes:
    print("note:", n)
if problems:
    print("\nFAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nOK")
