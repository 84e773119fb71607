#!/usr/bin/env python3
"""Check the set: spans, labels, parse, sizes, counts, languages, generated HTML."""
import json, re, subprocess, sys
from collections import Counter
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen  # noqa: E402

HERE = Path(__file__).resolve().parent
YOTEN = "/tmp/bcv379/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems = []
kinds = Counter()
sev = Counter()
langs = Counter()


def bad(msg):
    problems.append(msg)


names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    bad(f"cases {names} != specs {specs}")
clean = [n for n in names if n.startswith("clean-")]
err = [n for n in names if n.startswith("err-")]
if len(names) != 24 or len(clean) != 12 or len(err) != 12:
    bad(f"want 24 cases (12 clean, 12 err), got {len(names)} ({len(clean)}/{len(err)})")

for n in names:
    d = HERE / "cases" / n
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    meta, paras, _ = gen.parse_spec(HERE / "specs" / f"{n}.txt")
    langs[meta["lang"]] += 1
    # generated html up to date
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(n):
        bad(f"{n}: source.html out of date (run gen.py)")
    # sizes
    body = " ".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", body))
        if not 600 <= size <= 700:
            bad(f"{n}: Japanese source {size} chars")
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            bad(f"{n}: source {size} words")
    if not 950 <= len(digest) <= 1400:
        bad(f"{n}: digest {len(digest)} chars")
    # parse
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(f"{n}: yoten parse failed: {r.stderr.strip()[:200]}")
    for sec in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if sec not in digest:
            bad(f"{n}: missing {sec}")
    # labels
    f = exp["findings"]
    if n.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            bad(f"{n}: clean case must be {{clean: true, findings: []}}")
        # citation must be right in clean cases
        local = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
        cite = f"{meta['title']} {meta['outlet']} {local}"
        if cite not in digest:
            bad(f"{n}: citation line '{cite}' not in digest")
        if not re.search(r"^" + re.escape(meta["url"]) + r"$", digest, re.M):
            bad(f"{n}: canonical URL line missing")
    else:
        if exp.get("clean") is not False or len(f) != 3:
            bad(f"{n}: err case needs clean=false and 3 findings")
        s = Counter(x["severity"] for x in f)
        if s != Counter({"error": 2, "warning": 1}):
            bad(f"{n}: severities {dict(s)}")
        for x in f:
            if x["severity"] == "error" and x["kind"] != "mismatch":
                bad(f"{n}: error kind {x['kind']}")
            if x["severity"] == "warning" and x["kind"] not in ("unsupported", "name", "spelling", "citation"):
                bad(f"{n}: warning kind {x['kind']}")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            bad(f"{n}: duplicate spans")
    for x in f:
        kinds[x["kind"]] += 1
        sev[x["severity"]] += 1
        c = digest.count(x["span"])
        if c == 0:
            bad(f"{n}: span not verbatim: {x['span']}")
        elif c > 1:
            print(f"note {n}: span occurs {c} times: {x['span']}")
    print(f"ok {n:32s} {meta['lang']}  source {size:4d}  digest {len(digest):5d}  findings {len(f)}")

if dict(langs) != WANT_LANG:
    bad(f"languages {dict(langs)} != {WANT_LANG}")
if sum(sev.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    bad(f"severity totals {dict(sev)}")
print("languages:", dict(langs))
print("kinds:", dict(kinds))
print("severities:", dict(sev))
if problems:
    print("\nFAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nPASS: 24 cases, 36 planted findings (24 error, 12 warning)")
