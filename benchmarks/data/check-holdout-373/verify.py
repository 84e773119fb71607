#!/usr/bin/env python3
"""Checks the set: spans verbatim, labels, counts, sizes, languages, parse, citations, gen output."""
import collections, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv373/bin/yoten"
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems, notes = [], []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()

cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if cases != specs:
    problems.append(f"cases/specs differ: {set(cases) ^ set(specs)}")
clean = [c for c in cases if c.startswith("clean-")]
err = [c for c in cases if c.startswith("err-")]
if (len(cases), len(clean), len(err)) != (24, 12, 12):
    problems.append(f"case counts {len(cases)} / {len(clean)} clean / {len(err)} err")

for name in cases:
    d = HERE / "cases" / name
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]
    langs[lang] += 1
    # source.html up to date
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(name):
        problems.append(f"{name}: source.html out of date (run gen.py)")
    # source size
    text = " ".join(paras)
    if lang == "ja":
        n = len(re.sub(r"\s", "", text))
        if not 600 <= n <= 700:
            problems.append(f"{name}: ja source {n} chars")
        size = f"{n} chars"
    else:
        n = len(text.split())
        if not 300 <= n <= 350:
            problems.append(f"{name}: source {n} words")
        size = f"{n} words"
    # digest size
    dn = len(digest.strip())
    if not 950 <= dn <= 1400:
        problems.append(f"{name}: digest {dn} chars")
    # labels
    f = exp["findings"]
    if name.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case must be {{clean: true, findings: []}}")
    else:
        if exp.get("clean") is not False or len(f) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        errs = [x for x in f if x["severity"] == "error"]
        warns = [x for x in f if x["severity"] == "warning"]
        if len(errs) != 2 or any(x["kind"] != "mismatch" for x in errs):
            problems.append(f"{name}: needs 2 mismatch/error")
        if len(warns) != 1 or warns[0]["kind"] not in WARN_KINDS:
            problems.append(f"{name}: needs 1 warning of {sorted(WARN_KINDS)}")
        if len({x["span"] for x in f}) != 3:
            problems.append(f"{name}: duplicate spans")
    for x in f:
        kinds[(x["kind"], x["severity"])] += 1
        sev[x["severity"]] += 1
        c = digest.count(x["span"])
        if c == 0:
            problems.append(f"{name}: span not in digest: {x['span']!r}")
        elif c > 1:
            notes.append(f"{name}: span {x['span']!r} occurs {c}x")
    # citation (clean: must be title OUTLET local-date + canonical URL)
    cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines() if "【引用・参照・底本】" in digest else []
    cit = [c.strip() for c in cit if c.strip()]
    want = f"{meta['title']} {meta['outlet']} {meta['published'][:10].replace('-', '.')}"
    cit_ok = len(cit) >= 2 and cit[0] == want and cit[1] == meta["url"]
    has_cit_finding = any(x["kind"] == "citation" for x in f)
    if cit_ok == has_cit_finding:
        problems.append(f"{name}: citation ok={cit_ok} but citation finding={has_cit_finding}")
    # parse
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
    else:
        js = json.loads(r.stdout)
    print(f"{name:40s} {lang}  source {size:>10s}  digest {dn:4d} chars  findings {len(f)}  parse {'ok' if r.returncode == 0 else 'FAIL'}")

want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want_langs:
    problems.append(f"languages {dict(langs)} != {want_langs}")
print()
print("languages:", dict(sorted(langs.items())))
print("findings by kind/severity:", {f"{k}/{s}": n for (k, s), n in sorted(kinds.items())})
print("findings by severity:", dict(sev), "total", sum(sev.values()))
if sum(sev.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    problems.append("totals must be 36 = 24 error + 12 warning")
for n in notes:
    print("note:", n)
for p in problems:
    print("PROBLEM:", p)
print("PASS" if not problems else f"FAIL ({len(problems)} problems)")
sys.exit(1 if problems else 0)
