#!/usr/bin/env python3
"""Sanity checks for check-holdout-267. Run from anywhere:

    python3 benchmarks/data/check-holdout-267/verify.py

Checks counts, languages, file layout, page metadata, sizes, spans (verbatim in
digest.txt, absent from the source article), citation lines, .example domains,
and that `yoten parse` accepts every digest (skipped with a note if no yoten
executable is found).
"""
import collections, datetime, html, json, os, pathlib, re, shutil, subprocess, sys

sys.dont_write_bytecode = True
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


def yoten_exe():
    for c in (os.environ.get("YOTEN"), "/tmp/bcv267/bin/yoten", shutil.which("yoten")):
        if c and pathlib.Path(c).exists():
            return c
    return None


def main():
    specs = sorted((HERE / "specs").glob("*.txt"))
    cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    names = [s.stem for s in specs]
    if names != cases:
        bad("set", f"specs {names} != cases {cases}")
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    yexe = yoten_exe()
    parsed = 0
    for spec in specs:
        name = spec.stem
        meta, paras, findings = gen.parse(spec)
        d = HERE / "cases" / name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).exists():
                bad(name, f"missing {f}")
        src = (d / "source.html").read_text(encoding="utf-8")
        if src != gen.page(meta, paras):
            bad(name, "source.html out of date (run gen.py)")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        langs[meta["lang"]] += 1
        # page metadata
        for needle in ("<title>", 'property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                       'property="article:published_time"', '"@type": "NewsArticle"', "<nav>",
                       "cookie-banner", "<article>", "<footer>", 'class="related"'):
            if needle not in src:
                bad(name, f"source.html lacks {needle}")
        title = html.unescape(re.search(r"<title>(.*?)</title>", src).group(1))
        if title not in (f"{meta['title']} - {meta['outlet']}", f"{meta['title']} | {meta['outlet']}"):
            bad(name, f"title tag {title!r}")
        pub = datetime.datetime.fromisoformat(meta["published"])
        if pub.utcoffset() is None:
            bad(name, "published has no UTC offset")
        # sizes
        text = " ".join(paras)
        if meta["lang"] == "ja":
            n = len(re.sub(r"\s", "", text))
            if not 600 <= n <= 700:
                bad(name, f"source {n} chars (600-700)")
        else:
            n = len(text.split())
            if not 300 <= n <= 350:
                bad(name, f"source {n} words (300-350)")
        dn = len(re.sub(r"\s", "", digest))
        if not 950 <= dn <= 1400:
            bad(name, f"digest {dn} chars (950-1400)")
        # the post's own timestamp (JST, first line) must follow the source's publication
        mm = re.search(r"(\d{4})年(\d{2})月(\d{2})日 (\d{2}):(\d{2})\s*$", digest.split("\n", 1)[0])
        if not mm:
            bad(name, "headline line lacks a YYYY年MM月DD日 HH:MM timestamp")
        else:
            posted = datetime.datetime(*map(int, mm.groups()), tzinfo=datetime.timezone(datetime.timedelta(hours=9)))
            if posted <= pub:
                bad(name, "post timestamp precedes the source's publication")
        # house format markers
        for m in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
            if m not in digest:
                bad(name, f"digest lacks {m}")
        # citation
        lines = [l.strip() for l in digest.split("【引用・参照・底本】", 1)[1].splitlines() if l.strip()]
        gap = "  " if " " in meta["outlet"] else " "
        want = f"{meta['title']}{gap}{meta['outlet']} {pub.strftime('%Y.%m.%d')}"
        cite_findings = [f for f in findings if f["kind"] == "citation"]
        if lines[0] != want and not any(f["span"] in lines[0] for f in cite_findings):
            bad(name, f"citation line {lines[0]!r} != {want!r}")
        if lines[1] != meta["url"] and not any(f["span"] in lines[1] for f in cite_findings):
            bad(name, f"citation URL {lines[1]!r} != canonical")
        # domains
        for dom in re.findall(r"https?://([^/\s\"'?]+)", src + digest):
            if not dom.endswith(".example") and dom != "schema.org":
                bad(name, f"non-.example domain {dom}")
        # labels
        if exp != {"clean": name.startswith("clean-"), "findings": findings}:
            bad(name, "expected.json out of date (run gen.py)")
        if name.startswith("clean-"):
            n_clean += 1
            if exp["findings"]:
                bad(name, "clean case with findings")
        elif name.startswith("err-"):
            n_err += 1
            fs = exp["findings"]
            errs = [f for f in fs if f["severity"] == "error"]
            warns = [f for f in fs if f["severity"] == "warning"]
            if len(fs) != 3 or len(errs) != 2 or len(warns) != 1:
                bad(name, f"want 2 errors + 1 warning, got {len(errs)} + {len(warns)} of {len(fs)}")
            if any(f["kind"] != "mismatch" for f in errs):
                bad(name, "error finding not kind mismatch")
            if any(f["kind"] not in ("unsupported", "name", "spelling", "citation") for f in warns):
                bad(name, "warning kind outside unsupported/name/spelling/citation")
            if len({f["span"] for f in fs}) != 3:
                bad(name, "duplicate spans")
        else:
            bad(name, "name must start clean- or err-")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in digest:
                bad(name, f"span {f['span']!r} not verbatim in digest.txt")
            if f["kind"] != "citation" and f["span"] in text:
                bad(name, f"span {f['span']!r} also stands in the source article")
        # yoten parse
        if yexe:
            r = subprocess.run([yexe, "parse", str(d / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                bad(name, f"yoten parse rc={r.returncode}: {r.stderr.strip()[-300:]}")
            else:
                try:
                    pj = json.loads(r.stdout)
                    parsed += 1
                except ValueError:
                    bad(name, "yoten parse output is not JSON")
                else:
                    s0 = (pj.get("sources") or [{}])[0]
                    if (s0.get("title"), s0.get("outlet")) != (meta["title"], meta["outlet"]) and not cite_findings:
                        bad(name, f"yoten parse reads citation as {s0.get('title')!r} / {s0.get('outlet')!r}")
    if dict(langs) != WANT_LANG:
        bad("set", f"languages {dict(langs)} != {WANT_LANG}")
    if (n_clean, n_err) != (12, 12):
        bad("set", f"{n_clean} clean / {n_err} err, want 12 / 12")
    if sum(sev.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
        bad("set", f"severities {dict(sev)}")
    print(f"cases: {len(specs)} ({n_clean} clean, {n_err} err)")
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"planted findings: {sum(sev.values())} ({sev['error']} error, {sev['warning']} warning)")
    print("kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"yoten parse: {parsed}/{len(specs)} ok" if yexe else "yoten parse: skipped (no yoten executable)")
    if problems:
        print("FAIL")
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
