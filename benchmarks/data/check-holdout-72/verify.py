"""Sanity checks for check-holdout-72 (no checker involved).

Usage: python verify.py [--yoten PATH]   (PATH: the yoten executable; default 'yoten')
"""
import collections, json, pathlib, re, subprocess, sys, html as H

HERE = pathlib.Path(__file__).parent
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning",
       "glossary": "warning", "citation": "warning", "structure": "warning"}


def body_len(src):
    art = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    paras = re.findall(r"<p>(.*?)</p>", art, re.S)
    return sum(len(H.unescape(p)) for p in paras)


def main():
    yoten = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"
    problems, kinds, langs = [], collections.Counter(), collections.Counter()
    n_clean = n_err = n_find = 0
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        src = (case / "source.html").read_text(encoding="utf-8")
        dig = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        for dom in [d for d in re.findall(r"https?://([^/\"\s?]+)", src + dig) if d != "schema.org"]:
            if not dom.endswith(".example"):
                problems.append(f"{name}: non-.example domain {dom}")
        n = body_len(src)
        lo = 2000 if lang == "ja" else 1500
        if not lo <= n <= 3000:
            problems.append(f"{name}: body length {n} outside {lo}-3000")
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
        for tag in ("og:site_name", "og:title", "article:published_time", "NewsArticle", "cookie", "<nav>", "<footer"):
            if tag not in src:
                problems.append(f"{name}: source lacks {tag}")
        if name.startswith("clean-"):
            n_clean += 1
            if not exp["clean"] or exp["findings"]:
                problems.append(f"{name}: clean case with findings")
            if canon not in dig.split("\n"):
                problems.append(f"{name}: canonical URL not cited as its own line")
        else:
            n_err += 1
            if exp["clean"] or not 2 <= len(exp["findings"]) <= 3:
                problems.append(f"{name}: err case needs 2-3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            n_find += 1
            kinds[(f["kind"], f["severity"])] += 1
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']!r}")
            if SEV.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: {f['kind']} labelled {f['severity']} (LABELS-v2 says {SEV.get(f['kind'])})")
        r = subprocess.run([yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        print(f"{name:38} {lang}  body={n:5}  findings={len(exp['findings'])}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
    print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
    print(f"planted findings: {n_find}")
    for (k, s), c in sorted(kinds.items()):
        print(f"  {k:12} {s:8} {c}")
    print("\nproblems:" if problems else "\nall checks passed")
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
