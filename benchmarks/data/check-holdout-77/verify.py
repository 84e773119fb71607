"""Sanity checks for check-holdout-77 (no checker involved).

Usage: python verify.py [path/to/yoten]
"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"


def body_len(page, lang):
    art = re.search(r"<article>(.*?)</article>", page, re.S).group(1)
    paras = re.findall(r"<p>(.*?)</p>", art, re.S)
    return sum(len(html.unescape(p)) for p in paras)


def main():
    problems, kinds, langs = [], collections.Counter(), collections.Counter()
    n_clean = n_err = 0
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        page = (case / "source.html").read_text(encoding="utf-8")
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', page).group(1)
        langs[lang] += 1
        n = body_len(page, lang)
        lo = 2000 if lang == "ja" else 1500
        if not lo <= n <= 3000:
            problems.append(f"{name}: body {n} chars")
        for url in re.findall(r'https?://([^/"\s?]+)', page + digest):
            if not url.endswith(".example") and url != "schema.org":  # JSON-LD vocabulary
                problems.append(f"{name}: non-.example domain {url}")
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', page).group(1)
        if canon not in digest:
            problems.append(f"{name}: canonical URL not in digest")
        if name.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}:
                problems.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            f = exp["findings"]
            if exp["clean"] or not 2 <= len(f) <= 3:
                problems.append(f"{name}: err case with {len(f)} findings")
            spans = [x["span"] for x in f]
            if len(set(spans)) != len(spans):
                problems.append(f"{name}: duplicate spans")
            for x in f:
                kinds[(x["kind"], x["severity"])] += 1
                if x["span"] not in digest:
                    problems.append(f"{name}: span not verbatim: {x['span']}")
                ok = {"mismatch": "error", "unsupported": "warning", "name": "warning",
                      "spelling": "warning", "citation": "warning", "glossary": "warning",
                      "structure": "warning"}
                if ok.get(x["kind"]) != x["severity"]:
                    problems.append(f"{name}: {x['kind']} labelled {x['severity']}")
        r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        print(f"{name:34} {lang}  body={n:5}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
    print(f"\ncases: {n_clean} clean, {n_err} err; languages: {dict(sorted(langs.items()))}")
    print("planted findings by kind/severity:")
    for (k, s), c in sorted(kinds.items()):
        print(f"  {k:12} {s:8} {c}")
    print(f"  total {sum(kinds.values())}")
    print("problems:" if problems else "problems: none")
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
