#!/usr/bin/env python3
"""Sanity checks for check-holdout-126 (no checker involved).

usage: python verify.py [--yoten PATH]
"""
import collections, html, json, pathlib, re, subprocess, sys
sys.dont_write_bytecode = True
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"
problems = []
by_lang = collections.Counter()
by_kind = collections.Counter()
by_sev = collections.Counter()
n_clean = n_err = n_find = 0


def meta(src, prop, attr="property"):
    m = re.search(r'<meta %s="%s" content="([^"]*)"' % (attr, re.escape(prop)), src)
    return html.unescape(m.group(1)) if m else None


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    name = c.name
    spec = HERE / "specs" / f"{name}.txt"
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists():
            problems.append(f"{name}: missing {f}")
    if not spec.exists():
        problems.append(f"{name}: missing spec")
        continue
    m, paras = gen.parse_spec(spec)
    src = (c / "source.html").read_text(encoding="utf-8")
    if gen.render(m, paras) != src:
        problems.append(f"{name}: source.html out of date with spec (run gen.py)")
    lang = m["lang"]
    by_lang[lang] += 1
    size = len("".join(paras)) if lang == "ja" else len(" ".join(paras).split())
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article length {size} outside {lo}-{hi}")
    # page metadata
    title = meta(src, "og:title")
    outlet = meta(src, "og:site_name")
    pub = meta(src, "article:published_time")
    canon = re.search(r'<link rel="canonical" href="([^"]*)"', src).group(1)
    if f"<title>{html.escape(title)} - {html.escape(outlet)}</title>" not in src:
        problems.append(f"{name}: <title> lacks outlet suffix")
    if '"@type": "NewsArticle"' not in src:
        problems.append(f"{name}: no JSON-LD NewsArticle")
    if not re.search(r"[+-]\d\d:\d\d$", pub):
        problems.append(f"{name}: published_time without offset")
    if ".example" not in canon.split("/")[2]:
        problems.append(f"{name}: domain not under .example")
    for tag in ('id="cookie-banner"', "<nav>", 'class="related"', "<footer", "<article>"):
        if tag not in src:
            problems.append(f"{name}: page lacks {tag}")
    # digest
    dg = (c / "digest.txt").read_text(encoding="utf-8")
    chars = len("".join(dg.split()))
    if not 900 <= chars <= 1600:
        problems.append(f"{name}: digest length {chars} outside 900-1600")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in dg:
            problems.append(f"{name}: digest lacks {marker}")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        try:
            json.loads(r.stdout)
        except ValueError:
            problems.append(f"{name}: yoten parse gave no JSON")
    # expected
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    finds = exp["findings"]
    cite_date = datetime.fromisoformat(pub).strftime("%Y.%m.%d")
    cite_ok = f"{title} {outlet} {cite_date}" in dg and canon in dg.split("【引用・参照・底本】")[1]
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or finds:
            problems.append(f"{name}: clean case must have clean=true and no findings")
        if not cite_ok:
            problems.append(f"{name}: citation differs from title/outlet/date/canonical")
        if re.search(r"[?&](utm_|mc_)", dg):
            problems.append(f"{name}: tracking parameter in clean digest")
    else:
        n_err += 1
        if exp["clean"] is not False or len(finds) != 3:
            problems.append(f"{name}: err case must have clean=false and 3 findings")
        spans = [f["span"] for f in finds]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        kinds = {f["kind"] for f in finds}
        if "citation" not in kinds and not cite_ok:
            problems.append(f"{name}: citation wrong but not labelled")
    for f in finds:
        n_find += 1
        by_kind[(f["kind"], f["severity"])] += 1
        by_sev[f["severity"]] += 1
        if f["span"] not in dg:
            problems.append(f"{name}: span not in digest: {f['span']!r}")
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{name}: {f['kind']} should be {want}")
        if f["kind"] not in ("mismatch", "unsupported", "name", "spelling", "citation"):
            problems.append(f"{name}: unexpected kind {f['kind']}")

print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(by_lang.items())))
print(f"planted findings: {n_find} (" + ", ".join(f"{k} {v}" for k, v in sorted(by_sev.items())) + ")")
for (k, s), v in sorted(by_kind.items()):
    print(f"  {k}/{s}: {v}")
if problems:
    print(f"PROBLEMS ({len(problems)}):")
    for p in problems:
        print("  - " + p)
    sys.exit(1)
print("no problems")
