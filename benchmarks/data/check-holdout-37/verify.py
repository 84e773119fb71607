"""Sanity checks for check-holdout-37 (no checker involved).

Run from anywhere: python verify.py [--yoten PATH]. Checks spans verbatim in the
digest, clean cases without findings, err cases with 2-3 findings, .example
domains only, article body length, `yoten parse` on every digest, and totals.
"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning",
       "glossary": "warning", "citation": "warning", "structure": "warning"}


def body_len(page):
    body = re.search(r'<div class="article-body">(.*?)</div>', page, re.S).group(1)
    return len(re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", body))).strip())


def main():
    problems, kinds, langs = [], collections.Counter(), collections.Counter()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for case in cases:
        n = case.name
        page = (case / "source.html").read_text(encoding="utf-8")
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', page).group(1)
        langs[lang] += 1
        f = exp["findings"]
        if n.startswith("clean-") and (not exp["clean"] or f):
            problems.append(f"{n}: clean case with findings")
        if n.startswith("err-") and (exp["clean"] or not 2 <= len(f) <= 3):
            problems.append(f"{n}: err case needs 2-3 findings, has {len(f)}")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            problems.append(f"{n}: duplicate span")
        for x in f:
            if x["span"] not in digest:
                problems.append(f"{n}: span not verbatim: {x['span']}")
            if SEV.get(x["kind"]) != x["severity"]:
                problems.append(f"{n}: {x['kind']} labelled {x['severity']}")
            kinds[(x["kind"], x["severity"])] += 1
        for host in re.findall(r"https?://([^/\"'\s?]+)", page + digest):
            if not host.endswith(".example") and host not in ("schema.org",):
                problems.append(f"{n}: non-.example host {host}")
        bl = body_len(page)
        lo = 2000 if lang == "ja" else 1500
        if not lo <= bl <= 3000:
            problems.append(f"{n}: body length {bl} outside {lo}-3000")
        r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{n}: yoten parse failed: {r.stderr.strip()[-200:]}")
        else:
            d = json.loads(r.stdout)
            if not d.get("sources") or not all(s.get("url") and s.get("outlet") and s.get("date") for s in d["sources"]):
                problems.append(f"{n}: citation not parsed (title, outlet, date, url)")
        print(f"{n:32s} {lang}  body={bl:5d}  findings={len(f)}")
    clean = sum(1 for c in cases if c.name.startswith("clean-"))
    print(f"\ncases: {len(cases)} ({clean} clean, {len(cases) - clean} err)")
    print("languages:", dict(sorted(langs.items())))
    print("findings by kind/severity:", {f"{k}/{s}": v for (k, s), v in sorted(kinds.items())},
          "total", sum(kinds.values()))
    print("problems:", len(problems))
    for p in problems:
        print("  ", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
