#!/usr/bin/env python3
"""Check the set: spans verbatim, labels, yoten parse, sizes, counts, languages, source.html up to date."""
import collections, datetime as dt, json, pathlib, re, subprocess, sys

import gen

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = "/tmp/bcv419/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems, notes = [], []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()


def fail(msg):
    problems.append(msg)


names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    fail(f"cases {names} != specs {specs}")
for name in names:
    d = HERE / "cases" / name
    meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]
    langs[lang] += 1
    if not name.startswith(("clean-", "err-")):
        fail(f"{name}: bad name")
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(name):
        fail(f"{name}: source.html out of date")
    body = "\n".join(paras)
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi:
        fail(f"{name}: source size {size} not in {lo}-{hi}")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        fail(f"{name}: digest {len(digest)} chars not in 950-1400")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"{name}: yoten parse rc={r.returncode}: {r.stderr.strip()[-300:]}")
    else:
        parsed = json.loads(r.stdout)
        for key in ("overview", "details", "key_points", "citation"):
            if key in parsed and not parsed[key]:
                fail(f"{name}: parsed {key} empty")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    findings = exp["findings"]
    for f in findings:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        n = digest.count(f["span"])
        if n == 0:
            fail(f"{name}: span not in digest: {f['span']!r}")
        elif n > 1:
            notes.append(f"{name}: span {f['span']!r} occurs {n}x")
        if f["kind"] == "mismatch" and f["severity"] != "error":
            fail(f"{name}: mismatch must be error")
        if f["kind"] in WARN_KINDS and f["severity"] != "warning":
            fail(f"{name}: {f['kind']} must be warning")
    if len({f["span"] for f in findings}) != len(findings):
        fail(f"{name}: duplicate spans")
    if name.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            fail(f"{name}: clean case must be {{clean: true, findings: []}}")
    else:
        e = [f for f in findings if f["severity"] == "error"]
        w = [f for f in findings if f["severity"] == "warning"]
        if exp["clean"] is not False or len(findings) != 3 or len(e) != 2 or len(w) != 1:
            fail(f"{name}: err case needs clean=false, 2 errors + 1 warning")
    # citation: title, outlet, outlet-local date, canonical URL
    pub = dt.datetime.fromisoformat(meta["published"])
    # a multi-word outlet is set off from the title by two spaces (house convention)
    gap = "  " if " " in meta["outlet"] else " "
    want_line = f"{meta['title']}{gap}{meta['outlet']} {pub:%Y.%m.%d}"
    cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [c.strip() for c in cit if c.strip()]
    ok = cit[:2] == [want_line, meta["url"]]
    has_cit_finding = any(f["kind"] == "citation" for f in findings)
    if not ok and not has_cit_finding:
        fail(f"{name}: citation differs: {cit[:2]} vs {[want_line, meta['url']]}")
    if r.returncode == 0 and not has_cit_finding:
        src = parsed.get("sources") or []
        got = [(x["title"], x["outlet"], x["date"], x["url"]) for x in src]
        want = [(meta["title"].replace("\u3000", " "), meta["outlet"], f"{pub:%Y-%m-%d}", meta["url"])]
        if got != want:
            fail(f"{name}: parsed citation {got} != {want}")
    if ok and has_cit_finding:
        fail(f"{name}: citation finding but citation is correct")
    # the headline's posting time (JST) must not precede publication
    m = re.search(r"(\d{4})年(\d{2})月(\d{2})日 (\d{2}):(\d{2})", digest.splitlines()[0])
    posted = dt.datetime(*map(int, m.groups()), tzinfo=dt.timezone(dt.timedelta(hours=9)))
    if posted < pub:
        fail(f"{name}: posted {posted} before publication {pub}")

n_clean = sum(n.startswith("clean-") for n in names)
n_err = sum(n.startswith("err-") for n in names)
print(f"cases: {len(names)} (clean {n_clean}, err {n_err})")
print(f"languages: {dict(sorted(langs.items()))}")
print(f"findings: {sum(kinds.values())} by kind {dict(sorted(kinds.items()))} by severity {dict(sorted(sev.items()))}")
if len(names) != 24 or n_clean != 12 or n_err != 12:
    fail("need 24 cases: 12 clean, 12 err")
if dict(langs) != WANT_LANG:
    fail(f"languages {dict(langs)} != {WANT_LANG}")
if sum(kinds.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    fail("need 36 findings: 24 errors, 12 warnings")
for n in notes:
    print("note:", n)
for p in problems:
    print("FAIL:", p)
print("OK" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
