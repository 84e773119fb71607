#!/usr/bin/env python3
"""Sanity checks for check-holdout-257 (no checker involved)."""
import collections, html, json, pathlib, re, subprocess, sys, shutil
sys.dont_write_bytecode = True
HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))
import gen
YOTEN = shutil.which("yoten") or "/tmp/bcv257/bin/yoten"
fails = []
def fail(m): fails.append(m)
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
nclean = nerr = 0
for c in cases:
    name = c.name
    meta, paras = gen.parse(HERE / "specs" / f"{name}.txt")
    src = (c / "source.html").read_text(encoding="utf-8")
    if src != gen.page(meta, paras): fail(f"{name}: source.html out of date (run gen.py)")
    for need in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", '"NewsArticle"', "<nav>", "cookie", "<footer>", "<article>", "<aside>"):
        if need not in src: fail(f"{name}: source lacks {need}")
    if not re.search(r"[+-]\d\d:\d\d$", meta["published"]): fail(f"{name}: published without UTC offset")
    if ".example/" not in meta["url"]: fail(f"{name}: url not .example")
    lang = meta["lang"]; langs[lang] += 1
    body = " ".join(paras)
    if lang == "ja":
        n = len("".join(body.split()))
        if not 600 <= n <= 700: fail(f"{name}: ja source {n} chars")
    else:
        n = len(body.split())
        if not 300 <= n <= 350: fail(f"{name}: source {n} words")
    dg = (c / "digest.txt").read_text(encoding="utf-8")
    dn = len("".join(dg.split()))
    if not 950 <= dn <= 1400: fail(f"{name}: digest {dn} chars")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    for f in exp["findings"]:
        if f["span"] not in dg: fail(f"{name}: span not verbatim: {f['span']}")
        kinds[f["kind"]] += 1; sev[f["severity"]] += 1
    if name.startswith("clean-"):
        nclean += 1
        if exp != {"clean": True, "findings": []}: fail(f"{name}: clean case with findings")
    else:
        nerr += 1
        s = collections.Counter(f["severity"] for f in exp["findings"])
        if exp["clean"] or len(exp["findings"]) != 3 or s != {"error": 2, "warning": 1}: fail(f"{name}: want 2 errors + 1 warning")
    # citation line: title outlet date must match source for clean cases
    pub = meta["published"][:10].replace("-", ".")
    cite = f"{meta['title']} {meta['outlet']} {pub}"
    if name.startswith("clean-") and (cite not in dg or meta["url"] + "\n" not in dg + "\n"): fail(f"{name}: citation differs from source")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: fail(f"{name}: yoten parse rc={r.returncode}: {r.stderr[-300:]}")
    print(f"{name:28s} {lang}  source {n:4d} {'chars' if lang=='ja' else 'words'}  digest {dn:4d} chars  findings {len(exp['findings'])}  parse rc={r.returncode}")
print()
print("cases", len(cases), "clean", nclean, "err", nerr)
print("languages", dict(sorted(langs.items())))
print("findings", sum(kinds.values()), "kinds", dict(sorted(kinds.items())), "severity", dict(sorted(sev.items())))
if len(cases) != 24 or nclean != 12 or nerr != 12: fail("want 24 cases, 12 clean, 12 err")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}: fail(f"language mix {dict(langs)}")
if sum(kinds.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12: fail("want 36 findings: 24 errors, 12 warnings")
for m in fails: print("FAIL", m)
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
