#!/usr/bin/env python3
"""Sanity checks for check-holdout-351 (does not run the checker)."""
import json, pathlib, re, shutil, subprocess, sys
from collections import Counter
from datetime import datetime

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))
import derived  # noqa: E402
from gen import parse_spec  # noqa: E402

WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems = []
def bad(msg):
    problems.append(msg)

yoten = shutil.which("yoten") or "/tmp/bcv351/bin/yoten"
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
langs, kinds, sev = Counter(), Counter(), Counter()
n_clean = n_err = 0
for c in cases:
    name = c.name
    spec = HERE / "specs" / f"{name}.txt"
    if not spec.exists():
        bad(f"{name}: no spec"); continue
    meta, paras = parse_spec(spec)
    langs[meta["lang"]] += 1
    text = "".join(p for p in paras if not p.startswith("## "))
    if meta["lang"] == "ja":
        n = len(re.sub(r"\s", "", text))
        if not 600 <= n <= 700: bad(f"{name}: ja source {n} chars")
    else:
        n = len(" ".join(paras).split())
        if not 300 <= n <= 350: bad(f"{name}: source {n} words")
    html = (c / "source.html").read_text(encoding="utf-8")
    for needle in ["<title>", 'property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "<nav>", "cookie-banner",
                   'class="related"', "<footer>", "<article>"]:
        if needle not in html: bad(f"{name}: source.html lacks {needle}")
    for url in re.findall(r'https?://([^/"\s]+)', html + meta["url"]):
        if not url.endswith(".example") and url != "schema.org": bad(f"{name}: non-.example host {url}")
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    dlen = len("".join(l.strip() for l in digest.splitlines()))
    if not 950 <= dlen <= 1400: bad(f"{name}: digest {dlen} chars")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    local_date = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
    cite = f'{meta["title"]} {meta["outlet"]} {local_date}'
    lines = [l.strip() for l in digest.splitlines() if l.strip()]
    tail = lines[lines.index("【引用・参照・底本】") + 1:]
    cite_ok = tail[:2] == [cite, meta["url"]]
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}: bad(f"{name}: clean case has findings")
        if not cite_ok: bad(f"{name}: citation differs: {tail[:2]}")
    else:
        n_err += 1
        f = exp["findings"]
        if exp["clean"] or len(f) != 3: bad(f"{name}: needs 3 findings")
        es = [x for x in f if x["severity"] == "error"]
        ws = [x for x in f if x["severity"] == "warning"]
        if len(es) != 2 or len(ws) != 1: bad(f"{name}: needs 2 errors + 1 warning")
        if any(x["kind"] != "mismatch" for x in es): bad(f"{name}: error kind")
        if any(x["kind"] not in WARN_KINDS for x in ws): bad(f"{name}: warning kind")
        if cite_ok == any(x["kind"] == "citation" for x in f): bad(f"{name}: citation state vs label")
        for x in f:
            kinds[x["kind"]] += 1; sev[x["severity"]] += 1
            if x["span"] not in digest: bad(f"{name}: span not verbatim: {x['span']}")
    for table in (derived.DERIVED, derived.ERR_DERIVED):
        for txt, expr, _ in table.get(name, []):
            derived.evaluate(expr)
            if txt not in digest: bad(f"{name}: derived text missing: {txt}")
    r = subprocess.run([yoten, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: bad(f"{name}: yoten parse failed: {r.stderr[-300:]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("details") or not d.get("overview"): bad(f"{name}: parse incomplete")
    print(f"{name:34s} {meta['lang']}  src={n:4d}  digest={dlen:4d}  findings={len(exp['findings'])}  parse={'ok' if r.returncode == 0 else 'FAIL'}")

print(f"cases={len(cases)} clean={n_clean} err={n_err} langs={dict(sorted(langs.items()))}")
print(f"findings={sum(sev.values())} severities={dict(sev)} kinds={dict(sorted(kinds.items()))}")
if len(cases) != 24 or n_clean != 12 or n_err != 12: bad("case counts")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}: bad(f"languages {dict(langs)}")
if sev != Counter(error=24, warning=12): bad(f"severities {dict(sev)}")
if problems:
    print("FAIL"); print("\n".join(problems)); sys.exit(1)
print("OK")
