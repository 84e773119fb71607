#!/usr/bin/env python3
"""Sanity checks for check-holdout-258 (does not run the checker)."""
import json, pathlib, re, subprocess, sys, html as H, shutil, os

HERE = pathlib.Path(__file__).resolve().parent
CASES = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv258/bin/yoten"
LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
fails = []


def fail(case, msg):
    fails.append(f"{case}: {msg}")


def meta(src, prop, attr="property"):
    m = re.search(rf'<meta {attr}="{re.escape(prop)}" content="([^"]*)"', src)
    return H.unescape(m.group(1)) if m else None


langs = {}
n_err = n_warn = n_clean = 0
for c in CASES:
    name = c.name
    spec = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8")
    head, body = spec.split("\n---\n", 1)
    sm = dict(l.split(":", 1) for l in head.splitlines() if ":" in l)
    sm = {k.strip(): v.strip() for k, v in sm.items()}
    lang = sm["lang"]
    langs[lang] = langs.get(lang, 0) + 1
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))

    # source size
    if lang == "ja":
        n = len(re.sub(r"\s", "", body))
        if not 600 <= n <= 700:
            fail(name, f"ja source {n} chars")
    else:
        n = len(body.split())
        if not 300 <= n <= 350:
            fail(name, f"source {n} words")
    # source page furniture
    for need in ['rel="canonical"', 'og:site_name', 'og:title', 'article:published_time',
                 '"@type": "NewsArticle"', "<nav>", "cookie-banner", "related", "<footer>", "<article>"]:
        if need not in src:
            fail(name, f"source lacks {need}")
    if not re.search(r"[+-]\d\d:\d\d$", sm["published"]):
        fail(name, "published without UTC offset")
    if not sm["url"].split("/")[2].endswith(".example"):
        fail(name, "domain not .example")
    # digest size and parse
    nd = len(re.sub(r"\s", "", dig))
    if not 950 <= nd <= 1400:
        fail(name, f"digest {nd} chars")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        fail(name, f"yoten parse rc={r.returncode}: {r.stderr[-200:]}")
    else:
        d = json.loads(r.stdout)
        ov = d["overview"]
        if not ov["highlights"] or not ov["context"]:
            fail(name, "overview highlights/context empty")
        if not d["details"]["topics"] or not d["key_points"]:
            fail(name, "details/key_points empty")
    # citation block
    cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [l.strip() for l in cit if l.strip()]
    title_line, url_line = cit[0], cit[1]
    want_title = f"{sm['title']} {sm['outlet']} {sm['published'][:10].replace('-', '.')}"
    spans = [f["span"] for f in exp["findings"]]
    cit_finding = any(f["kind"] == "citation" for f in exp["findings"])
    if not cit_finding:
        if title_line != want_title:
            fail(name, f"citation line {title_line!r} != {want_title!r}")
        if url_line != sm["url"]:
            fail(name, "citation URL is not canonical")
    # labels
    clean = name.startswith("clean-")
    if exp["clean"] != clean:
        fail(name, "clean flag vs name")
    if clean:
        n_clean += 1
        if exp["findings"]:
            fail(name, "clean case has findings")
    else:
        fs = exp["findings"]
        errs = [f for f in fs if f["severity"] == "error"]
        warns = [f for f in fs if f["severity"] == "warning"]
        if len(fs) != 3 or len(errs) != 2 or len(warns) != 1:
            fail(name, "err case needs 2 errors + 1 warning")
        if any(f["kind"] != "mismatch" for f in errs):
            fail(name, "error kind not mismatch")
        if any(f["kind"] not in WARN_KINDS for f in warns):
            fail(name, "warning kind")
        n_err += len(errs)
        n_warn += len(warns)
        if len(set(spans)) != len(spans):
            fail(name, "duplicate spans")
    for s in spans:
        if s not in dig:
            fail(name, f"span not verbatim: {s}")
    print(f"{name:32s} {lang}  source {n:4d}{' chars' if lang == 'ja' else ' words'}  "
          f"digest {nd:4d} chars  findings {len(exp['findings'])}")

if langs != LANGS:
    fails.append(f"languages {langs} != {LANGS}")
if len(CASES) != 24 or n_clean != 12:
    fails.append(f"cases {len(CASES)}, clean {n_clean}")
if n_err != 24 or n_warn != 12:
    fails.append(f"errors {n_err}, warnings {n_warn}")
print(f"cases {len(CASES)} (clean {n_clean}, err {len(CASES) - n_clean}); "
      f"planted {n_err + n_warn} (error {n_err}, warning {n_warn}); languages {langs}")
if fails:
    print("FAIL")
    for f in fails:
        print("  " + f)
    sys.exit(1)
print("OK")
