#!/usr/bin/env python3
"""Sanity checks for check-holdout-268 (no checker involved)."""
import collections, json, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import parse_spec  # noqa: E402

YOTEN = shutil.which("yoten") or "/tmp/bcv268/bin/yoten"
ERR_KINDS = {"mismatch"}
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0


def bad(case, msg):
    problems.append(f"{case}: {msg}")


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    name = c.name
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    text = " ".join(paras)
    if meta["lang"] == "ja":
        n = len(re.sub(r"\s", "", text))
        if not 600 <= n <= 700:
            bad(name, f"source {n} chars (600-700)")
    else:
        n = len(text.split())
        if not 300 <= n <= 350:
            bad(name, f"source {n} words (300-350)")
    src = (c / "source.html").read_text(encoding="utf-8")
    for need in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                 "NewsArticle", "<nav>", "cookie", "related", "<footer", "<article>"):
        if need not in src:
            bad(name, f"source.html lacks {need}")
    dg = (c / "digest.txt").read_text(encoding="utf-8")
    nd = len(dg)
    if not 950 <= nd <= 1400:
        bad(name, f"digest {nd} chars (950-1400)")
    for mk in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if mk not in dg:
            bad(name, f"digest lacks {mk}")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    spans = [x["span"] for x in f]
    if len(set(spans)) != len(spans):
        bad(name, "duplicate spans")
    for x in f:
        if x["span"] not in dg:
            bad(name, f"span not verbatim: {x['span']!r}")
        if x["kind"] in ERR_KINDS and x["severity"] != "error":
            bad(name, f"{x['kind']} must be error")
        if x["kind"] in WARN_KINDS and x["severity"] != "warning":
            bad(name, f"{x['kind']} must be warning")
        kinds[x["kind"]] += 1
        sev[x["severity"]] += 1
    cite_ok = meta["url"] in dg.splitlines() and f"{meta['outlet']} {meta['published'][:10].replace('-', '.')}" in dg
    if name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or f:
            bad(name, "clean case must have no findings")
        if not cite_ok:
            bad(name, "clean citation must be canonical URL + outlet + local date")
    else:
        n_err += 1
        if exp["clean"] or len(f) != 3:
            bad(name, "err case must have 3 findings")
        if [x["severity"] for x in f].count("error") != 2:
            bad(name, "err case must have 2 errors + 1 warning")
        if not cite_ok and not any(x["kind"] == "citation" for x in f):
            bad(name, "citation differs but no citation finding")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(name, f"yoten parse failed: {r.stderr.strip()[-200:]}")
    print(f"{name:38s} {meta['lang']}  src={n:4d}  digest={nd:4d}  findings={len(f)}")

if n_clean != 12 or n_err != 12:
    problems.append(f"counts: {n_clean} clean / {n_err} err (want 12/12)")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    problems.append(f"languages {dict(langs)}")
if sev["error"] != 24 or sev["warning"] != 12:
    problems.append(f"severities {dict(sev)}")
print(f"\ncases: {len(cases)} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
print(f"findings: {sum(sev.values())} ({dict(sev)}); kinds: {dict(sorted(kinds.items()))}")
if problems:
    print("\nPROBLEMS:")
    print("\n".join(problems))
    sys.exit(1)
print("OK")
