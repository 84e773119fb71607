#!/usr/bin/env python3
"""Sanity checks for check-holdout-250 (does not run the checker)."""
import collections, datetime, json, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import parse_spec, page  # noqa: E402

YOTEN = shutil.which("yoten") or "/tmp/bcv250/bin/yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
rows = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


specs = sorted((HERE / "specs").glob("*.txt"))
for spec in specs:
    name = spec.stem
    meta, paras, digest_src, exp_src = parse_spec(spec)
    d = HERE / "cases" / name
    html = (d / "source.html").read_text(encoding="utf-8")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    if html != page(meta, paras) or digest != digest_src or exp != exp_src:
        bad(name, "cases/ out of date with specs/ (run gen.py)")
    langs[meta["lang"]] += 1
    # source size
    if meta["lang"] == "ja":
        size = sum(len(re.sub(r"\s", "", p)) for p in paras)
        lo, hi, unit = 600, 700, "chars"
    else:
        size = sum(len(p.split()) for p in paras)
        lo, hi, unit = 300, 350, "words"
    if not lo <= size <= hi:
        bad(name, f"source {size} {unit} outside {lo}-{hi}")
    dsize = len(re.sub(r"\s", "", digest))
    if not 950 <= dsize <= 1400:
        bad(name, f"digest {dsize} chars outside 950-1400")
    # html fields
    for needle in ["<title>", 'property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "<article>",
                   "<nav>", 'id="cookie-banner"', "<footer>", 'class="related"']:
        if needle not in html:
            bad(name, f"html lacks {needle}")
    datetime.datetime.fromisoformat(meta["published"])
    for url in re.findall(r"https?://[^\s\"'<>]+", html + digest):
        host = url.split("/")[2].split("?")[0]
        if not host.endswith(".example") and host != "schema.org":
            bad(name, f"non-.example domain {host}")
    # house format
    for marker in ["【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"]:
        if marker not in digest:
            bad(name, f"digest lacks {marker}")
    cite = digest.rstrip("\n").split("\n")
    cite_line, cite_url = cite[-3], cite[-1]
    local_date = meta["published"][:10].replace("-", ".")
    want_line = f'{meta["title"]} {meta["outlet"]} {local_date}'
    # expected findings
    fs = exp["findings"]
    for f in fs:
        if f["span"] not in digest:
            bad(name, f"span not verbatim in digest: {f['span']}")
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        if (f["severity"] == "error") != (f["kind"] == "mismatch"):
            bad(name, f"kind/severity pair {f['kind']}/{f['severity']}")
    if len({f["span"] for f in fs}) != len(fs):
        bad(name, "duplicate spans")
    if name.startswith("clean-"):
        if exp["clean"] is not True or fs:
            bad(name, "clean case with findings")
        if cite_line != want_line:
            bad(name, f"citation line differs: {cite_line!r} != {want_line!r}")
        if cite_url != meta["url"]:
            bad(name, "citation URL is not the canonical URL")
    elif name.startswith("err-"):
        nerr = sum(f["severity"] == "error" for f in fs)
        nwarn = sum(f["severity"] == "warning" for f in fs)
        if exp["clean"] is not False or len(fs) != 3 or nerr != 2 or nwarn != 1:
            bad(name, f"err case needs 2 errors + 1 warning, has {nerr}+{nwarn}")
        cit = [f for f in fs if f["kind"] == "citation"]
        if not cit and (cite_line != want_line or cite_url != meta["url"]):
            bad(name, "citation slip not labelled")
    else:
        bad(name, "name must start with clean- or err-")
    # yoten parse (house format only)
    if pathlib.Path(YOTEN).exists():
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(name, f"yoten parse rc={r.returncode}: {(r.stderr or r.stdout)[-300:]}")
        parse = "ok" if r.returncode == 0 else "FAIL"
    else:
        parse = "skipped (no yoten)"
    rows.append(f"{name:40s} {meta['lang']}  source {size:4d} {unit:5s} digest {dsize:4d} chars  "
                f"findings {len(fs)}  parse {parse}")

names = [s.stem for s in specs]
n_clean = sum(n.startswith("clean-") for n in names)
n_err = sum(n.startswith("err-") for n in names)
if (len(names), n_clean, n_err) != (24, 12, 12):
    problems.append(f"counts: {len(names)} cases, {n_clean} clean, {n_err} err")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    problems.append(f"languages: {dict(langs)}")
if sum(sev.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    problems.append(f"findings: {dict(sev)}")
if set((HERE / "cases").iterdir()) != {HERE / "cases" / n for n in names}:
    problems.append("cases/ has folders without a spec")

print("\n".join(rows))
print(f"cases {len(names)} (clean {n_clean}, err {n_err}); languages {dict(sorted(langs.items()))}")
print(f"findings {sum(sev.values())}: {dict(sorted(sev.items()))}; kinds {dict(sorted(kinds.items()))}")
if problems:
    print("PROBLEMS:\n  " + "\n  ".join(problems))
    sys.exit(1)
print("OK")
