#!/usr/bin/env python3
"""Self-checks for check-holdout-69 (does not run the checker).

Run: python verify.py [--yoten PATH]   (default: yoten on PATH)
"""
import argparse, collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
KIND_SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning",
                 "spelling": "warning", "glossary": "warning", "citation": "warning",
                 "structure": "warning"}
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


def body_len(src):
    art = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    return sum(len(html.unescape(p)) for p in re.findall(r"<p>(.*?)</p>", art, re.S))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yoten", default="yoten")
    a = ap.parse_args()
    problems, totals, langs, n = [], collections.Counter(), collections.Counter(), collections.Counter()
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        src = (case / "source.html").read_text(encoding="utf-8")
        dig = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        # labels
        is_clean = name.startswith("clean-")
        if exp["clean"] != is_clean:
            problems.append(f"{name}: clean flag {exp['clean']} vs name")
        fs = exp["findings"]
        if is_clean and fs:
            problems.append(f"{name}: clean case with findings")
        if not is_clean and not 2 <= len(fs) <= 3:
            problems.append(f"{name}: {len(fs)} findings (want 2-3)")
        spans = [f["span"] for f in fs]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in fs:
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']!r}")
            if KIND_SEVERITY.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: kind/severity {f['kind']}/{f['severity']}")
            totals[(f["kind"], f["severity"])] += 1
        n["clean" if is_clean else "err"] += 1
        # domains
        for u in re.findall(r'https?://[^\s"<>]+', src + dig):
            host = re.match(r"https?://([^/?#]+)", u).group(1)
            if not host.endswith(".example") and host != "schema.org":
                problems.append(f"{name}: non-.example URL {u}")
        # page furniture
        for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                       '"NewsArticle"', "<nav>", "cookie-banner", "<footer>", "<article>"):
            if needle not in src:
                problems.append(f"{name}: source lacks {needle}")
        # body length
        bl = body_len(src)
        lo = 2000 if lang == "ja" else 1500
        if not lo <= bl <= 3000:
            problems.append(f"{name}: body length {bl} outside {lo}-3000")
        # citation: title, outlet, date in the outlet's own offset, canonical URL
        has_cit = any(f["kind"] == "citation" for f in fs)
        title, outlet = meta(src, "og:title"), meta(src, "og:site_name")
        pub = meta(src, "article:published_time")
        canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
        want = f"{title} {outlet} {pub[:4]}.{pub[5:7]}.{pub[8:10]}"
        cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cit = [l.strip() for l in cit if l.strip()]
        if not has_cit and (cit[0] != want or cit[1] != canon):
            problems.append(f"{name}: citation differs from source: {cit[:2]}")
        # parse
        r = subprocess.run([a.yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    print(f"cases: {sum(n.values())} (clean {n['clean']}, err {n['err']})")
    print("languages: " + ", ".join(f"{k} {langs[k]}" for k in WANT_LANG))
    if dict(langs) != WANT_LANG:
        problems.append(f"language mix {dict(langs)} != {WANT_LANG}")
    print(f"planted findings: {sum(totals.values())}")
    for (k, s), c in sorted(totals.items()):
        print(f"  {k:12s} {s:8s} {c}")
    sev = collections.Counter()
    for (k, s), c in totals.items():
        sev[s] += c
    print("by severity: " + ", ".join(f"{s} {c}" for s, c in sorted(sev.items())))
    print("yoten parse: all digests checked")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
