#!/usr/bin/env python3
"""Check the check-holdout-369 set: structure, labels, sizes, counts, parse, freshness."""
import collections
import html as htmlmod
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True
import gen  # noqa: E402

YOTEN = "/tmp/bcv369/bin/yoten"
problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if cases != specs:
    bad("-", f"cases and specs differ: {set(cases) ^ set(specs)}")

langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
for name in cases:
    d = HERE / "cases" / name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).is_file():
            bad(name, f"missing {f}")
    meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]
    langs[lang] += 1
    page = (d / "source.html").read_text(encoding="utf-8")
    if page != gen.render(name, meta, paras):
        bad(name, "source.html is stale (run gen.py)")
    for needle in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "<nav",
                   "cookie-banner", "related", "<footer", "<article"):
        if needle not in page:
            bad(name, f"page lacks {needle}")
    art = re.search(r"<article.*?</article>", page, re.S).group(0)
    text = " ".join(htmlmod.unescape(p) for p in re.findall(r"<p>(.*?)</p>", art))
    if lang == "ja":
        n = len(re.sub(r"\s", "", text))
        if not 600 <= n <= 700:
            bad(name, f"source has {n} characters (600-700)")
    else:
        n = len(text.split())
        if not 300 <= n <= 350:
            bad(name, f"source has {n} words (300-350)")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        bad(name, f"digest has {len(digest)} characters (950-1400)")
    for marker in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if marker not in digest:
            bad(name, f"digest lacks {marker}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(name, f"yoten parse failed: {r.stderr.strip()[-200:]}")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        bad(name, "duplicate spans")
    for f in exp["findings"]:
        c = digest.count(f["span"])
        if c == 0:
            bad(name, f"span not in digest: {f['span']}")
        elif c > 1:
            bad(name, f"span occurs {c} times: {f['span']}")
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        if f["kind"] == "mismatch" and f["severity"] != "error":
            bad(name, "mismatch must be error")
        if f["kind"] != "mismatch" and f["severity"] != "warning":
            bad(name, f"{f['kind']} must be warning")
    # citation: title, outlet, local date, canonical URL (clean cases must match exactly)
    cite = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cite = [c.strip() for c in cite if c.strip()]
    want = f"{meta['title']} {meta['outlet']} {meta['published'][:10].replace('-', '.')}"
    cite_ok = cite[:2] == [want, meta["url"]]
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            bad(name, "clean case must have no findings")
        if not cite_ok:
            bad(name, f"citation differs: {cite[:2]}")
    elif name.startswith("err-"):
        n_err += 1
        if exp["clean"] is not False:
            bad(name, "err case must have clean=false")
        s = collections.Counter(f["severity"] for f in exp["findings"])
        if s != {"error": 2, "warning": 1}:
            bad(name, f"expected 2 errors + 1 warning, got {dict(s)}")
        has_cite = any(f["kind"] == "citation" for f in exp["findings"])
        if cite_ok == has_cite:
            bad(name, "citation label does not match citation text")
    else:
        bad(name, "name must start with clean- or err-")

if (n_clean, n_err) != (12, 12):
    bad("-", f"{n_clean} clean / {n_err} err (want 12/12)")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    bad("-", f"languages {dict(langs)}")
if sum(kinds.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    bad("-", f"findings {dict(kinds)} {dict(sev)}")

print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
print("findings by kind:", dict(sorted(kinds.items())))
print("findings by severity:", dict(sorted(sev.items())))
if problems:
    print(f"FAIL ({len(problems)} problems)")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("OK: all checks passed")
