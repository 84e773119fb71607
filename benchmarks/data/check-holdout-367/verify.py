#!/usr/bin/env python3
"""Check the set: spans verbatim, labels, sizes, counts, languages, parse, sources up to date."""
import collections, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True
import gen  # noqa: E402

YOTEN = "/tmp/bcv367/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
ERRS, problems = [], []
kinds = collections.Counter()
langs = collections.Counter()


def bad(msg):
    problems.append(msg)


def words(meta, paras):
    if meta["lang"] == "ja":
        return sum(len(re.sub(r"\s", "", p)) for p in paras)
    return sum(len(p.split()) for p in paras)


names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    bad(f"cases/specs differ: {set(names) ^ set(specs)}")
rows = []
for name in names:
    d = HERE / "cases" / name
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(name):
        bad(f"{name}: source.html out of date (run gen.py)")
    n = words(meta, paras)
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= n <= hi:
        bad(f"{name}: source size {n} not in {lo}-{hi}")
    if not 950 <= len(digest) <= 1400:
        bad(f"{name}: digest {len(digest)} chars not in 950-1400")
    if ".example" not in meta["url"]:
        bad(f"{name}: url not under .example")
    f = exp["findings"]
    if name.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            bad(f"{name}: clean case must have no findings")
    elif name.startswith("err-"):
        sev = collections.Counter(x["severity"] for x in f)
        if exp["clean"] is not False or len(f) != 3 or sev != {"error": 2, "warning": 1}:
            bad(f"{name}: err case needs 2 error + 1 warning, got {dict(sev)}")
        for x in f:
            if x["severity"] == "error" and x["kind"] != "mismatch":
                bad(f"{name}: error must be mismatch")
            c = digest.count(x["span"])
            if c == 0:
                bad(f"{name}: span not verbatim: {x['span']!r}")
            elif c > 1:
                print(f"note: {name}: span {x['span']!r} occurs {c} times")
            kinds[(x["kind"], x["severity"])] += 1
        if len({x["span"] for x in f}) != 3:
            bad(f"{name}: duplicate spans")
    else:
        bad(f"{name}: bad name")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    rows.append((name, meta["lang"], n, len(digest), r.returncode == 0))

for name, lang, n, dl, ok in rows:
    print(f"{name:34s} {lang}  source={n:4d}  digest={dl:5d}  parse={'ok' if ok else 'FAIL'}")
clean = sum(1 for r in rows if r[0].startswith("clean-"))
err = sum(1 for r in rows if r[0].startswith("err-"))
print(f"cases: {len(rows)} (clean {clean}, err {err}); languages: {dict(sorted(langs.items()))}")
print("planted:", ", ".join(f"{k}/{s} {v}" for (k, s), v in sorted(kinds.items())),
      f"= {sum(kinds.values())}")
if len(rows) != 24 or clean != 12 or err != 12:
    bad("need 24 cases: 12 clean + 12 err")
if dict(langs) != WANT_LANG:
    bad(f"languages {dict(langs)} != {WANT_LANG}")
if sum(kinds.values()) != 36:
    bad(f"planted findings {sum(kinds.values())} != 36")
for p in problems:
    print("PROBLEM:", p)
print("FAIL" if problems else "PASS")
sys.exit(1 if problems else 0)
