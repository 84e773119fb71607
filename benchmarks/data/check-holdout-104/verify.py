"""Sanity checks for check-holdout-104 (does not run the checker).

Usage: python verify.py [--yoten PATH]   (PATH defaults to `yoten` on PATH)
"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "glossary": "warning", "citation": "warning",
         "structure": "warning"}


def body_text(src):
    art = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    paras = re.findall(r"<p>(.*?)</p>", art, re.S)   # byline has a class, so it is skipped
    return "".join(html.unescape(p) for p in paras)


def main():
    yoten = "yoten"
    if "--yoten" in sys.argv:
        yoten = sys.argv[sys.argv.index("--yoten") + 1]
    problems, rows = [], []
    totals = collections.Counter()
    langs = collections.Counter()
    n_clean = n_err = 0
    for d in sorted((HERE / "cases").iterdir()):
        name = d.name
        src = (d / "source.html").read_text(encoding="utf-8")
        dig = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        # domains
        for u in re.findall(r"https?://([^/\"'\s<>?]+)", src + dig):
            if not u.endswith(".example") and u != "schema.org":
                problems.append(f"{name}: non-.example domain {u}")
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
        for tag in ("og:site_name", "og:title", "article:published_time"):
            if f'property="{tag}"' not in src:
                problems.append(f"{name}: missing {tag}")
        if '"@type": "NewsArticle"' not in src or "cookie" not in src.lower():
            problems.append(f"{name}: missing JSON-LD or cookie banner")
        # body length
        n = len(body_text(src))
        lo = 2000 if lang == "ja" else 1500
        if not lo <= n <= 3000:
            problems.append(f"{name}: body length {n} outside {lo}-3000")
        # labels
        f = exp["findings"]
        if exp["clean"] != name.startswith("clean-"):
            problems.append(f"{name}: clean flag disagrees with name")
        if exp["clean"]:
            n_clean += 1
            if f:
                problems.append(f"{name}: clean case with findings")
            cite_url = dig.strip().splitlines()[-1].strip()
            if cite_url != canon:
                problems.append(f"{name}: clean citation URL is not the canonical URL")
        else:
            n_err += 1
            if not 2 <= len(f) <= 3:
                problems.append(f"{name}: {len(f)} findings (want 2-3)")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for x in f:
            if x["span"] not in dig:
                problems.append(f"{name}: span not verbatim in digest: {x['span']!r}")
            if KINDS.get(x["kind"]) != x["severity"]:
                problems.append(f"{name}: kind/severity {x['kind']}/{x['severity']} off LABELS-v2")
            totals[(x["kind"], x["severity"])] += 1
        # parse
        r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        ok = r.returncode == 0
        if ok:
            parsed = json.loads(r.stdout)
            ok = bool(parsed.get("headline"))
        if not ok:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        rows.append(f"{name:45s} {lang}  body={n:5d}  findings={len(f)}  parse={'ok' if ok else 'FAIL'}")
    print("\n".join(rows))
    print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: "
          + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("planted findings: %d" % sum(totals.values()))
    for (k, s), v in sorted(totals.items()):
        print(f"  {k:12s} {s:8s} {v}")
    if problems:
        print("\nPROBLEMS:\n  " + "\n  ".join(problems))
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
