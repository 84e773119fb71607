"""Sanity checks for check-holdout-76 (does not run the checker).

Spans verbatim in digest.txt; clean cases have no findings; err cases 2-3;
all domains under .example; article body 1,500-3,000 chars (Japanese 2,000+);
`yoten parse` succeeds on every digest; totals by kind/severity.
"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"


def body_len(src):
    art = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    paras = re.findall(r"<p>(.*?)</p>", art, re.S)
    return sum(len(html.unescape(p)) for p in paras), re.search(r'<html lang="(\w+)"', src).group(1)


def main():
    problems, totals, n = [], collections.Counter(), collections.Counter()
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        src = (case / "source.html").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        clean = name.startswith("clean-")
        n["clean" if clean else "err"] += 1
        if exp["clean"] != clean:
            problems.append(f"{name}: clean flag")
        f = exp["findings"]
        if clean and f:
            problems.append(f"{name}: clean case has findings")
        if not clean and not 2 <= len(f) <= 3:
            problems.append(f"{name}: {len(f)} findings")
        for x in f:
            if x["span"] not in digest:
                problems.append(f"{name}: span not in digest: {x['span']}")
            totals[(x["kind"], x["severity"])] += 1
        for dom in set(re.findall(r"https?://([^/\"'\s?]+)", src + digest)):
            if not dom.endswith(".example") and dom != "schema.org":
                problems.append(f"{name}: domain {dom}")
        blen, lang = body_len(src)
        lo = 2000 if lang == "ja" else 1500
        if not lo <= blen <= 3000:
            problems.append(f"{name}: body {blen} chars ({lang})")
        r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        print(f"{name:32s} {lang}  body={blen:5d}  findings={len(f)}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
    print(f"\ncases: {sum(n.values())} ({n['clean']} clean, {n['err']} err)")
    print(f"planted findings: {sum(totals.values())}")
    for (k, s), c in sorted(totals.items()):
        print(f"  {k:12s} {s:8s} {c}")
    print("\nproblems:" if problems else "\nno problems")
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
