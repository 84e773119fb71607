#!/usr/bin/env python3
"""Sanity checks for check-holdout-245.

Run: python3 verify.py [--yoten PATH]   (default: yoten on PATH, else /tmp/bcv245/bin/yoten)
"""
import collections, json, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "citation": "warning", "glossary": "warning", "structure": "warning"}


def main():
    yoten = shutil.which("yoten") or "/tmp/bcv245/bin/yoten"
    if "--yoten" in sys.argv:
        yoten = sys.argv[sys.argv.index("--yoten") + 1]
    problems = []
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    urls = {}
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        src = case / "source.html"
        dig = case / "digest.txt"
        exp = case / "expected.json"
        for f in (src, dig, exp):
            if not f.exists():
                problems.append(f"{name}: missing {f.name}")
        spec = HERE / "specs" / f"{name}.txt"
        if not spec.exists():
            problems.append(f"{name}: missing spec")
            continue
        head, body = spec.read_text(encoding="utf-8").split("\n---\n", 1)
        meta = dict(l.split(":", 1) for l in head.splitlines() if l.strip())
        meta = {k.strip(): v.strip() for k, v in meta.items()}
        lang = meta["lang"]
        langs[lang] += 1
        url = meta["url"]
        if url in urls:
            problems.append(f"{name}: source URL reused from {urls[url]}")
        urls[url] = name
        host = re.match(r"https://([^/]+)/", url).group(1)
        if not host.endswith(".example"):
            problems.append(f"{name}: domain not .example")
        paras = [p for p in body.strip().split("\n\n") if p.strip()]
        size = sum(len(p) for p in paras) if lang == "ja" else sum(len(p.split()) for p in paras)
        lo, hi = (600, 1300) if lang == "ja" else (300, 650)
        if not lo <= size <= hi:
            problems.append(f"{name}: article text size {size} outside {lo}-{hi}")
        html = src.read_text(encoding="utf-8")
        for needle in ("<title>", 'og:site_name', 'og:title', 'rel="canonical"', 'article:published_time',
                       '"NewsArticle"', "<nav>", "cookie-banner", "<article>", "<footer>", 'class="related"'):
            if needle not in html:
                problems.append(f"{name}: source.html lacks {needle}")
        text = dig.read_text(encoding="utf-8")
        nchar = len(text)
        if not 900 <= nchar <= 1600:
            problems.append(f"{name}: digest length {nchar} outside 900-1600")
        pub = meta["published"][:10].replace("-", ".")
        cite = text.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        e = json.loads(exp.read_text(encoding="utf-8"))
        if name.startswith("clean-"):
            n_clean += 1
            if e != {"clean": True, "findings": []}:
                problems.append(f"{name}: clean case with findings")
            if cite[0] != f"{meta['title']} {meta['outlet']} {pub}":
                problems.append(f"{name}: citation line differs from title/outlet/date")
            if cite[-1].strip() != url:
                problems.append(f"{name}: citation URL is not the canonical URL")
        elif name.startswith("err-"):
            n_err += 1
            if e.get("clean") is not False or len(e.get("findings", [])) != 3:
                problems.append(f"{name}: err case needs clean=false and 3 findings")
            spans = set()
            for f in e["findings"]:
                kinds[f["kind"]] += 1
                sev[f["severity"]] += 1
                if KINDS.get(f["kind"]) != f["severity"]:
                    problems.append(f"{name}: kind {f['kind']} with severity {f['severity']}")
                if f["span"] not in text:
                    problems.append(f"{name}: span not in digest: {f['span']!r}")
                elif text.count(f["span"]) > 1:
                    problems.append(f"{name}: span occurs {text.count(f['span'])} times: {f['span']!r}")
                if f["span"] in spans:
                    problems.append(f"{name}: duplicate span {f['span']!r}")
                spans.add(f["span"])
        else:
            problems.append(f"{name}: name must start with clean- or err-")
        r = subprocess.run([yoten, "parse", str(dig)], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            d = json.loads(r.stdout)
            for key in ("overview", "details", "key_points", "sources"):
                if not d.get(key):
                    problems.append(f"{name}: parsed digest lacks {key}")
        print(f"{name:34s} {lang}  source {size:4d} {'chars' if lang == 'ja' else 'words'}  digest {nchar:4d} chars")
    print()
    print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
    print("languages:", dict(sorted(langs.items())))
    print("planted findings:", sum(kinds.values()), "by kind:", dict(sorted(kinds.items())),
          "by severity:", dict(sorted(sev.items())))
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print(" -", p)
        return 1
    print("\nno problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
