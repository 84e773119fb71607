#!/usr/bin/env python3
"""Sanity checks for check-holdout-281 (no checker involved)."""
import json, pathlib, re, shutil, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = shutil.which("yoten") or "/tmp/bcv281/bin/yoten"
MARKERS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]
WARN = {"unsupported", "name", "spelling", "citation", "glossary", "structure"}
problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


class Text(HTMLParser):
    def __init__(self):
        super().__init__(); self.inart = 0; self.parts = []; self.meta = {}; self.title = ""; self._t = False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article": self.inart += 1
        if tag == "title": self._t = True
        if tag == "meta": self.meta[a.get("property") or a.get("name")] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical": self.meta["canonical"] = a.get("href")
    def handle_endtag(self, tag):
        if tag == "article": self.inart -= 1
        if tag == "title": self._t = False
    def handle_data(self, d):
        if self._t: self.title += d
        if self.inart: self.parts.append(d)


def main():
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    langs, n_clean, n_err, n_find, sev = {}, 0, 0, 0, {"error": 0, "warning": 0}
    for c in cases:
        name = c.name
        spec = HERE / "specs" / f"{name}.txt"
        if not spec.exists(): bad(name, "no spec")
        head, body = spec.read_text(encoding="utf-8").split("\n\n", 1)
        meta = dict(l.split(": ", 1) for l in head.splitlines())
        lang = meta["lang"]; langs[lang] = langs.get(lang, 0) + 1
        html = (c / "source.html").read_text(encoding="utf-8")
        p = Text(); p.feed(html)
        for k in ("og:site_name", "og:title", "canonical", "article:published_time"):
            if not p.meta.get(k): bad(name, f"source.html lacks {k}")
        if '"NewsArticle"' not in html or "cookie" not in html or "<nav>" not in html or "<footer>" not in html:
            bad(name, "source.html lacks JSON-LD/cookie/nav/footer")
        if not re.search(r"[+-]\d\d:\d\d$", p.meta.get("article:published_time", "")): bad(name, "no UTC offset")
        if ".example/" not in meta["url"]: bad(name, "url not .example")
        art = " ".join(p.parts)
        if lang == "ja":
            size = len(re.sub(r"\s", "", body)); lo, hi, unit = 600, 700, "chars"
        else:
            size = len(body.split()); lo, hi, unit = 300, 350, "words"
        if not lo <= size <= hi: bad(name, f"source {size} {unit}, want {lo}-{hi}")
        digest = (c / "digest.txt").read_text(encoding="utf-8")
        dsize = len(re.sub(r"\s", "", digest))
        if not 950 <= dsize <= 1400: bad(name, f"digest {dsize} non-space chars, want 950-1400")
        for m in MARKERS:
            if m not in digest: bad(name, f"digest lacks {m}")
        cite = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cite = [l.strip() for l in cite if l.strip()]
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        kinds = [f["kind"] for f in exp["findings"]]
        if "citation" not in kinds:
            want = f"{meta['title']} {meta['outlet']} {meta['published'][:10].replace('-', '.')}"
            if cite[0] != want: bad(name, f"citation line {cite[0]!r} != {want!r}")
            if cite[1] != meta["url"]: bad(name, "citation URL is not canonical")
        for f in exp["findings"]:
            if f["span"] not in digest: bad(name, f"span not in digest: {f['span']}")
            if (f["severity"] == "warning") != (f["kind"] in WARN): bad(name, f"severity/kind mismatch {f}")
            sev[f["severity"]] += 1
        if name.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}: bad(name, "clean case with findings")
        else:
            n_err += 1; n_find += len(exp["findings"])
            if exp["clean"] or len(exp["findings"]) != 3: bad(name, "err case needs 3 findings")
            if [f["severity"] for f in exp["findings"]].count("error") != 2: bad(name, "err case needs 2 errors + 1 warning")
        r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0: bad(name, f"yoten parse failed: {r.stderr.strip()[-200:]}")
        print(f"{name:40s} {lang}  source {size:4d} {unit:5s}  digest {dsize:4d}  findings {len(exp['findings'])}  parse rc={r.returncode}")
    print(f"\ncases {len(cases)} (clean {n_clean}, err {n_err}); planted findings {n_find} "
          f"(error {sev['error']}, warning {sev['warning']}); languages {dict(sorted(langs.items()))}")
    want = (len(cases), n_clean, n_err, n_find, sev["error"], sev["warning"], langs)
    if want != (24, 12, 12, 36, 24, 12, {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}):
        bad("set", f"counts {want}")
    if problems:
        print("\nPROBLEMS:"); print("\n".join(problems)); sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
