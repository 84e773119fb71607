#!/usr/bin/env python3
"""Sanity checks for check-holdout-272. Run: python3 verify.py"""
import collections, json, os, pathlib, re, shutil, subprocess, sys
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen

def yoten_bin():
    for c in (os.environ.get("YOTEN"), shutil.which("yoten"), "/tmp/bcv272/bin/yoten"):
        if c and pathlib.Path(c).exists():
            return c
    return None

def main():
    fails, langs, kinds, sev = [], collections.Counter(), collections.Counter(), collections.Counter()
    yb = yoten_bin()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if [c.name for c in cases] != specs:
        fails.append("specs and cases differ")
    n_clean = n_err = 0
    for c in cases:
        name = c.name
        m, paras = gen.parse(HERE / "specs" / f"{name}.txt")
        langs[m["lang"]] += 1
        html = (c / "source.html").read_text(encoding="utf-8")
        if html != gen.page(m, paras):
            fails.append(f"{name}: source.html out of date (run gen.py)")
        for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", '"NewsArticle"', "<nav>", "cookie-banner", "<article>", "<footer>", 'class="related"'):
            if needle not in html:
                fails.append(f"{name}: source.html lacks {needle}")
        for dom in re.findall(r"https?://([^/\"' ]+)", html):
            if not dom.endswith(".example") and dom != "schema.org":
                fails.append(f"{name}: non-.example domain {dom}")
        if m["lang"] == "ja":
            size = len(re.sub(r"\s", "", "".join(paras)))
            ok = 600 <= size <= 700
        else:
            size = sum(len(p.split()) for p in paras)
            ok = 300 <= size <= 350
        if not ok:
            fails.append(f"{name}: article size {size}")
        digest = (c / "digest.txt").read_text(encoding="utf-8")
        dl = len(digest)
        if not 950 <= dl <= 1400:
            fails.append(f"{name}: digest length {dl}")
        for mark in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
            if mark not in digest:
                fails.append(f"{name}: digest lacks {mark}")
        date = m["published"][:10].replace("-", ".")
        cite = f"{m['title']} {m['outlet']} {date}"
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        spans = [f["span"] for f in exp["findings"]]
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in digest:
                fails.append(f"{name}: span not in digest: {f['span']}")
        if len(set(spans)) != len(spans):
            fails.append(f"{name}: duplicate spans")
        if name.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}:
                fails.append(f"{name}: clean case with findings")
            if cite not in digest or m["url"] not in digest.splitlines():
                fails.append(f"{name}: citation line or canonical URL missing")
        elif name.startswith("err-"):
            n_err += 1
            s = collections.Counter(f["severity"] for f in exp["findings"])
            if exp["clean"] is not False or len(spans) != 3 or s != {"error": 2, "warning": 1}:
                fails.append(f"{name}: err case needs 2 errors + 1 warning, has {dict(s)}")
            for f in exp["findings"]:
                if f["severity"] == "error" and f["kind"] != "mismatch":
                    fails.append(f"{name}: error finding not mismatch")
        else:
            fails.append(f"{name}: bad case name")
        if yb:
            r = subprocess.run([yb, "parse", str(c / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                fails.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        print(f"{name:32s} {m['lang']}  article {size:4d}  digest {dl:4d}  findings {len(spans)}")
    if not yb:
        print("yoten not found: parse check skipped")
    total = sum(sev.values())
    print(f"cases {len(cases)} (clean {n_clean}, err {n_err}); findings {total}: {dict(sev)}; kinds {dict(kinds)}")
    print(f"languages {dict(langs)}")
    if (n_clean, n_err, total, sev["error"], sev["warning"]) != (12, 12, 36, 24, 12):
        fails.append("totals differ from 12/12/36/24/12")
    if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
        fails.append(f"language mix {dict(langs)}")
    for f in fails:
        print("FAIL", f)
    print("OK" if not fails else f"{len(fails)} failure(s)")
    return 1 if fails else 0

if __name__ == "__main__":
    sys.exit(main())
