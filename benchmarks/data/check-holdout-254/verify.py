#!/usr/bin/env python3
"""Sanity checks for check-holdout-254 (no checker involved).

Checks: case counts and languages; the three files per case; source.html has the
required page furniture and regenerates identically from specs/; article sizes
(300-350 words, Japanese 600-700 characters); digest sizes (950-1,400
characters); expected.json shape (clean: no findings; err: 2 mismatch/error +
1 warning); every span stands verbatim in digest.txt; clean citations equal the
page's title, og:site_name, canonical URL and local publication date; and
`yoten parse` accepts every digest (skipped with a note if yoten is not found).
"""
import collections, datetime, html, json, os, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
errors = []


def fail(msg):
    errors.append(msg)


def find_yoten():
    for cand in (os.environ.get("YOTEN"), shutil.which("yoten"), "/tmp/bcv254/bin/yoten"):
        if cand and pathlib.Path(cand).exists():
            return cand
    return None


def main():
    yoten = find_yoten()
    specs = sorted((HERE / "specs").glob("*.txt"))
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    names = [c.name for c in cases]
    if sorted(s.stem for s in specs) != names:
        fail("specs and cases differ")
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    for case in cases:
        name = case.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (case / f).is_file():
                fail(f"{name}: missing {f}")
        meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        langs[meta["lang"]] += 1
        src = (case / "source.html").read_text(encoding="utf-8")
        if src != gen.render(meta, paras):
            fail(f"{name}: source.html differs from gen.py output (run gen.py)")
        for needle in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                       'property="article:published_time"', '"@type": "NewsArticle"',
                       "<nav", "cookie", 'class="related"', "<footer", "<article>"):
            if needle not in src:
                fail(f"{name}: source.html lacks {needle}")
        if not re.search(r"[+-]\d\d:\d\d$", meta["published"]):
            fail(f"{name}: published has no UTC offset")
        text = " ".join(paras)
        if meta["lang"] == "ja":
            size = len(re.sub(r"\s", "", text))
            ok = 600 <= size <= 700
            unit = "chars"
        else:
            size = len(text.split())
            ok = 300 <= size <= 350
            unit = "words"
        if not ok:
            fail(f"{name}: article {size} {unit}")
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        dsize = len(digest)
        if not 950 <= dsize <= 1400:
            fail(f"{name}: digest {dsize} chars")
        for marker in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
            if marker not in digest:
                fail(f"{name}: digest lacks {marker}")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        finds = exp["findings"]
        for fd in finds:
            if fd["span"] not in digest:
                fail(f"{name}: span not in digest: {fd['span']!r}")
            kinds[fd["kind"]] += 1
            sev[fd["severity"]] += 1
            if fd["severity"] == "error" and fd["kind"] != "mismatch":
                fail(f"{name}: error with kind {fd['kind']}")
            if fd["severity"] == "warning" and fd["kind"] not in WARN_KINDS:
                fail(f"{name}: warning with kind {fd['kind']}")
        if len({fd["span"] for fd in finds}) != len(finds):
            fail(f"{name}: duplicate spans")
        # citation built from the page
        pub = datetime.datetime.fromisoformat(meta["published"])
        cite = f"{html.unescape(meta['title'])} {meta['outlet']} {pub:%Y.%m.%d}"
        lines = [l.strip() for l in digest.split("【引用・参照・底本】")[1].splitlines() if l.strip()]
        citation_ok = lines[:2] == [cite, meta["url"]]
        if name.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}:
                fail(f"{name}: clean case must have no findings")
            if not citation_ok:
                fail(f"{name}: citation {lines[:2]} != {[cite, meta['url']]}")
        elif name.startswith("err-"):
            n_err += 1
            c = collections.Counter(fd["severity"] for fd in finds)
            if exp["clean"] is not False or len(finds) != 3 or c["error"] != 2 or c["warning"] != 1:
                fail(f"{name}: err case must have 2 errors + 1 warning, got {dict(c)}")
            has_cite_finding = any(fd["kind"] == "citation" for fd in finds)
            if citation_ok == has_cite_finding:
                fail(f"{name}: citation check disagrees with labels")
        else:
            fail(f"{name}: bad name")
        if yoten:
            r = subprocess.run([yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                fail(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
        print(f"{name:28s} {meta['lang']}  article {size:4d} {unit:5s}  digest {dsize:4d} chars  findings {len(finds)}")
    print()
    print(f"cases {len(cases)} (clean {n_clean}, err {n_err}); languages {dict(sorted(langs.items()))}")
    print(f"findings {sum(kinds.values())}: severity {dict(sorted(sev.items()))}; kinds {dict(sorted(kinds.items()))}")
    print("yoten parse:", "checked with " + yoten if yoten else "SKIPPED (yoten not found)")
    if (len(cases), n_clean, n_err) != (24, 12, 12):
        fail("expected 24 cases, 12 clean, 12 err")
    if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
        fail(f"language mix {dict(langs)}")
    if sev != collections.Counter({"error": 24, "warning": 12}):
        fail(f"severity totals {dict(sev)}")
    if errors:
        print("\nFAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
