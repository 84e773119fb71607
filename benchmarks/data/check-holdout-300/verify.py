#!/usr/bin/env python3
"""Sanity checks for check-holdout-300 (does not run the checker)."""
import json, pathlib, re, subprocess, sys, shutil, collections

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = shutil.which("yoten") or "/tmp/bcv300/bin/yoten"
problems = []
def bad(msg):
    problems.append(msg)

names = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
for name in names:
    d = HERE / "cases" / name
    meta, paras = gen.load(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    src = (d / "source.html").read_text(encoding="utf-8")
    if src != gen.page(meta, paras):
        bad(f"{name}: source.html out of date (run gen.py)")
    for needle in ("<article>", 'property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "cookie-banner", "<nav>", "<footer>", 'class="related"'):
        if needle not in src:
            bad(f"{name}: source.html lacks {needle}")
    if not re.search(r"[+-]\d\d:\d\d$", meta["published"]):
        bad(f"{name}: published lacks a UTC offset")
    if not re.match(r"https://[^/]+\.example/", meta["url"]):
        bad(f"{name}: url not under .example")
    text = " ".join(paras)
    if meta["lang"] == "ja":
        n = len(re.sub(r"\s", "", text))
        if not 600 <= n <= 700:
            bad(f"{name}: Japanese source {n} chars")
    else:
        n = len(text.split())
        if not 300 <= n <= 350:
            bad(f"{name}: source {n} words")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    body = dig.split("【引用・参照・底本】")[0]
    dn = len(re.sub(r"\s", "", body))
    if not 950 <= dn <= 1400:
        bad(f"{name}: digest {dn} chars (before the citation, no whitespace)")
    cit = dig.split("【引用・参照・底本】")[1].strip().splitlines()
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    if exp["clean"] != name.startswith("clean-"):
        bad(f"{name}: clean flag")
    if exp["clean"]:
        if exp["findings"]:
            bad(f"{name}: clean case has findings")
        if cit[0] != f"{meta['title']} {meta['outlet']} {meta['published'][:10].replace('-', '.')}":
            bad(f"{name}: citation line differs from title/outlet/local date")
        if cit[-1].strip() != meta["url"]:
            bad(f"{name}: citation URL is not the canonical URL")
    else:
        if len(exp["findings"]) != 3:
            bad(f"{name}: {len(exp['findings'])} findings")
        e = sum(f["severity"] == "error" for f in exp["findings"])
        if e != 2:
            bad(f"{name}: {e} errors")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        if f["span"] not in dig:
            bad(f"{name}: span {f['span']!r} not in digest")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(f"{name}: yoten parse rc={r.returncode}: {r.stderr.strip()[:200]}")
    print(f"{name:38s} {meta['lang']}  source {n:4d}  digest {dn:4d}  findings {len(exp['findings'])}  parse {'ok' if r.returncode == 0 else 'FAIL'}")

clean = sum(n.startswith("clean-") for n in names)
print(f"cases {len(names)} (clean {clean}, err {len(names) - clean}); languages {dict(sorted(langs.items()))}")
print(f"findings {sum(sev.values())}: {dict(sorted(sev.items()))}; kinds {dict(sorted(kinds.items()))}")
if len(names) != 24 or clean != 12:
    bad("need 24 cases, 12 clean")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    bad(f"languages {dict(langs)}")
if sev["error"] != 24 or sev["warning"] != 12:
    bad(f"severities {dict(sev)}")
for p in problems:
    print("PROBLEM:", p)
print("OK" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
