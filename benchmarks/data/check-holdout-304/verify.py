"""Sanity checks for check-holdout-304. Run: python3 benchmarks/data/check-holdout-304/verify.py"""
import collections, json, pathlib, re, shutil, subprocess, sys
HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))
from gen import parse  # noqa: E402

YOTEN = shutil.which("yoten") or "/tmp/bcv304/bin/yoten"
fails, rows = [], []
langs, kinds, sev = collections.Counter(), collections.Counter(), collections.Counter()
specs = sorted((HERE / "specs").glob("*.txt"))
for p in specs:
    name = p.stem
    d = HERE / "cases" / name
    meta, paras = parse(p)
    langs[meta["lang"]] += 1
    text = " ".join(paras)
    size = len(re.sub(r"\s", "", text)) if meta["lang"] == "ja" else len(text.split())
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi:
        fails.append(f"{name}: source size {size} outside {lo}-{hi}")
    html = (d / "source.html").read_text(encoding="utf-8")
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "<article>", "<nav>", "cookie", "related", "<footer>"):
        if needle not in html:
            fails.append(f"{name}: source.html lacks {needle}")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    dlen = len(dig)
    if not 950 <= dlen <= 1400:
        fails.append(f"{name}: digest {dlen} chars outside 950-1400")
    for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if m not in dig:
            fails.append(f"{name}: digest lacks {m}")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    cite_date = meta["published"][:10].replace("-", ".")
    if name.startswith("clean-"):
        if not exp["clean"] or exp["findings"]:
            fails.append(f"{name}: clean case has findings")
        if f'{meta["title"]} {meta["outlet"]} {cite_date}' not in dig or "\n" + meta["url"] + "\n" not in dig + "\n":
            fails.append(f"{name}: citation line or URL differs from the source")
    else:
        f = exp["findings"]
        e = sum(x["severity"] == "error" for x in f)
        w = sum(x["severity"] == "warning" for x in f)
        if exp["clean"] or len(f) != 3 or e != 2 or w != 1:
            fails.append(f"{name}: expected 2 errors + 1 warning, got {e}+{w}")
        for x in f:
            kinds[x["kind"]] += 1
            sev[x["severity"]] += 1
            if x["span"] not in dig:
                fails.append(f"{name}: span not verbatim in digest: {x['span']}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    ok = r.returncode == 0
    if ok:
        try:
            json.loads(r.stdout)
        except ValueError:
            ok = False
    if not ok:
        fails.append(f"{name}: yoten parse failed: {r.stderr[-300:]}")
    rows.append(f"{name:32} {meta['lang']}  src {size:4}  digest {dlen:4}  parse {'ok' if ok else 'FAIL'}")

clean = sum(p.stem.startswith("clean-") for p in specs)
print("\n".join(rows))
print(f"cases {len(specs)} (clean {clean}, err {len(specs) - clean})")
print("languages", dict(sorted(langs.items())))
print("planted findings", sum(sev.values()), dict(sev), dict(sorted(kinds.items())))
want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if len(specs) != 24 or clean != 12 or dict(langs) != want or sum(sev.values()) != 36:
    fails.append("counts differ from the brief")
for x in fails:
    print("FAIL", x)
print("OK" if not fails else f"{len(fails)} failures")
sys.exit(1 if fails else 0)
