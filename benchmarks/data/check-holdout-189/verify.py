#!/usr/bin/env python3
"""Sanity checks for check-holdout-189.

Usage: python verify.py [path/to/yoten]
Checks: file set per case, expected.json shape, clean cases have no
findings, err cases have 3, every span occurs verbatim in digest.txt,
no error/warning label in clean cases, digest length 900-1600 characters
(non-whitespace, without the citation URL line), source article length,
citation line and canonical URL match the source (clean cases), every
digest parses with `yoten parse`, counts by language and kind."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "citation": "warning", "glossary": "warning",
         "structure": "warning", "date": "error"}

def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None

def main():
    problems = []
    langs = collections.Counter()
    lang_kind = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    outlets = set()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for c in cases:
        name = c.name
        files = sorted(p.name for p in c.iterdir())
        if files != ["digest.txt", "expected.json", "source.html"]:
            problems.append(f"{name}: files {files}")
            continue
        src = (c / "source.html").read_text(encoding="utf-8")
        dig = (c / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        lang_kind[(lang, "clean" if name.startswith("clean-") else "err")] += 1
        outlets.add(meta(src, "og:site_name"))
        for prop in ("og:site_name", "og:title", "article:published_time"):
            if not meta(src, prop):
                problems.append(f"{name}: missing {prop}")
        if '"@type": "NewsArticle"' not in src or 'rel="canonical"' not in src:
            problems.append(f"{name}: missing JSON-LD or canonical")
        art = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
        paras = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", art, re.S)]
        words = sum(len(p) for p in paras) // 2 if lang == "ja" else sum(len(p.split()) for p in paras)
        if not 300 <= words <= 650:
            problems.append(f"{name}: article length {words}")
        body = "\n".join(l for l in dig.splitlines() if not l.startswith("http"))
        n = len(re.sub(r"\s", "", body))
        if not 900 <= n <= 1600:
            problems.append(f"{name}: digest length {n}")
        clean = name.startswith("clean-")
        if exp.get("clean") is not clean:
            problems.append(f"{name}: clean flag {exp.get('clean')}")
        f = exp.get("findings", [])
        if clean and f:
            problems.append(f"{name}: clean case has findings")
        if not clean and len(f) != 3:
            problems.append(f"{name}: {len(f)} findings, want 3")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for x in f:
            if KINDS.get(x["kind"]) != x["severity"]:
                problems.append(f"{name}: kind/severity {x}")
            if x["span"] not in dig:
                problems.append(f"{name}: span not in digest: {x['span']!r}")
            kinds[x["kind"]] += 1
            sev[x["severity"]] += 1
        # citation: title, outlet, date in outlet's own zone, canonical URL
        lines = [l.strip() for l in dig.splitlines() if l.strip()]
        i = lines.index("【引用・参照・底本】")
        cite, url = lines[i + 1], lines[i + 2]
        want = f"{meta(src, 'og:title')} {meta(src, 'og:site_name')} {meta(src, 'article:published_time')[:10].replace('-', '.')}"
        canon = re.search(r'rel="canonical" href="([^"]*)"', src).group(1)
        cite_ok = cite == want and url == html.unescape(canon)
        cite_planted = any(x["kind"] == "citation" for x in f)
        if cite_ok == cite_planted:
            problems.append(f"{name}: citation ok={cite_ok} but planted={cite_planted}")
        r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            d = json.loads(r.stdout)
            if not d.get("details") and not d.get("detail"):
                pass
    print(f"cases: {len(cases)} ({sum(1 for c in cases if c.name.startswith('clean-'))} clean, "
          f"{sum(1 for c in cases if c.name.startswith('err-'))} err); outlets: {len(outlets)} distinct")
    print("languages:", dict(sorted(langs.items())))
    print("language x set:", {f"{l}/{k}": v for (l, k), v in sorted(lang_kind.items())})
    print("planted findings:", sum(kinds.values()), "by kind:", dict(sorted(kinds.items())),
          "by severity:", dict(sorted(sev.items())))
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("no problems")

if __name__ == "__main__":
    main()
