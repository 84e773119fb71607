#!/usr/bin/env python3
"""Checks for check-holdout-384. Exit 1 on any failure."""
import collections, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv384/bin/yoten"
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
errors = []
fail = errors.append
cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if cases != specs:
    fail(f"cases and specs differ: {set(cases) ^ set(specs)}")
langs = collections.Counter()
lang_by_kind = {"clean": collections.Counter(), "err": collections.Counter()}
kinds = collections.Counter()
sev = collections.Counter()
rows = []
for n in cases:
    d = HERE / "cases" / n
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).exists():
            fail(f"{n}: missing {f}")
    meta, paras = gen.parse_spec(HERE / "specs" / f"{n}.txt")
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(n):
        fail(f"{n}: source.html out of date (run gen.py)")
    lang = meta["lang"]
    langs[lang] += 1
    body = "".join(paras) if lang == "ja" else " ".join(paras)
    size = len("".join(body.split())) if lang == "ja" else len(body.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi:
        fail(f"{n}: source size {size} outside {lo}-{hi}")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    dlen = len(digest)
    if not 950 <= dlen <= 1400:
        fail(f"{n}: digest length {dlen} outside 950-1400")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    group = "clean" if n.startswith("clean-") else "err"
    lang_by_kind[group][lang] += 1
    if group == "clean":
        if exp != {"clean": True, "findings": []}:
            fail(f"{n}: clean case must be {{clean: true, findings: []}}")
    else:
        if exp.get("clean") is not False:
            fail(f"{n}: err case must have clean false")
        fs = exp["findings"]
        e = [f for f in fs if f["severity"] == "error"]
        w = [f for f in fs if f["severity"] == "warning"]
        if len(fs) != 3 or len(e) != 2 or len(w) != 1:
            fail(f"{n}: need 2 errors + 1 warning, got {len(e)} + {len(w)} of {len(fs)}")
        if any(f["kind"] != "mismatch" for f in e):
            fail(f"{n}: errors must be kind mismatch")
        if any(f["kind"] not in WARN_KINDS for f in w):
            fail(f"{n}: bad warning kind")
        if len({f["span"] for f in fs}) != len(fs):
            fail(f"{n}: duplicate spans")
        for f in fs:
            c = digest.count(f["span"])
            if c == 0:
                fail(f"{n}: span not in digest: {f['span']!r}")
            elif c > 1:
                fail(f"{n}: span occurs {c} times: {f['span']!r}")
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
    # parse, then check the citation against the spec (canonical URL, outlet-local date)
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    parsed, src = "ok", {}
    if r.returncode != 0:
        fail(f"{n}: yoten parse failed: {r.stderr.strip()[-300:]}")
        parsed = "FAIL"
    else:
        try:
            pj = json.loads(r.stdout)
            src = (pj.get("sources") or [{}])[0]
            for key in ("overview", "details", "key_points"):
                if not pj.get(key):
                    fail(f"{n}: parsed digest has no {key}")
        except ValueError:
            fail(f"{n}: yoten parse output is not JSON")
            parsed = "FAIL"
    planted_cit = group == "err" and any(f["kind"] == "citation" for f in exp["findings"])
    want = {"title": meta["title"], "outlet": meta["outlet"],
            "date": meta["published"][:10], "url": meta["url"]}
    got = {k: src.get(k) for k in want}
    ok_cit = got == want
    if not planted_cit and not ok_cit:
        fail(f"{n}: parsed citation {got} != {want}")
    if planted_cit and ok_cit:
        fail(f"{n}: citation finding planted but citation is correct")
    if planted_cit:
        bad = [k for k in want if got[k] != want[k]]
        if len(bad) != 1:
            fail(f"{n}: planted citation should differ in exactly one field, differs in {bad}")
    rows.append(f"{n:34s} {lang}  src={size:4d}  digest={dlen:4d}  parse={parsed}  "
                f"findings={0 if group == 'clean' else len(exp['findings'])}")

n_clean = sum(1 for n in cases if n.startswith("clean-"))
n_err = sum(1 for n in cases if n.startswith("err-"))
if (n_clean, n_err) != (12, 12):
    fail(f"need 12 clean + 12 err, got {n_clean} + {n_err}")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    fail(f"languages: {dict(langs)}")
if sum(sev.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    fail(f"severities: {dict(sev)}")
if not (kinds["unsupported"] == 4 and 2 <= kinds["name"] <= 3 and kinds["spelling"] == 2
        and 3 <= kinds["citation"] <= 4):
    fail(f"warning kinds: {dict(kinds)}")
print("\n".join(rows))
print(f"cases: {n_clean} clean + {n_err} err; languages: {dict(sorted(langs.items()))}")
print(f"clean by language: {dict(sorted(lang_by_kind['clean'].items()))}; "
      f"err by language: {dict(sorted(lang_by_kind['err'].items()))}")
print(f"planted findings: {sum(sev.values())}; severities: {dict(sorted(sev.items()))}; "
      f"kinds: {dict(sorted(kinds.items()))}")
if errors:
    print("FAIL")
    print("\n".join(errors))
    sys.exit(1)
print("OK: all checks passed")
