#!/usr/bin/env python3
"""Sanity checks for check-holdout-261 (does not run the checker)."""
import html, json, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"
YOTEN = shutil.which("yoten") or "/tmp/bcv261/bin/yoten"
problems = []


def article_text(src):
    m = re.search(r"<article>(.*?)</article>", src, re.S)
    paras = re.findall(r"<p>(.*?)</p>", m.group(1), re.S)
    return [html.unescape(p) for p in paras]


def main():
    names = sorted(p.name for p in CASES.iterdir() if p.is_dir())
    clean = [n for n in names if n.startswith("clean-")]
    err = [n for n in names if n.startswith("err-")]
    langs, n_err, n_warn = {}, 0, 0
    for n in names:
        d = CASES / n
        src = (d / "source.html").read_text(encoding="utf-8")
        dg = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] = langs.get(lang, 0) + 1
        for need in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                     '"NewsArticle"', "<nav", "cookie", 'class="related"', "<footer", "<article>"):
            if need not in src:
                problems.append(f"{n}: source lacks {need}")
        pub = re.search(r'article:published_time" content="([^"]+)"', src).group(1)
        if not re.search(r"[+-]\d\d:\d\d$", pub):
            problems.append(f"{n}: published_time without UTC offset")
        for dom in re.findall(r"https?://([^/\"\s]+)", src + dg):
            if not dom.endswith(".example") and dom != "schema.org":
                problems.append(f"{n}: non-.example domain {dom}")
        paras = article_text(src)
        if lang == "ja":
            size = len("".join("".join(paras).split()))
            lo, hi, unit = 600, 700, "chars"
        else:
            size = len(" ".join(paras).split())
            lo, hi, unit = 300, 350, "words"
        if not lo <= size <= hi:
            problems.append(f"{n}: source {size} {unit}, want {lo}-{hi}")
        dsize = len("".join(dg.split()))
        if not 950 <= dsize <= 1400:
            problems.append(f"{n}: digest {dsize} chars, want 950-1400")
        for sec in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
            if dg.count(sec) != 1:
                problems.append(f"{n}: section {sec} count {dg.count(sec)}")
        f = exp["findings"]
        if n.startswith("clean-"):
            if exp["clean"] is not True or f:
                problems.append(f"{n}: clean case with findings")
        else:
            errs = [x for x in f if x["severity"] == "error"]
            warns = [x for x in f if x["severity"] == "warning"]
            if exp["clean"] is not False or len(f) != 3 or len(errs) != 2 or len(warns) != 1:
                problems.append(f"{n}: want 2 errors + 1 warning, got {f}")
            if any(x["kind"] != "mismatch" for x in errs):
                problems.append(f"{n}: error kind not mismatch")
            if any(x["kind"] not in ("unsupported", "name", "spelling", "citation") for x in warns):
                problems.append(f"{n}: odd warning kind")
            n_err += len(errs)
            n_warn += len(warns)
            if len({x["span"] for x in f}) != len(f):
                problems.append(f"{n}: duplicate spans")
        for x in f:
            if x["span"] not in dg:
                problems.append(f"{n}: span not verbatim: {x['span']}")
        if pathlib.Path(YOTEN).exists():
            r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                problems.append(f"{n}: yoten parse rc={r.returncode}: {(r.stderr or r.stdout)[-300:]}")
            parse = "ok" if r.returncode == 0 else "FAIL"
        else:
            parse = "skipped (no yoten)"
        print(f"{n:34s} {lang}  source {size:4d} {unit:5s}  digest {dsize:4d} chars  findings {len(f)}  parse {parse}")
    print(f"cases {len(names)}: clean {len(clean)}, err {len(err)}; planted {n_err + n_warn} "
          f"(errors {n_err}, warnings {n_warn}); languages {dict(sorted(langs.items()))}")
    if len(clean) != 12 or len(err) != 12 or n_err != 24 or n_warn != 12:
        problems.append("counts off")
    if langs != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
        problems.append(f"language mix off: {langs}")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
