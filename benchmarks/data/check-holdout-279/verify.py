"""Sanity checks for check-holdout-279 (run: python3 verify.py)."""
import json, pathlib, re, shutil, subprocess, sys, html
from collections import Counter
HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))
from gen import parse_spec

YOTEN = shutil.which("yoten") or "/tmp/bcv279/bin/yoten"
fails = []
def check(cond, msg):
    if not cond:
        fails.append(msg)

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
langs, kinds, sev = Counter(), Counter(), Counter()
n_clean = n_err = 0
for c in cases:
    name = c.name
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    body = "\n".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", body))
        check(600 <= size <= 700, f"{name}: source {size} chars")
    else:
        size = len(body.split())
        check(300 <= size <= 350, f"{name}: source {size} words")
    src = (c / "source.html").read_text(encoding="utf-8")
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "<article>", "<nav>", "cookie", "<footer>"):
        check(needle in src, f"{name}: source.html lacks {needle}")
    check(meta["url"].split("//")[1].split("/")[0].endswith(".example"), f"{name}: domain not .example")
    dg = (c / "digest.txt").read_text(encoding="utf-8")
    dsize = len(re.sub(r"\s", "", dg))
    check(950 <= dsize <= 1400, f"{name}: digest {dsize} chars")
    for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        check(m in dg, f"{name}: digest lacks {m}")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    spans = [f["span"] for f in exp["findings"]]
    for f in exp["findings"]:
        check(f["span"] in dg, f"{name}: span {f['span']!r} not in digest")
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
    check(len(set(spans)) == len(spans), f"{name}: duplicate spans")
    if name.startswith("clean-"):
        n_clean += 1
        check(exp["clean"] and not exp["findings"], f"{name}: clean case has findings")
        # canonical citation with outlet-local date
        check(meta["url"] in dg.split("【引用・参照・底本】")[1], f"{name}: canonical URL missing")
        check(meta["published"][:10].replace("-", ".") in dg, f"{name}: citation date")
    else:
        n_err += 1
        check(not exp["clean"] and len(exp["findings"]) == 3, f"{name}: err case needs 3 findings")
        check(sum(f["severity"] == "error" for f in exp["findings"]) == 2, f"{name}: needs 2 errors")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    check(r.returncode == 0, f"{name}: yoten parse rc={r.returncode} {r.stderr[-300:]}")
    print(f"{name:45s} {meta['lang']}  source={size:4d}  digest={dsize:4d}  findings={len(spans)}  parse={'ok' if r.returncode == 0 else 'FAIL'}")

print()
print(f"cases={len(cases)} clean={n_clean} err={n_err} findings={sum(sev.values())} {dict(sev)} kinds={dict(kinds)}")
print(f"languages={dict(langs)}")
check(len(cases) == 24 and n_clean == 12 and n_err == 12, "case counts")
check(sum(sev.values()) == 36 and sev["error"] == 24 and sev["warning"] == 12, "finding counts")
check(dict(langs) == {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}, "language counts")
if fails:
    print("\nFAILED:")
    for f in fails:
        print(" -", f)
    sys.exit(1)
print("all checks passed")
