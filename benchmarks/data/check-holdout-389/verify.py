#!/usr/bin/env python3
"""Checks the check-holdout-389 set. Exit 0 only when every check passes."""
import collections, json, pathlib, re, subprocess, sys
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv389/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems = []


def bad(msg):
    problems.append(msg)
    print("FAIL", msg)


cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if cases != specs:
    bad(f"cases and specs differ: {set(cases) ^ set(specs)}")
if len(cases) != 24:
    bad(f"{len(cases)} cases, want 24")

langs = collections.Counter()
kinds = collections.Counter()
outlets = collections.Counter()
n_clean = n_err = 0
for name in cases:
    d = HERE / "cases" / name
    meta, paras = gen.read_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    outlets[meta["outlet"]] += 1
    # source.html up to date
    html = (d / "source.html").read_text(encoding="utf-8")
    if html != gen.render(meta, paras):
        bad(f"{name}: source.html out of date (run gen.py)")
    # source size
    body = " ".join(paras)
    if meta["lang"] == "ja":
        size = len("".join(body.split()))
        if not 600 <= size <= 700:
            bad(f"{name}: Japanese source {size} chars, want 600-700")
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            bad(f"{name}: source {size} words, want 300-350")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        bad(f"{name}: digest {len(digest)} chars, want 950-1400")
    # parse
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(f"{name}: yoten parse rc={r.returncode}: {r.stderr.strip()[-200:]}")
    else:
        parsed = json.loads(r.stdout)
        src = parsed["sources"][0]
        if not any(f["kind"] == "citation" for f in json.loads((d / "expected.json").read_text())["findings"]):
            if (src["title"], src["outlet"]) != (meta["title"], meta["outlet"]):
                bad(f"{name}: yoten parse reads citation as {src['title']!r} / {src['outlet']!r}")
    for marker in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if marker not in digest:
            bad(f"{name}: missing {marker}")
    # expected.json
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    findings = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or findings:
            bad(f"{name}: clean case must be clean with no findings")
    else:
        n_err += 1
        errs = [f for f in findings if f["severity"] == "error"]
        warns = [f for f in findings if f["severity"] == "warning"]
        if exp["clean"] is not False or len(findings) != 3 or len(errs) != 2 or len(warns) != 1:
            bad(f"{name}: err case needs 2 errors + 1 warning, has {[(f['kind'], f['severity']) for f in findings]}")
        if any(f["kind"] != "mismatch" for f in errs) or any(f["kind"] not in WARN_KINDS for f in warns):
            bad(f"{name}: unexpected kinds {[(f['kind'], f['severity']) for f in findings]}")
        if len({f["span"] for f in findings}) != len(findings):
            bad(f"{name}: duplicate spans")
    for f in findings:
        kinds[(f["kind"], f["severity"])] += 1
        c = digest.count(f["span"])
        if c == 0:
            bad(f"{name}: span not in digest: {f['span']!r}")
        elif c > 1:
            bad(f"{name}: span occurs {c} times: {f['span']!r}")
    # citation
    m = re.search(r"【引用・参照・底本】\s*\n[ \t]*(.+?)[ \t]*\n\s*(\S+)\s*$", digest)
    if not m:
        bad(f"{name}: citation block not found")
        continue
    cite, url = m.group(1), m.group(2)
    local = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
    gap = "  " if " " in meta["outlet"] else " "  # multi-word outlets are set off by two spaces
    want_cite = f"{meta['title']}{gap}{meta['outlet']} {local}"
    cite_slip = any(f["kind"] == "citation" for f in findings)
    cite_ok = (cite == want_cite and url == meta["url"])
    if cite_ok == cite_slip:
        bad(f"{name}: citation {'matches' if cite_ok else 'differs'} but citation finding={cite_slip}: {cite!r} {url!r}")
    # header stamp
    if not re.match(r"^.+\d{4}年\d{2}月\d{2}日 \d{2}:\d{2}\n", digest):
        bad(f"{name}: headline stamp malformed")
    print(f"ok {name:34s} {meta['lang']} src={size:4d} digest={len(digest):4d} findings={len(findings)}")

if dict(langs) != WANT_LANG:
    bad(f"languages {dict(langs)}, want {WANT_LANG}")
if any(v > 1 for v in outlets.values()):
    bad(f"outlet reused: {[k for k, v in outlets.items() if v > 1]}")
if (n_clean, n_err) != (12, 12):
    bad(f"{n_clean} clean / {n_err} err, want 12/12")
total = sum(kinds.values())
if total != 36:
    bad(f"{total} planted findings, want 36")
print("languages:", dict(sorted(langs.items())))
print("findings by kind/severity:", {f"{k}/{s}": v for (k, s), v in sorted(kinds.items())})
print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err); planted findings: {total}")
print("PASS" if not problems else f"FAILED: {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
