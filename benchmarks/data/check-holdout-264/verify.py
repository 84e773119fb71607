#!/usr/bin/env python3
"""Sanity checks for check-holdout-264 (does not run the checker)."""
import json, os, pathlib, re, shutil, subprocess, sys, datetime as dt

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))
from gen import parse  # noqa: E402

YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv264/bin/yoten"
problems = []


def bad(msg):
    problems.append(msg)


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
names = [c.name for c in cases]
if names != specs:
    bad(f"cases and specs differ: {set(names) ^ set(specs)}")
langs, kinds, sev = {}, {}, {}
n_clean = n_err = n_find = 0
rows = []
for c in cases:
    meta, paras = parse(HERE / "specs" / f"{c.name}.txt")
    langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    html = (c / "source.html").read_text(encoding="utf-8")
    # source size
    body = "\n".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", body)); lo, hi = 600, 700
    else:
        size = len(body.split()); lo, hi = 300, 350
    if not lo <= size <= hi:
        bad(f"{c.name}: source size {size} outside {lo}-{hi}")
    dsize = len(digest)
    if not 950 <= dsize <= 1400:
        bad(f"{c.name}: digest {dsize} chars outside 950-1400")
    # page furniture
    for needle in ['property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "<article>",
                   "<nav>", "cookie-banner", "<footer>", 'class="related"']:
        if needle not in html:
            bad(f"{c.name}: source.html lacks {needle}")
    if not re.search(r"\.example(/|$)", meta["url"]):
        bad(f"{c.name}: url not under .example")
    if not re.search(r"[+-]\d\d:\d\d$", meta["published"]):
        bad(f"{c.name}: published without UTC offset")
    # sections
    for mark in ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]:
        if digest.count(mark) != 1:
            bad(f"{c.name}: {mark} x{digest.count(mark)}")
    # citation
    local = dt.datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
    cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [l.strip() for l in cit if l.strip()]
    want = f"{meta['title']} {meta['outlet']} {local}"
    clean = c.name.startswith("clean-")
    if clean:
        if cit[:2] != [want, meta["url"]]:
            bad(f"{c.name}: citation {cit[:2]} != {[want, meta['url']]}")
    # expected
    if exp.get("clean") is not clean:
        bad(f"{c.name}: clean flag {exp.get('clean')}")
    f = exp.get("findings", [])
    if clean:
        n_clean += 1
        if f:
            bad(f"{c.name}: clean case has findings")
    else:
        n_err += 1
        if len(f) != 3:
            bad(f"{c.name}: {len(f)} findings, want 3")
        errs = [x for x in f if x["severity"] == "error"]
        warns = [x for x in f if x["severity"] == "warning"]
        if len(errs) != 2 or len(warns) != 1:
            bad(f"{c.name}: want 2 errors + 1 warning")
        if len({x["span"] for x in f}) != len(f):
            bad(f"{c.name}: duplicate spans")
        for x in f:
            n_find += 1
            kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
            sev[x["severity"]] = sev.get(x["severity"], 0) + 1
            if x["span"] not in digest:
                bad(f"{c.name}: span not verbatim: {x['span']}")
            if x["severity"] == "error" and x["kind"] != "mismatch":
                bad(f"{c.name}: error kind {x['kind']}")
            if x["severity"] == "warning" and x["kind"] not in {"unsupported", "name", "spelling", "citation"}:
                bad(f"{c.name}: warning kind {x['kind']}")
    # yoten parse
    if os.path.exists(YOTEN):
        r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        ok = r.returncode == 0
        if not ok:
            bad(f"{c.name}: yoten parse failed: {r.stderr.strip()[-300:]}")
    else:
        ok = None
    rows.append(f"{c.name:40s} {meta['lang']}  src={size:4d}  digest={dsize:4d}  findings={len(f)}  parse={'ok' if ok else ok}")

print("\n".join(rows))
print(f"cases={len(cases)} clean={n_clean} err={n_err} findings={n_find} severities={sev} kinds={kinds} langs={langs}")
if len(cases) != 24 or n_clean != 12 or n_err != 12 or n_find != 36 or sev.get("error") != 24 or sev.get("warning") != 12:
    bad("totals differ from 24 cases / 12+12 / 36 findings (24 errors, 12 warnings)")
if langs != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    bad(f"language mix {langs}")
if problems:
    print("PROBLEMS:")
    print("\n".join("  " + p for p in problems))
    sys.exit(1)
print("OK")
