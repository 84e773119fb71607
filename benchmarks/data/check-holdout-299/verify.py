#!/usr/bin/env python3
"""Sanity checks for check-holdout-299. Exit 1 on any failure."""
import collections, json, pathlib, re, shutil, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
fail = []


def err(msg):
    fail.append(msg)
    print("FAIL", msg)


class Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.inart = 0
        self.paras = []
        self.cur = None

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.inart += 1
        if tag == "p" and self.inart:
            self.cur = []

    def handle_endtag(self, tag):
        if tag == "article":
            self.inart -= 1
        if tag == "p" and self.cur is not None:
            self.paras.append("".join(self.cur))
            self.cur = None

    def handle_data(self, d):
        if self.cur is not None:
            self.cur.append(d)


def yoten():
    for c in (shutil.which("yoten"), "/tmp/bcv299/bin/yoten"):
        if c and pathlib.Path(c).exists():
            return c
    return None


def main():
    yt = yoten()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    nclean = nerr = 0
    for c in cases:
        name = c.name
        spec = HERE / "specs" / f"{name}.txt"
        if not spec.exists():
            err(f"{name}: no spec")
        src = (c / "source.html").read_text(encoding="utf-8")
        dig = (c / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        for need in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                     '"NewsArticle"', "<nav>", "cookie", 'class="related"', "<footer", "<article>"):
            if need not in src:
                err(f"{name}: source.html lacks {need}")
        p = Text()
        p.feed(src)
        body = " ".join(p.paras)
        if lang == "ja":
            n = len("".join(body.split()))
            if not 600 <= n <= 700:
                err(f"{name}: Japanese source {n} chars")
        else:
            n = len(body.split())
            if not 300 <= n <= 350:
                err(f"{name}: source {n} words")
        dn = len(dig)
        if not 950 <= dn <= 1400:
            err(f"{name}: digest {dn} chars")
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
        pub = re.search(r'article:published_time" content="([^"]+)"', src).group(1)
        cite_date = pub[:10].replace("-", ".")
        for m in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
            if m not in dig:
                err(f"{name}: digest lacks {m}")
        spans = [f["span"] for f in exp["findings"]]
        for s in spans:
            if s not in dig:
                err(f"{name}: span not verbatim: {s}")
        if name.startswith("clean-"):
            nclean += 1
            if exp != {"clean": True, "findings": []}:
                err(f"{name}: clean case with findings")
            if canon not in dig.split() or f" {cite_date}\n" not in dig:
                err(f"{name}: citation URL/date not canonical")
        else:
            nerr += 1
            if exp["clean"] or len(exp["findings"]) != 3:
                err(f"{name}: err case needs 3 findings")
            s = collections.Counter(f["severity"] for f in exp["findings"])
            if s != {"error": 2, "warning": 1}:
                err(f"{name}: severities {dict(s)}")
            for f in exp["findings"]:
                kinds[f["kind"]] += 1
                sev[f["severity"]] += 1
                ok = {"mismatch": "error", "unsupported": "warning", "name": "warning",
                      "spelling": "warning", "citation": "warning"}
                if ok.get(f["kind"]) != f["severity"]:
                    err(f"{name}: kind/severity {f}")
        if yt:
            r = subprocess.run([yt, "parse", str(c / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                err(f"{name}: yoten parse rc={r.returncode} {r.stderr[-300:]}")
        print(f"ok   {name:34s} {lang}  source {n:4d}  digest {dn:4d}  findings {len(spans)}")
    if not yt:
        err("yoten not found: parse check skipped")
    print("cases", len(cases), "clean", nclean, "err", nerr)
    print("languages", dict(sorted(langs.items())))
    print("planted", sum(kinds.values()), "kinds", dict(sorted(kinds.items())), "severities", dict(sorted(sev.items())))
    want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
    if len(cases) != 24 or nclean != 12 or nerr != 12 or dict(langs) != want or sum(kinds.values()) != 36 \
            or sev != {"error": 24, "warning": 12}:
        err("counts differ from the brief")
    print("FAILED" if fail else "ALL CHECKS PASSED")
    sys.exit(1 if fail else 0)


if __name__ == "__main__":
    main()
