"""Sanity checks for check-holdout-53 (does not run the checker).

usage: python verify.py [--yoten PATH]
"""
import argparse, collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning",
         "glossary": "warning", "citation": "warning", "structure": "warning"}

def body_text(src):
    art = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    paras = re.findall(r"<p>(.*?)</p>", art, re.S)
    return "".join(html.unescape(p) for p in paras)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yoten", default="yoten")
    a = ap.parse_args()
    problems, tot, langs = [], collections.Counter(), collections.Counter()
    n_clean = n_err = 0
    for d in sorted((HERE / "cases").iterdir()):
        name = d.name
        src = (d / "source.html").read_text(encoding="utf-8")
        dig = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        # domains
        for host in re.findall(r"https?://([^/\"'\s<>?]+)", src + dig):
            if not host.endswith(".example") and host != "schema.org":
                problems.append(f"{name}: non-.example host {host}")
        for tag in ("og:site_name", "og:title", "article:published_time"):
            if tag not in src:
                problems.append(f"{name}: no {tag}")
        for needle in ('rel="canonical"', "application/ld+json", "NewsArticle", "<nav>", "cookie-banner", "<footer>", "<article>"):
            if needle not in src:
                problems.append(f"{name}: no {needle}")
        n = len(body_text(src))
        lo = 2000 if lang == "ja" else 1500
        if not lo <= n <= 3000:
            problems.append(f"{name}: body {n} chars")
        # labels
        is_clean = name.startswith("clean-")
        if exp["clean"] != is_clean:
            problems.append(f"{name}: clean flag {exp['clean']} vs name")
        f = exp["findings"]
        if is_clean:
            n_clean += 1
            if f:
                problems.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            if not 2 <= len(f) <= 3:
                problems.append(f"{name}: {len(f)} findings")
        spans = set()
        for x in f:
            if KINDS.get(x["kind"]) != x["severity"]:
                problems.append(f"{name}: {x['kind']} labelled {x['severity']}")
            if x["span"] not in dig:
                problems.append(f"{name}: span not in digest: {x['span']}")
            if x["span"] in spans:
                problems.append(f"{name}: duplicate span {x['span']}")
            spans.add(x["span"])
            tot[(x["kind"], x["severity"])] += 1
        # canonical URL in clean citations
        canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
        if is_clean and canon not in dig.split("【引用・参照・底本】")[1].split():
            problems.append(f"{name}: citation URL is not the canonical URL")
        # parse
        r = subprocess.run([a.yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        print(f"{name:34} {lang}  body={n:5d}  findings={len(f)}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
    print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
    print("planted findings:", sum(tot.values()))
    for (k, s), c in sorted(tot.items()):
        print(f"  {k:12} {s:8} {c}")
    print("problems:", len(problems))
    for p in problems:
        print("  " + p)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
