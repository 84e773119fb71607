#!/usr/bin/env python3
"""Sanity checks for check-holdout-283."""
import collections, html, json, pathlib, re, subprocess, sys, shutil
HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))
from gen import load

YOTEN = shutil.which("yoten") or "/tmp/bcv283/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems, langs, kinds, sev = [], collections.Counter(), collections.Counter(), collections.Counter()
names = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
for name in names:
    m = load(HERE / "specs" / f"{name}.txt")
    d = HERE / "cases" / name
    langs[m["lang"]] += 1
    src = (d / "source.html").read_text(encoding="utf-8")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    body = " ".join(m["paras"])
    size = len(re.sub(r"\s", "", body)) if m["lang"] == "ja" else len(body.split())
    lo, hi = (600, 700) if m["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi:
        problems.append(f"{name}: source size {size} not in {lo}-{hi}")
    n = len(dig)
    if not 950 <= n <= 1400:
        problems.append(f"{name}: digest {n} chars not in 950-1400")
    for tag in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "<nav>", "cookie-banner", "<article>", "<footer>", "related"):
        if tag not in src:
            problems.append(f"{name}: source.html lacks {tag}")
    if not re.search(r"[+-]\d\d:\d\d", m["published"]):
        problems.append(f"{name}: published without UTC offset")
    if ".example" not in m["url"]:
        problems.append(f"{name}: url not .example")
    lines = [l.strip() for l in dig.strip().splitlines() if l.strip()]
    cite_i = lines.index("【引用・参照・底本】")
    want_cite = f"{m['title']} {m['outlet']} {m['published'][:10].replace('-', '.')}"
    is_clean = name.startswith("clean-")
    if exp["clean"] != is_clean:
        problems.append(f"{name}: clean flag")
    if is_clean:
        if exp["findings"]:
            problems.append(f"{name}: clean case has findings")
        if lines[cite_i + 1] != want_cite or lines[cite_i + 2] != m["url"]:
            problems.append(f"{name}: clean citation differs from source")
    else:
        f = exp["findings"]
        if len(f) != 3 or [x["severity"] for x in f].count("error") != 2:
            problems.append(f"{name}: want 3 findings, 2 errors")
        for x in f:
            kinds[x["kind"]] += 1
            sev[x["severity"]] += 1
            c = dig.count(x["span"])
            if c == 0:
                problems.append(f"{name}: span not in digest: {x['span']}")
            ok = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning", "citation": "warning"}
            if ok.get(x["kind"]) != x["severity"]:
                problems.append(f"{name}: kind/severity {x}")
    for h in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if h not in dig:
            problems.append(f"{name}: digest lacks {h}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse rc={r.returncode}: {(r.stderr or r.stdout)[-200:]}")
    print(f"{name:28} {m['lang']}  source {size:4} {'chars' if m['lang']=='ja' else 'words'}  digest {n:4} chars  findings {len(exp['findings'])}  parse {'ok' if r.returncode == 0 else 'FAIL'}")
nc = sum(n.startswith("clean-") for n in names)
ne = sum(n.startswith("err-") for n in names)
total = sum(kinds.values())
print(f"cases {len(names)} (clean {nc}, err {ne}); findings {total} (error {sev['error']}, warning {sev['warning']}); kinds {dict(sorted(kinds.items()))}; langs {dict(langs)}")
if (len(names), nc, ne, total, sev["error"], sev["warning"]) != (24, 12, 12, 36, 24, 12):
    problems.append("counts off")
if dict(langs) != WANT_LANG:
    problems.append(f"languages {dict(langs)} != {WANT_LANG}")
for p in problems:
    print("PROBLEM:", p)
print("OK" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
