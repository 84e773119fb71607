#!/usr/bin/env python3
"""Sanity checks for check-holdout-341 (run from anywhere)."""
import collections, datetime, html, json, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems = []


def bad(msg):
    problems.append(msg)


def yoten():
    for cand in ("/tmp/bcv341/bin/yoten", shutil.which("yoten")):
        if cand and pathlib.Path(cand).exists():
            return cand
    return None


def article_text(src):
    m = re.search(r"<article>(.*?)</article>", src, re.S)
    paras = re.findall(r"<p>(.*?)</p>", m.group(1), re.S)
    return html.unescape(" ".join(paras))


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


def main():
    names = sorted(p.name for p in CASES.iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if names != specs:
        bad(f"cases {names} != specs {specs}")
    clean = [n for n in names if n.startswith("clean-")]
    err = [n for n in names if n.startswith("err-")]
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    y = yoten()
    for n in names:
        d = CASES / n
        src = (d / "source.html").read_text(encoding="utf-8")
        dig = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        # page furniture
        for need in ("og:site_name", "og:title", "article:published_time", 'rel="canonical"',
                     '"@type": "NewsArticle"', "<nav>", "cookie-banner", "<footer>", "related", "<article>"):
            if need not in src:
                bad(f"{n}: source.html lacks {need}")
        pub = meta(src, "article:published_time")
        if not re.search(r"[+-]\d\d:\d\d$", pub):
            bad(f"{n}: published_time without UTC offset")
        text = article_text(src)
        if lang == "ja":
            size = len("".join(text.split()))
            if not 600 <= size <= 700:
                bad(f"{n}: Japanese source {size} chars")
        else:
            size = len(text.split())
            if not 300 <= size <= 350:
                bad(f"{n}: source {size} words")
        dsize = len(dig)
        if not 950 <= dsize <= 1400:
            bad(f"{n}: digest {dsize} chars")
        for marker in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
            if marker not in dig:
                bad(f"{n}: digest lacks {marker}")
        # citation
        lines = [l.strip() for l in dig.split("【引用・参照・底本】")[1].splitlines() if l.strip()]
        cite, url = lines[0], lines[1]
        title, outlet = meta(src, "og:title"), meta(src, "og:site_name")
        date = datetime.datetime.fromisoformat(pub).strftime("%Y.%m.%d")
        good_cite = f"{title} {outlet} {date}"
        canon = re.search(r'<link rel="canonical" href="([^"]*)"', src).group(1)
        cite_ok = cite == good_cite and url == html.unescape(canon)
        spans = [f["span"] for f in exp["findings"]]
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if dig.count(f["span"]) < 1:
                bad(f"{n}: span not in digest: {f['span']}")
            if f["kind"] == "mismatch" and f["severity"] != "error":
                bad(f"{n}: mismatch not error")
            if f["kind"] in ("unsupported", "name", "spelling", "citation") and f["severity"] != "warning":
                bad(f"{n}: {f['kind']} not warning")
        if n.startswith("clean-"):
            if exp != {"clean": True, "findings": []}:
                bad(f"{n}: clean case has findings")
            if not cite_ok:
                bad(f"{n}: citation differs: {cite!r} / {url!r}")
        else:
            if exp["clean"] or len(exp["findings"]) != 3:
                bad(f"{n}: err case needs 3 findings")
            if sorted(f["severity"] for f in exp["findings"]) != ["error", "error", "warning"]:
                bad(f"{n}: err case needs 2 errors + 1 warning")
            has_cite = any(f["kind"] == "citation" for f in exp["findings"])
            if has_cite == cite_ok:
                bad(f"{n}: citation planted={has_cite} but citation ok={cite_ok}")
            if len(set(spans)) != 3:
                bad(f"{n}: duplicate spans")
        if y:
            r = subprocess.run([y, "parse", str(d / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                bad(f"{n}: yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            bad("yoten not found")
        print(f"{n:34s} {lang}  source {size:4d}{' chars' if lang == 'ja' else ' words'}  digest {dsize:4d} chars  findings {len(exp['findings'])}")
    if len(clean) != 12 or len(err) != 12:
        bad(f"clean {len(clean)} err {len(err)}")
    if dict(langs) != WANT_LANGS:
        bad(f"languages {dict(langs)}")
    total = sum(sev.values())
    print(f"cases {len(names)} (clean {len(clean)}, err {len(err)}); languages {dict(sorted(langs.items()))}")
    print(f"planted findings {total}: {dict(sorted(sev.items()))}; kinds {dict(sorted(kinds.items()))}")
    if total != 36 or sev["error"] != 24 or sev["warning"] != 12:
        bad("want 36 findings: 24 errors, 12 warnings")
    if problems:
        print("FAIL")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
