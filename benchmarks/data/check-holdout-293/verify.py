#!/usr/bin/env python3
"""Sanity checks for check-holdout-293 (run from anywhere).

- every specs/<name>.txt has cases/<name>/{source.html,digest.txt,expected.json}
  and source.html is what gen.py renders from the spec;
- article sizes: 300-350 words (Japanese: 600-700 characters, whitespace excluded);
- digest sizes: 950-1400 characters, whitespace excluded;
- every expected span stands verbatim in digest.txt, spans are distinct;
- clean cases have no findings, err cases exactly 3 (2 errors, 1 warning);
- `yoten parse` accepts every digest (skipped with a note if yoten is absent);
- totals: 24 cases, 12 clean, 12 err, 36 findings (24 errors, 12 warnings),
  languages 14 en / 3 fr / 3 de / 2 es / 2 ja.
"""
import collections, json, os, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL", msg)


def nows(s):
    return len(re.sub(r"\s", "", s))


yoten = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv293/bin/yoten"
if not pathlib.Path(yoten).exists() and not shutil.which(yoten):
    yoten = None

langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
names = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
case_dirs = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
if names != case_dirs:
    fail(f"specs and cases differ: {set(names) ^ set(case_dirs)}")

print(f"{'case':40} {'lang':4} {'src':>5} {'dig':>5} {'parse':5} findings")
for name in names:
    d = HERE / "cases" / name
    meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]
    langs[lang] += 1
    html = (d / "source.html").read_text(encoding="utf-8")
    if html != gen.render(meta, paras):
        fail(f"{name}: source.html is stale (run gen.py)")
    for tag in ("<article>", 'og:site_name', 'og:title', 'rel="canonical"',
                'article:published_time', '"NewsArticle"', "<nav>", "cookie-banner", "<footer>"):
        if tag not in html:
            fail(f"{name}: source.html lacks {tag}")
    if not re.search(r"[+-]\d\d:\d\d$", meta["published"]):
        fail(f"{name}: published lacks UTC offset")
    if ".example/" not in meta["url"] + "/":
        fail(f"{name}: url not under .example")
    body = "\n".join(paras)
    size = nows(body) if lang == "ja" else len(body.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi:
        fail(f"{name}: article size {size} outside {lo}-{hi}")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    dsize = nows(digest)
    if not 950 <= dsize <= 1400:
        fail(f"{name}: digest size {dsize} outside 950-1400")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        fail(f"{name}: duplicate spans")
    for f in exp["findings"]:
        if f["span"] not in digest:
            fail(f"{name}: span not in digest: {f['span']}")
        if f["severity"] == "error" and f["kind"] != "mismatch":
            fail(f"{name}: error with kind {f['kind']}")
        if f["severity"] == "warning" and f["kind"] not in WARN_KINDS:
            fail(f"{name}: warning with kind {f['kind']}")
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or exp["findings"]:
            fail(f"{name}: clean case with findings")
    elif name.startswith("err-"):
        n_err += 1
        s = collections.Counter(f["severity"] for f in exp["findings"])
        if exp["clean"] is not False or s != {"error": 2, "warning": 1}:
            fail(f"{name}: err case must have 2 errors + 1 warning, has {dict(s)}")
    else:
        fail(f"{name}: name must start clean- or err-")
    # the citation line must name the outlet and the date in the outlet's zone
    cite = digest.split("【引用・参照・底本】", 1)[-1]
    if name.startswith("clean-"):
        if meta["url"] not in cite.split():
            fail(f"{name}: citation URL is not the canonical URL")
        if meta["published"][:10].replace("-", ".") not in cite or meta["outlet"] not in cite:
            fail(f"{name}: citation outlet/date wrong")
    parsed = "-"
    if yoten:
        r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        parsed = "ok" if r.returncode == 0 else "FAIL"
        if r.returncode:
            fail(f"{name}: yoten parse failed: {(r.stderr or r.stdout).strip()[-300:]}")
    print(f"{name:40} {lang:4} {size:5} {dsize:5} {parsed:5} {len(exp['findings'])}")

print()
print("cases", len(names), "clean", n_clean, "err", n_err)
print("languages", dict(sorted(langs.items())))
print("severities", dict(sorted(sev.items())), "kinds", dict(sorted(kinds.items())))
if not yoten:
    print("note: yoten not found, parse check skipped")
want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if (len(names), n_clean, n_err) != (24, 12, 12):
    fail("counts: want 24 cases, 12 clean, 12 err")
if dict(langs) != want_langs:
    fail(f"languages: want {want_langs}")
if sev != {"error": 24, "warning": 12}:
    fail("findings: want 24 errors and 12 warnings")
print("OK" if not fails else f"{len(fails)} FAILURES")
sys.exit(1 if fails else 0)
