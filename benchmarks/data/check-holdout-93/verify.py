"""Sanity checks for check-holdout-93 (does not run the checker).

Usage: python verify.py [--yoten PATH]   (PATH defaults to `yoten` on PATH)
"""
import argparse, collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "glossary": "warning", "citation": "warning",
         "structure": "warning"}


def body_text(src):
    art = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    paras = re.findall(r"<p>(.*?)</p>", art, re.S)
    return "".join(html.unescape(p) for p in paras)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yoten", default="yoten")
    args = ap.parse_args()
    problems, totals, langs = [], collections.Counter(), collections.Counter()
    n_clean = n_err = 0
    for d in sorted((HERE / "cases").iterdir()):
        name = d.name
        src = (d / "source.html").read_text(encoding="utf-8")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        # page furniture
        for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                       '"NewsArticle"', "<nav>", "cookie-banner", "<footer>", "<article>"):
            if needle not in src:
                problems.append(f"{name}: source lacks {needle}")
        if not re.search(r'published_time" content="[^"]+[+-]\d\d:\d\d"', src):
            problems.append(f"{name}: published_time without UTC offset")
        # domains
        for host in re.findall(r"https?://([^/\s\"'<>?]+)", src + digest):
            if not host.endswith(".example") and host != "schema.org":
                problems.append(f"{name}: non-.example host {host}")
        # body length
        n = len(body_text(src))
        lo = 2000 if lang == "ja" else 1500
        if not lo <= n <= 3000:
            problems.append(f"{name}: body {n} chars outside {lo}-3000")
        # labels
        f = exp["findings"]
        if exp["clean"] != name.startswith("clean-"):
            problems.append(f"{name}: clean flag does not match name")
        if exp["clean"]:
            n_clean += 1
            if f:
                problems.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            if not 2 <= len(f) <= 3:
                problems.append(f"{name}: {len(f)} findings (want 2-3)")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for x in f:
            if KINDS.get(x["kind"]) != x["severity"]:
                problems.append(f"{name}: {x['kind']}/{x['severity']} not per LABELS-v2")
            if x["span"] not in digest:
                problems.append(f"{name}: span not verbatim: {x['span']!r}")
            totals[(x["kind"], x["severity"])] += 1
        # parse
        r = subprocess.run([args.yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            parsed = json.loads(r.stdout)
            s = parsed["sources"][0]
            outlet = html.unescape(re.search(r'og:site_name" content="([^"]+)"', src).group(1))
            if s["outlet"] != outlet:
                problems.append(f"{name}: parsed outlet {s['outlet']!r} != {outlet!r}")
        print(f"{name:32} {lang}  body={n:5}  findings={len(f)}")
    print()
    print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
    print("planted findings by kind/severity:")
    for (k, s), c in sorted(totals.items()):
        print(f"  {k:12} {s:8} {c}")
    print(f"  total {sum(totals.values())}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
