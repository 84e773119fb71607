#!/usr/bin/env python3
"""Checks the set: spans verbatim, labels, counts, sizes, languages, parse, source.html up to date.

Usage: python3 verify.py [path/to/yoten]   (default: yoten on PATH or /tmp/bcv421/bin/yoten)
"""
import collections, html, json, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems = []


def bad(msg):
    problems.append(msg)


def yoten_bin():
    if len(sys.argv) > 1:
        return sys.argv[1]
    return shutil.which("yoten") or "/tmp/bcv421/bin/yoten"


def main():
    yb = yoten_bin()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if [c.name for c in cases] != specs:
        bad("cases/ and specs/ differ")
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    rows = []
    for c in cases:
        name = c.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (c / f).is_file():
                bad(f"{name}: missing {f}")
        digest = (c / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        lang = meta["lang"]
        langs[lang] += 1
        # source.html up to date and well formed enough
        src = (c / "source.html").read_text(encoding="utf-8")
        if src != gen.build(name):
            bad(f"{name}: source.html is stale (run gen.py)")
        for needle in ('og:site_name', 'og:title', 'rel="canonical"', 'article:published_time',
                       '"NewsArticle"', "<article>", "<nav", "cookie-banner", "<footer>"):
            if needle not in src:
                bad(f"{name}: source.html lacks {needle}")
        if not re.search(r"[+-]\d\d:\d\d$", meta["published"]):
            bad(f"{name}: published has no UTC offset")
        if ".example/" not in meta["url"]:
            bad(f"{name}: url not under .example")
        # source size
        text = " ".join(paras)
        if lang == "ja":
            size = len("".join(text.split()))
            ok = 600 <= size <= 700
        else:
            size = len(text.split())
            ok = 300 <= size <= 350
        if not ok:
            bad(f"{name}: source size {size} out of range")
        # digest size and format
        dl = len(digest)
        if not 950 <= dl <= 1400:
            bad(f"{name}: digest {dl} chars out of 950-1400")
        for marker in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
            if marker not in digest:
                bad(f"{name}: digest lacks {marker}")
        # citation line: local date of the outlet
        local_date = meta["published"][:10].replace("-", ".")
        cite_ok = f'{meta["title"]} {meta["outlet"]} {local_date}' in digest and digest.rstrip().endswith(meta["url"])
        # expected.json
        f = exp.get("findings", [])
        if name.startswith("clean-"):
            n_clean += 1
            if exp.get("clean") is not True or f:
                bad(f"{name}: clean case must be clean with no findings")
            if not cite_ok:
                bad(f"{name}: clean citation is not title/outlet/local date/canonical url")
        elif name.startswith("err-"):
            n_err += 1
            if exp.get("clean") is not False:
                bad(f"{name}: err case must have clean=false")
            s = collections.Counter(x["severity"] for x in f)
            if len(f) != 3 or s["error"] != 2 or s["warning"] != 1:
                bad(f"{name}: need 2 error + 1 warning, got {dict(s)}")
            spans = [x["span"] for x in f]
            if len(set(spans)) != len(spans):
                bad(f"{name}: duplicate spans")
            for x in f:
                kinds[x["kind"]] += 1
                sev[x["severity"]] += 1
                cnt = digest.count(x["span"])
                if cnt == 0:
                    bad(f"{name}: span not verbatim: {x['span']!r}")
                elif cnt > 1:
                    bad(f"{name}: span occurs {cnt} times: {x['span']!r}")
                if x["severity"] == "error" and x["kind"] != "mismatch":
                    bad(f"{name}: error must be mismatch")
                if x["severity"] == "warning" and x["kind"] not in ("unsupported", "name", "spelling", "citation"):
                    bad(f"{name}: odd warning kind {x['kind']}")
                if x["kind"] == "citation":
                    pass
            if not any(x["kind"] == "citation" for x in f) and not cite_ok:
                bad(f"{name}: citation wrong but not labelled")
        else:
            bad(f"{name}: name must start clean- or err-")
        # parse
        r = subprocess.run([yb, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        parsed = "ok"
        if r.returncode != 0:
            bad(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
            parsed = "FAIL"
        else:
            d = json.loads(r.stdout)
            if not d.get("headline") or not d.get("details"):
                bad(f"{name}: parse result lacks headline/details")
        rows.append((name, lang, size, dl, len(f), parsed))
    for r in rows:
        print(f"{r[0]:34s} {r[1]}  source={r[2]:4d}  digest={r[3]:5d}  findings={r[4]}  parse={r[5]}")
    print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
    print("languages:", dict(sorted(langs.items())))
    print("planted by kind:", dict(sorted(kinds.items())))
    print("planted by severity:", dict(sorted(sev.items())))
    if n_clean != 12 or n_err != 12:
        bad("need 12 clean + 12 err")
    if dict(langs) != WANT_LANG:
        bad(f"languages {dict(langs)} != {WANT_LANG}")
    if sum(kinds.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
        bad("need 36 planted findings: 24 error + 12 warning")
    if not (kinds["unsupported"] in (3, 4, 5) and 2 <= kinds["name"] <= 3 and kinds["spelling"] == 2
            and 3 <= kinds["citation"] <= 4):
        bad(f"warning mix off: {dict(kinds)}")
    if problems:
        print("FAIL")
        for p in problems:
            print("  -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
