#!/usr/bin/env python3
"""Sanity checks for check-holdout-313 (no checker involved)."""
import json, pathlib, re, subprocess, sys, shutil, html as H
sys.dont_write_bytecode = True
from datetime import datetime, date, timedelta, timezone
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen import parse_spec

HERE = pathlib.Path(__file__).resolve().parent
JST = timezone(timedelta(hours=9))
YOTEN = shutil.which("yoten") or "/tmp/bcv313/bin/yoten"
MARKERS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]
problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


def article_size(meta):
    text = " ".join(meta["paragraphs"])
    if meta["lang"] == "ja":
        return len(re.sub(r"\s", "", text)), "chars"
    return len(text.split()), "words"


langs, n_clean, n_err, kinds, sev = {}, 0, 0, {}, {}
rows = []
specs = sorted((HERE / "specs").glob("*.txt"))
for spec in specs:
    name = spec.stem
    meta = parse_spec(spec)
    d = HERE / "cases" / name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).exists():
            bad(name, f"missing {f}")
    if problems and problems[-1].startswith(name):
        continue
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    src = (d / "source.html").read_text(encoding="utf-8")
    langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
    # sizes
    n, unit = article_size(meta)
    lo, hi = (600, 700) if unit == "chars" else (300, 350)
    if not lo <= n <= hi:
        bad(name, f"article {n} {unit}, want {lo}-{hi}")
    dn = len(re.sub(r"\s", "", digest))
    if not 950 <= dn <= 1400:
        bad(name, f"digest {dn} chars (no whitespace), want 950-1400")
    # structure
    pos = [digest.find(m) for m in MARKERS]
    if -1 in pos or pos != sorted(pos):
        bad(name, "section markers missing or out of order")
    # page metadata
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                   '"NewsArticle"', "<article>", "<nav>", "cookie", "<footer>"):
        if needle not in src:
            bad(name, f"source.html lacks {needle}")
    if meta["published"] not in src or not re.search(r"[+-]\d\d:\d\d$", meta["published"]):
        bad(name, "published time with offset missing")
    # citation
    cite = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cite = [c.strip() for c in cite if c.strip()]
    local_date = meta["published"][:10].replace("-", ".")
    # expected
    if exp["clean"] != name.startswith("clean-"):
        bad(name, "clean flag does not match name")
    fs = exp["findings"]
    if exp["clean"]:
        n_clean += 1
        if fs:
            bad(name, "clean case has findings")
        if cite[0] != f"{H.unescape(meta['title'])}  {meta['outlet']}  {local_date}" and cite[0] != f"{meta['title']} {meta['outlet']} {local_date}":
            bad(name, f"clean citation line differs: {cite[0]!r}")
        if cite[1] != meta["url"]:
            bad(name, "clean citation URL is not canonical")
    else:
        n_err += 1
        if len(fs) != 3:
            bad(name, f"{len(fs)} findings, want 3")
        if [f["severity"] for f in fs].count("error") != 2 or [f["severity"] for f in fs].count("warning") != 1:
            bad(name, "want 2 errors + 1 warning")
        spans = [f["span"] for f in fs]
        if len(set(spans)) != 3:
            bad(name, "duplicate spans")
        for f in fs:
            if f["span"] not in digest:
                bad(name, f"span not verbatim in digest: {f['span']}")
            kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
            sev[f["severity"]] = sev.get(f["severity"], 0) + 1
            if f["severity"] == "error" and f["kind"] != "mismatch":
                bad(name, "error must be mismatch")
    # derived values
    for c in meta["calc"]:
        desc, expr, want = [x.strip() for x in c.split("::")]
        got = eval(expr, {"datetime": datetime, "date": date, "timedelta": timedelta,
                          "timezone": timezone, "JST": JST, "round": round})
        if str(got) != want:
            bad(name, f"calc {desc}: got {got}, spec says {want}")
    # yoten parse
    if pathlib.Path(YOTEN).exists():
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(name, "yoten parse failed: " + (r.stderr or r.stdout)[-300:])
        parsed = "ok" if r.returncode == 0 else "FAIL"
    else:
        parsed = "skipped"
    rows.append(f"{name:38} {meta['lang']}  article {n:4} {unit:5}  digest {dn:4}  findings {len(fs)}  parse {parsed}")

print("\n".join(rows))
print(f"cases {len(specs)}: clean {n_clean}, err {n_err}; languages {dict(sorted(langs.items()))}")
print(f"planted findings {sum(kinds.values())}: severities {dict(sorted(sev.items()))}, kinds {dict(sorted(kinds.items()))}")
want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if len(specs) != 24 or n_clean != 12 or n_err != 12:
    problems.append("want 24 cases, 12 clean + 12 err")
if langs != want_langs:
    problems.append(f"languages {langs}, want {want_langs}")
if sev.get("error") != 24 or sev.get("warning") != 12:
    problems.append("want 24 errors and 12 warnings")
if problems:
    print("PROBLEMS:")
    print("\n".join("  " + p for p in problems))
    sys.exit(1)
print("OK")
