#!/usr/bin/env python3
"""Sanity checks for check-holdout-312 (does not run the checker)."""
import collections, json, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import read_spec  # noqa: E402

YOTEN = shutil.which("yoten") or "/tmp/bcv312/bin/yoten"
MARKERS = ["【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"]
problems, langs, kinds, sev = [], collections.Counter(), collections.Counter(), collections.Counter()
n_clean = n_err = n_find = 0
for d in sorted((HERE / "cases").iterdir()):
    name = d.name
    meta, paras = read_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    body = "\n".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", body)); lo, hi, unit = 600, 700, "chars"
    else:
        size = len(body.split()); lo, hi, unit = 300, 350, "words"
    if not lo <= size <= hi:
        problems.append(f"{name}: source {size} {unit}")
    html = (d / "source.html").read_text(encoding="utf-8")
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", '"NewsArticle"', "<article>", "<nav>", "cookie", "<footer>"):
        if needle not in html:
            problems.append(f"{name}: source.html lacks {needle}")
    dg = (d / "digest.txt").read_text(encoding="utf-8")
    dsize = len(re.sub(r"\s", "", dg))
    if not 950 <= dsize <= 1400:
        problems.append(f"{name}: digest {dsize} chars")
    for m in MARKERS:
        if m not in dg:
            problems.append(f"{name}: digest lacks {m}")
    cite = dg.split("【引用・参照・底本】", 1)[1]
    if name.startswith("clean-"):
        day = meta["published"][:10].replace("-", ".")
        if f'{meta["title"]} {meta["outlet"]} {day}' not in cite or meta["url"] not in cite.split():
            problems.append(f"{name}: citation does not match title/outlet/date/canonical URL")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or f:
            problems.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if exp["clean"] or len(f) != 3:
            problems.append(f"{name}: err case needs 3 findings, has {len(f)}")
        if sorted(x["severity"] for x in f) != ["error", "error", "warning"]:
            problems.append(f"{name}: want 2 errors + 1 warning")
    for x in f:
        n_find += 1
        kinds[x["kind"]] += 1
        sev[x["severity"]] += 1
        c = dg.count(x["span"])
        if c != 1:
            problems.append(f"{name}: span {x['span']!r} occurs {c} times in digest.txt")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        try:
            json.loads(r.stdout)
        except ValueError:
            problems.append(f"{name}: yoten parse output not JSON")
    print(f"{name:32s} {meta['lang']}  source {size:4d} {unit:5s}  digest {dsize:4d} chars  findings {len(f)}  parse {'ok' if r.returncode == 0 else 'FAIL'}")

want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want_langs:
    problems.append(f"languages {dict(langs)} != {want_langs}")
if (n_clean, n_err, n_find) != (12, 12, 36):
    problems.append(f"counts clean={n_clean} err={n_err} findings={n_find}")
print(f"\ncases {n_clean + n_err} (clean {n_clean}, err {n_err}); findings {n_find} {dict(sev)}; kinds {dict(kinds)}; languages {dict(langs)}")
if problems:
    print("\nPROBLEMS:\n" + "\n".join(problems))
    sys.exit(1)
print("all checks passed")
