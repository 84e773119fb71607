#!/usr/bin/env python3
"""Check the check-holdout-362 set: layout, labels, spans, sizes, languages,
citations, `yoten parse`, and that every source.html matches its spec."""
import collections
import datetime as dt
import json
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
LANG_WANT = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
YOTEN = shutil.which("yoten") or "/tmp/bcv362/bin/yoten"

problems, notes = [], []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0


def bad(case, msg):
    problems.append(f"{case}: {msg}")


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if [c.name for c in cases] != specs:
    problems.append("cases/ and specs/ do not list the same names")

for cdir in cases:
    name = cdir.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (cdir / f).exists():
            bad(name, f"missing {f}")
    meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    page = gen.render(meta, paras)
    if (cdir / "source.html").read_text(encoding="utf-8") != page:
        bad(name, "source.html out of date (run gen.py)")
    lang = meta["lang"]
    langs[lang] += 1
    body = " ".join(paras)
    if lang == "ja":
        size = len("".join(body.split()))
        if not 600 <= size <= 700:
            bad(name, f"ja source {size} chars (want 600-700)")
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            bad(name, f"source {size} words (want 300-350)")
    if not meta["url"].split("/")[2].endswith(".example"):
        bad(name, "domain not under .example")

    digest = (cdir / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        bad(name, f"digest {len(digest)} chars (want 950-1400)")
    exp = json.loads((cdir / "expected.json").read_text(encoding="utf-8"))
    findings = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or findings:
            bad(name, "clean case must be {clean: true, findings: []}")
    elif name.startswith("err-"):
        n_err += 1
        if exp["clean"] is not False or len(findings) != 3:
            bad(name, "err case must have clean false and 3 findings")
        errs = [f for f in findings if f["severity"] == "error"]
        warns = [f for f in findings if f["severity"] == "warning"]
        if len(errs) != 2 or any(f["kind"] != "mismatch" for f in errs):
            bad(name, "want 2 mismatch/error findings")
        if len(warns) != 1 or warns[0]["kind"] not in WARN_KINDS:
            bad(name, "want 1 warning of kind unsupported/name/spelling/citation")
    else:
        bad(name, "name must start with clean- or err-")
    spans = [f["span"] for f in findings]
    if len(set(spans)) != len(spans):
        bad(name, "duplicate spans")
    for f in findings:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        c = digest.count(f["span"])
        if c == 0:
            bad(name, f"span not in digest: {f['span']!r}")
        elif c > 1:
            notes.append(f"{name}: span {f['span']!r} occurs {c} times")

    # citation: "<title> <OUTLET> <YYYY.MM.DD>" in the outlet's local date, canonical URL
    pub = dt.datetime.fromisoformat(meta["published"])
    want_line = f"{meta['title']} {meta['outlet']} {pub.strftime('%Y.%m.%d')}"
    tail = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    tail = [t.strip() for t in tail if t.strip()]
    cit_line, cit_url = tail[0], tail[1]
    cit_warn = [f for f in findings if f["kind"] == "citation"]
    cit_ok = cit_line == want_line and cit_url == meta["url"]
    if cit_ok and cit_warn:
        bad(name, "citation labelled wrong but is correct")
    if not cit_ok and not cit_warn:
        bad(name, f"citation differs from source: {cit_line!r} / {cit_url!r}")
    if cit_warn and cit_warn[0]["span"] not in cit_line + "\n" + cit_url:
        bad(name, "citation span is not in the citation block")

    # Latin words in the digest outside the citation must stand in the source
    # (abbreviations only where the source gives them)
    main = digest.split("【引用・参照・底本】", 1)[0]
    src_text = meta["title"] + " " + body
    name_spans = {f["span"] for f in findings if f["kind"] == "name"}
    for tok in set(re.findall(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'\-]+", main)):
        if tok not in src_text and tok not in name_spans:
            bad(name, f"Latin token not in source: {tok!r}")

    # yoten parse, and the posting time is not before publication (Japan time)
    r = subprocess.run([YOTEN, "parse", str(cdir / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(name, f"yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        parsed = json.loads(r.stdout)
        posted = dt.datetime.fromisoformat(parsed["posted_at"])
        jst = pub.astimezone(dt.timezone(dt.timedelta(hours=9))).replace(tzinfo=None)
        if posted < jst:
            bad(name, f"posted {posted} before publication {jst} JST")

if n_clean != 12 or n_err != 12:
    problems.append(f"want 12 clean + 12 err, have {n_clean} + {n_err}")
if dict(langs) != LANG_WANT:
    problems.append(f"languages {dict(langs)} != {LANG_WANT}")
if sev["error"] != 24 or sev["warning"] != 12:
    problems.append(f"severities {dict(sev)} (want 24 error, 12 warning)")

print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err)")
print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
print("findings:", sum(kinds.values()), "|", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
      "|", ", ".join(f"{k} {v}" for k, v in sorted(sev.items())))
for n in notes:
    print("note:", n)
if problems:
    print("FAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
