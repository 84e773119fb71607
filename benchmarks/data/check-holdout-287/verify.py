#!/usr/bin/env python3
"""Sanity checks for check-holdout-287. Exit status 1 on any failure.

Checks: 24 cases (12 clean, 12 err), sources match their specs, page metadata,
article sizes, digest sizes, expected.json shape and counts, every span stands
verbatim in digest.txt, `yoten parse` accepts every digest and its citation
agrees with the page (except where a citation finding is planted).
"""
import collections, html, json, os, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import read_spec  # noqa: E402

WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
LANGS_WANTED = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
fails = []


def fail(msg):
    fails.append(msg)


def find_yoten():
    for cand in (os.environ.get("YOTEN"), "/tmp/bcv287/bin/yoten", shutil.which("yoten")):
        if cand and pathlib.Path(cand).exists():
            return cand
    return None


def nonspace(s):
    return len(re.sub(r"\s", "", s))


def meta(page, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), page)
    return html.unescape(m.group(1)) if m else None


def main():
    yoten = find_yoten()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if [c.name for c in cases] != specs:
        fail("cases/ and specs/ differ")
    langs = collections.Counter()
    sev = collections.Counter()
    kinds = collections.Counter()
    n_clean = n_err = 0
    rows = []
    for case in cases:
        name = case.name
        m, paras = read_spec(HERE / "specs" / f"{name}.txt")
        langs[m["lang"]] += 1
        page = (case / "source.html").read_text(encoding="utf-8")
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        # page
        for needle in ("<article>", "og:site_name", "og:title", 'rel="canonical"',
                       "article:published_time", "NewsArticle", "cookie-banner", "<nav>",
                       'class="related"', "<footer>"):
            if needle not in page:
                fail(f"{name}: source.html lacks {needle}")
        art = re.search(r"<article>(.*)</article>", page, re.S).group(1)
        got = [html.unescape(p) for p in re.findall(r"\n      <p>(.*?)</p>", art)]
        if got != paras:
            fail(f"{name}: article paragraphs differ from spec")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", m["published"]):
            fail(f"{name}: published lacks a UTC offset")
        if ".example/" not in m["url"]:
            fail(f"{name}: url not under .example")
        # sizes
        body = " ".join(paras)
        size = nonspace(body) if m["lang"] == "ja" else len(body.split())
        lo, hi = (600, 700) if m["lang"] == "ja" else (300, 350)
        if not lo <= size <= hi:
            fail(f"{name}: source size {size} outside {lo}-{hi}")
        dsize = nonspace(digest)
        if not 950 <= dsize <= 1400:
            fail(f"{name}: digest size {dsize} outside 950-1400")
        # expected
        findings = exp["findings"]
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or findings:
                fail(f"{name}: clean case must have clean=true and no findings")
        else:
            n_err += 1
            if exp["clean"] is not False or len(findings) != 3:
                fail(f"{name}: err case must have clean=false and 3 findings")
            errs = [f for f in findings if f["severity"] == "error"]
            warns = [f for f in findings if f["severity"] == "warning"]
            if len(errs) != 2 or len(warns) != 1:
                fail(f"{name}: want 2 errors + 1 warning")
            if any(f["kind"] != "mismatch" for f in errs):
                fail(f"{name}: errors must be mismatch")
            if any(f["kind"] not in WARN_KINDS for f in warns):
                fail(f"{name}: bad warning kind")
        spans = [f["span"] for f in findings]
        if len(set(spans)) != len(spans):
            fail(f"{name}: duplicate spans")
        for f in findings:
            sev[f["severity"]] += 1
            kinds[f["kind"]] += 1
            if f["span"] not in digest:
                fail(f"{name}: span not in digest: {f['span']!r}")
        # yoten parse
        parsed = "skipped"
        if yoten:
            r = subprocess.run([yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                fail(f"{name}: yoten parse failed: {r.stderr[-300:]}")
                parsed = "FAIL"
            else:
                d = json.loads(r.stdout)
                src = d["sources"][0]
                cite_planted = any(f["kind"] == "citation" for f in findings)
                want = {"title": m["title"], "outlet": m["outlet"],
                        "date": m["published"][:10], "url": m["url"]}
                bad = [k for k in want if src.get(k) != want[k]]
                if bad and not cite_planted:
                    fail(f"{name}: citation differs from page in {bad}")
                if cite_planted and not bad:
                    fail(f"{name}: planted citation slip not visible to the parser")
                for sect in ("overview", "details", "key_points"):
                    if not d.get(sect):
                        fail(f"{name}: parsed digest lacks {sect}")
                parsed = "ok"
        rows.append((name, m["lang"], size, dsize, len(findings), parsed))
    if n_clean != 12 or n_err != 12:
        fail(f"want 12 clean + 12 err, got {n_clean} + {n_err}")
    if dict(langs) != LANGS_WANTED:
        fail(f"languages {dict(langs)} != {LANGS_WANTED}")
    if sum(sev.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
        fail(f"severities {dict(sev)}")
    print(f"{'case':32} lang  source  digest  findings  parse")
    for r in rows:
        print(f"{r[0]:32} {r[1]:4}  {r[2]:6}  {r[3]:6}  {r[4]:8}  {r[5]}")
    print(f"cases: {len(cases)} (clean {n_clean}, err {n_err}); languages: {dict(sorted(langs.items()))}")
    print(f"findings: {sum(sev.values())} (error {sev['error']}, warning {sev['warning']}); kinds: {dict(sorted(kinds.items()))}")
    print("yoten:", yoten or "not found (parse checks skipped)")
    if fails:
        print("\nFAILED:")
        for f in fails:
            print(" -", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
