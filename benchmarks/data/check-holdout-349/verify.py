#!/usr/bin/env python3
"""Sanity checks for check-holdout-349 (no checker involved)."""
import json, pathlib, re, shutil, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems = []

def bad(case, msg):
    problems.append(f"{case}: {msg}")

def yoten_bin():
    for c in ("/tmp/bcv349/bin/yoten", shutil.which("yoten")):
        if c and pathlib.Path(c).exists():
            return c
    return None

class Text(HTMLParser):
    def __init__(self):
        super().__init__(); self.depth = 0; self.paras = []; self.inp = False
    def handle_starttag(self, tag, attrs):
        if tag == "article": self.depth += 1
        if tag == "p" and self.depth and not dict(attrs).get("class"): self.inp = True; self.paras.append("")
    def handle_endtag(self, tag):
        if tag == "article": self.depth -= 1
        if tag == "p": self.inp = False
    def handle_data(self, d):
        if self.inp: self.paras[-1] += d

def meta(html, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), html)
    return m.group(1) if m else None

def main():
    yb = yoten_bin()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    langs, sizes = {}, []
    n_err = n_warn = 0
    kinds = {}
    for d in cases:
        name = d.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).exists(): bad(name, f"missing {f}")
        if not (HERE / "specs" / f"{name}.txt").exists(): bad(name, "missing spec")
        html = (d / "source.html").read_text(encoding="utf-8")
        dig = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', html).group(1)
        langs[lang] = langs.get(lang, 0) + 1
        # page furniture
        for needle in ('og:site_name', 'og:title', 'rel="canonical"', 'article:published_time', '"NewsArticle"',
                       '<nav>', 'cookie-banner', 'class="related"', '<footer>', '<article>'):
            if needle not in html: bad(name, f"source.html lacks {needle}")
        site, title = meta(html, "og:site_name"), meta(html, "og:title")
        t = re.search(r"<title>(.*?)</title>", html).group(1)
        import html as H
        if H.unescape(t) not in (H.unescape(title) + s + H.unescape(site) for s in (" - ", " | ", "｜")):
            bad(name, "title is not 'Headline - Outlet'")
        pub = meta(html, "article:published_time")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", pub or ""): bad(name, "published_time without offset")
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
        # article size
        p = Text(); p.feed(html)
        body = "\n".join(p.paras)
        if lang == "ja":
            size = len(re.sub(r"\s", "", body)); lo, hi = 600, 700
        else:
            size = len(re.findall(r"\S+", body)); lo, hi = 300, 350
        if not lo <= size <= hi: bad(name, f"article size {size} outside {lo}-{hi}")
        # digest size: characters of the whole post, whitespace and line breaks not counted
        dsize = len(re.sub(r"\s", "", dig))
        if not 950 <= dsize <= 1400: bad(name, f"digest size {dsize} outside 950-1400")
        sizes.append((name, lang, size, dsize))
        # citation
        cit = [l.strip() for l in dig.split("【引用・参照・底本】")[1].splitlines() if l.strip()]
        # expected
        clean = name.startswith("clean-")
        if exp.get("clean") is not clean: bad(name, "clean flag does not match the name")
        f = exp.get("findings", [])
        if clean:
            if f: bad(name, "clean case with findings")
            dpub = pub[:10].replace("-", ".")
            if not cit[0].endswith(dpub): bad(name, f"citation date is not {dpub}")
            if H.unescape(site) not in cit[0]: bad(name, "citation lacks outlet")
            if cit[1] != canon: bad(name, "citation URL is not canonical")
        else:
            if len(f) != 3: bad(name, f"{len(f)} findings, want 3")
            e = [x for x in f if x["severity"] == "error"]; w = [x for x in f if x["severity"] == "warning"]
            if len(e) != 2 or any(x["kind"] != "mismatch" for x in e): bad(name, "want 2 mismatch errors")
            if len(w) != 1 or w[0]["kind"] not in WARN_KINDS: bad(name, "want 1 warning of an allowed kind")
            n_err += len(e); n_warn += len(w)
            spans = [x["span"] for x in f]
            if len(set(spans)) != len(spans): bad(name, "duplicate spans")
            for x in f:
                kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
                if x["span"] not in dig: bad(name, f"span not verbatim: {x['span']}")
        # yoten parse
        if yb:
            r = subprocess.run([yb, "parse", str(d / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0: bad(name, f"yoten parse failed: {r.stderr[-200:]}")
            else:
                j = json.loads(r.stdout)
                if not j.get("sources") or not j.get("details", {}).get("topics"): bad(name, "parsed digest lacks sources/topics")
        else:
            bad(name, "yoten not found")
    nclean = sum(1 for d in cases if d.name.startswith("clean-")); nerr = len(cases) - nclean
    for name, lang, a, b in sizes:
        print(f"{name:34s} {lang}  article {a:4d}  digest {b:4d}")
    print(f"cases {len(cases)} (clean {nclean}, err {nerr}); languages {dict(sorted(langs.items()))}")
    print(f"planted findings {n_err + n_warn}: errors {n_err}, warnings {n_warn}; kinds {dict(sorted(kinds.items()))}")
    if (len(cases), nclean, nerr, n_err, n_warn) != (24, 12, 12, 24, 12): problems.append("totals differ from 24/12/12/24/12")
    if langs != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}: problems.append(f"language mix {langs}")
    if problems:
        print("FAIL"); print("\n".join(problems)); sys.exit(1)
    print("OK: all checks passed")

if __name__ == "__main__":
    main()
