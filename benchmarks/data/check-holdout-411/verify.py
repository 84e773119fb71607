#!/usr/bin/env python3
"""Check the set: spans, labels, sizes, counts, languages, citations, parse, generated HTML."""
import json, os, re, subprocess, sys, unicodedata
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = os.environ.get("YOTEN", "/tmp/bcv411/bin/yoten")
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems = []

def norm(s):
    return unicodedata.normalize("NFKC", s).strip()


def bad(msg):
    problems.append(msg)

names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    bad(f"cases and specs differ: {set(names) ^ set(specs)}")

langs = Counter(); kinds = Counter(); sev = Counter(); n_clean = n_err = 0
for n in names:
    d = HERE / "cases" / n
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).exists():
            bad(f"{n}: missing {f}")
    meta, paras = gen.parse_spec(HERE / "specs" / f"{n}.txt")
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(n):
        bad(f"{n}: source.html out of date (run gen.py)")
    lang = meta["lang"]; langs[lang] += 1
    body = "\n".join(paras)
    if lang == "ja":
        size = len(re.sub(r"\s", "", body))
        if not 600 <= size <= 700:
            bad(f"{n}: ja source {size} chars")
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            bad(f"{n}: source {size} words")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        bad(f"{n}: digest {len(digest)} chars")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    fnd = exp["findings"]
    if n.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            bad(f"{n}: clean case with findings")
    elif n.startswith("err-"):
        n_err += 1
        if exp["clean"] is not False or len(fnd) != 3:
            bad(f"{n}: err case needs clean=false and 3 findings")
        errs = [f for f in fnd if f["severity"] == "error"]
        warns = [f for f in fnd if f["severity"] == "warning"]
        if len(errs) != 2 or any(f["kind"] != "mismatch" for f in errs):
            bad(f"{n}: needs 2 mismatch/error")
        if len(warns) != 1 or warns[0]["kind"] not in WARN_KINDS:
            bad(f"{n}: needs 1 warning of {sorted(WARN_KINDS)}")
        spans = [f["span"] for f in fnd]
        if len(set(spans)) != len(spans):
            bad(f"{n}: duplicate spans")
        for f in fnd:
            c = digest.count(f["span"])
            if c == 0:
                bad(f"{n}: span not in digest: {f['span']!r}")
            elif c > 1:
                bad(f"{n}: span occurs {c} times: {f['span']!r}")
            kinds[f["kind"]] += 1; sev[f["severity"]] += 1
    else:
        bad(f"{n}: name must start with clean- or err-")
    # citation, as yoten parses it: title, outlet, the outlet's local date, canonical URL
    local = datetime.fromisoformat(meta["published"]).strftime("%Y-%m-%d")
    want = {"title": norm(meta["title"]), "outlet": meta["outlet"], "date": local, "url": meta["url"]}
    cit_planted = any(f["kind"] == "citation" for f in fnd)
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(f"{n}: yoten parse failed: {r.stderr.strip()[-300:]}")
        continue
    j = json.loads(r.stdout)
    for key in ("headline", "overview", "details", "key_points", "sources"):
        if not j.get(key):
            bad(f"{n}: parse gave no {key}")
    src = j["sources"][0] if j.get("sources") else {}
    got = {k: norm(src.get(k, "")) if k == "title" else src.get(k) for k in want}
    if (got == want) == cit_planted:
        bad(f"{n}: citation {'should differ (planted)' if cit_planted else 'wrong'}: {got} vs {want}")
    if cit_planted:
        diff = [k for k in want if got[k] != want[k]]
        if len(diff) != 1:
            bad(f"{n}: planted citation should differ in one field, differs in {diff}")

if n_clean != 12 or n_err != 12:
    bad(f"need 12 clean + 12 err, got {n_clean} + {n_err}")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    bad(f"languages {dict(langs)}")
total = sum(kinds.values())
if total != 36 or sev["error"] != 24 or sev["warning"] != 12:
    bad(f"planted {total}: {dict(sev)}")
print(f"cases: {len(names)} ({n_clean} clean, {n_err} err)")
print(f"languages: {dict(sorted(langs.items()))}")
print(f"planted findings: {total}; by severity {dict(sorted(sev.items()))}; by kind {dict(sorted(kinds.items()))}")
if problems:
    print("FAIL"); [print(" -", p) for p in problems]; sys.exit(1)
print("OK: spans verbatim and unique, labels, sizes, counts, languages, citations, yoten parse, source.html up to date")
