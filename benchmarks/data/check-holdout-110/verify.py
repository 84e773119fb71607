#!/usr/bin/env python3
"""Sanity checks for check-holdout-110. Usage: python verify.py [path/to/yoten]"""
import collections, json, pathlib, re, subprocess, sys

sys.dont_write_bytecode = True

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

problems = []
lang_count = collections.Counter()
lang_kind = collections.Counter()
kind_count = collections.Counter()
sev_count = collections.Counter()
rows = []

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
specs = {p.stem for p in (HERE / "specs").glob("*.txt")}
if len(cases) != 24:
    problems.append(f"expected 24 cases, found {len(cases)}")
if specs != {c.name for c in cases}:
    problems.append(f"specs and cases differ: {sorted(specs ^ {c.name for c in cases})}")

for c in cases:
    name = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).is_file():
            problems.append(f"{name}: missing {f}")
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    meta, related, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    if gen.render(meta, related, paras) != src:
        problems.append(f"{name}: source.html is not what gen.py renders from its spec")
    lang = meta["lang"]
    lang_count[lang] += 1
    kind = "clean" if name.startswith("clean-") else "err"
    lang_kind[(lang, kind)] += 1
    # expected.json
    if exp.get("clean") != (kind == "clean"):
        problems.append(f"{name}: clean flag {exp.get('clean')} does not match name")
    if kind == "clean" and exp.get("findings") != []:
        problems.append(f"{name}: clean case with findings")
    if kind == "err" and len(exp.get("findings", [])) != 3:
        problems.append(f"{name}: err case with {len(exp.get('findings', []))} findings (want 3)")
    spans = set()
    for fd in exp.get("findings", []):
        sp = fd["span"]
        if sp in spans:
            problems.append(f"{name}: duplicate span {sp!r}")
        spans.add(sp)
        if sp not in dig:
            problems.append(f"{name}: span {sp!r} not in digest")
        want = "error" if fd["kind"] == "mismatch" else "warning"
        if fd["severity"] != want:
            problems.append(f"{name}: {fd['kind']} should be {want}")
        kind_count[fd["kind"]] += 1
        sev_count[fd["severity"]] += 1
    # source page requirements
    for needle in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "<article>",
                   'id="cookie-banner"', "<footer", 'class="related"', 'class="menu"'):
        if needle not in src:
            problems.append(f"{name}: source lacks {needle}")
    if not re.search(r"[+-]\d\d:\d\d$", meta["published"]):
        problems.append(f"{name}: published_time without UTC offset")
    if not meta["site"].split("/")[2].endswith(".example"):
        problems.append(f"{name}: domain not under .example")
    text = " ".join(paras)
    size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article size {size} outside {lo}-{hi}")
    # digest
    n = len(re.sub(r"\s", "", dig))
    if not 900 <= n <= 1600:
        problems.append(f"{name}: digest has {n} characters (want 900-1600)")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        for key in ("headline", "image_credit", "posted_at", "overview", "details", "key_points", "sources"):
            if not d.get(key):
                problems.append(f"{name}: parsed digest lacks {key}")
    # citation: title, outlet, local date, canonical URL (clean cases must match exactly)
    cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [l.strip() for l in cit if l.strip()]
    url = meta["site"] + meta["path"]
    date = meta["published"][:10].replace("-", ".")
    good_line = {f"{meta['title']} {meta['outlet']} {date}", f"{meta['title']}  {meta['outlet']} {date}"}
    cit_ok = cit[0] in good_line and cit[1] == url
    cit_planted = any(fd["kind"] == "citation" for fd in exp.get("findings", []))
    if cit_ok == cit_planted:
        problems.append(f"{name}: citation {'correct' if cit_ok else 'wrong'} but planted={cit_planted}")
    rows.append((name, lang, size, n, len(exp.get("findings", []))))

print(f"{'case':38} lang article digest findings")
for r in rows:
    print(f"{r[0]:38} {r[1]:4} {r[2]:7} {r[3]:6} {r[4]:8}")
print()
print("cases by language:", dict(sorted(lang_count.items())))
print("clean/err by language:", {f"{l}/{k}": v for (l, k), v in sorted(lang_kind.items())})
print("findings by kind:", dict(sorted(kind_count.items())))
print("findings by severity:", dict(sorted(sev_count.items())))
print("total findings:", sum(kind_count.values()))
if problems:
    print(f"\n{len(problems)} PROBLEM(S):")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nno problems")
