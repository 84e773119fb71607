"""Sanity checks for check-holdout-86 (does not run the checker).

Usage: python verify.py [--yoten PATH]
"""
import argparse, collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent


def body_text(src):
    m = re.search(r"<article>(.*?)</article>", src, re.S)
    paras = re.findall(r"<p>(.*?)</p>", m.group(1), re.S)
    return "".join(html.unescape(p) for p in paras)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yoten", default="yoten")
    a = ap.parse_args()
    problems, kinds, langs = [], collections.Counter(), collections.Counter()
    n_clean = n_err = 0
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        src = (case / "source.html").read_text(encoding="utf-8")
        dig = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        # body length
        n = len(body_text(src))
        lo = 2000 if lang == "ja" else 1500
        if not lo <= n <= 3000:
            problems.append(f"{name}: body {n} chars")
        # domains
        for d in re.findall(r"https?://([^/\"'\s?]+)", src + dig):
            if not d.endswith(".example") and d != "schema.org":
                problems.append(f"{name}: non-.example domain {d}")
        # metadata
        for pat in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                    'property="article:published_time"', '"@type": "NewsArticle"', "cookie", "<footer", "<nav"):
            if pat not in src:
                problems.append(f"{name}: missing {pat}")
        # labels
        if exp["clean"]:
            n_clean += 1
            if exp["findings"] or not name.startswith("clean-"):
                problems.append(f"{name}: clean case with findings or wrong name")
        else:
            n_err += 1
            if not 2 <= len(exp["findings"]) <= 3 or not name.startswith("err-"):
                problems.append(f"{name}: err case with {len(exp['findings'])} findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            kinds[(f["kind"], f["severity"])] += 1
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']}")
            sev = {"mismatch": "error"}.get(f["kind"], "warning")
            if f["severity"] != sev:
                problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
        # parse
        r = subprocess.run([a.yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        else:
            j = json.loads(r.stdout)
            if not j:
                problems.append(f"{name}: yoten parse gave empty output")
    print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"planted findings: {sum(kinds.values())}")
    for (k, s), v in sorted(kinds.items()):
        print(f"  {k:12s} {s:8s} {v}")
    print("yoten parse: run on every digest")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
