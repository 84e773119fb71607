"""Sanity checks for check-holdout-26 (does not run the checker).

Usage: python verify.py [--yoten PATH]   (PATH: the yoten executable, default `yoten`)
"""
import html
import json
import pathlib
import re
import subprocess
import sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).parent
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning",
         "glossary": "warning", "citation": "warning", "structure": "warning"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.title, self.ld = {}, {}, "", None
        self.stack, self.body, self.lang = [], [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta":
            self.meta[a.get("property") or a.get("name")] = a.get("content")
        if tag == "link":
            self.links[a.get("rel")] = a.get("href")
        self.stack.append((tag, a))

    def handle_endtag(self, tag):
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        tags = [t for t, _ in self.stack]
        if tags and tags[-1] == "title":
            self.title += data
        if tags and tags[-1] == "script" and self.stack[-1][1].get("type") == "application/ld+json":
            self.ld = json.loads(data)
        if "article" in tags and tags[-1] == "p":
            self.body.append(data)


def main():
    yoten = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"
    problems, clean, err, findings = [], 0, 0, {}
    langs = {}
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for c in cases:
        name = c.name
        src = (c / "source.html").read_text(encoding="utf-8")
        dig = (c / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        p = Page()
        p.feed(src)
        langs[p.lang] = langs.get(p.lang, 0) + 1
        for key in ("og:site_name", "og:title", "og:url", "article:published_time"):
            if not p.meta.get(key):
                problems.append(f"{name}: missing {key}")
        canon = p.links.get("canonical", "")
        if not canon:
            problems.append(f"{name}: no canonical link")
        if not p.ld or p.ld.get("mainEntityOfPage") != canon:
            problems.append(f"{name}: JSON-LD missing or not matching canonical")
        pub = p.meta.get("article:published_time", "")
        if not re.search(r"[+-]\d\d:\d\d$", pub):
            problems.append(f"{name}: published_time without UTC offset")
        for u in re.findall(r'https?://[^"\s<>]+', src) + re.findall(r"https?://\S+", dig):
            host = re.sub(r"https?://([^/?#]+).*", r"\1", u)
            if not host.endswith(".example") and host not in ("schema.org",):
                problems.append(f"{name}: domain {host} not .example")
        if canon not in dig:
            problems.append(f"{name}: canonical URL not in digest")
        site = p.meta.get("og:site_name", "")
        if not p.title.endswith(site):
            problems.append(f"{name}: <title> lacks the outlet suffix")
        cite_date = pub[:10].replace("-", ".")
        cite = f"{p.meta.get('og:title')} {site} "
        if cite not in dig:
            problems.append(f"{name}: citation line lacks '{cite}'")
        body = html.unescape("".join(p.body))
        need = 2500 if p.lang == "ja" else 2000
        if not need <= len(body) <= 5000:
            problems.append(f"{name}: body {len(body)} chars (need {need}-5000)")
        r = subprocess.run([yoten, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        fs = exp["findings"]
        if name.startswith("clean-"):
            clean += 1
            if exp["clean"] is not True or fs:
                problems.append(f"{name}: clean case with findings")
            if cite_date not in dig:
                problems.append(f"{name}: citation date {cite_date} (outlet's own) not in digest")
        else:
            err += 1
            if exp["clean"] is not False or not 2 <= len(fs) <= 3:
                problems.append(f"{name}: err case needs clean=false and 2-3 findings, has {len(fs)}")
        spans = [f["span"] for f in fs]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in fs:
            if KINDS.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: {f['kind']} must be {KINDS.get(f['kind'])}")
            if f["span"] not in dig and f["span"] != "【要点】":
                problems.append(f"{name}: span {f['span']!r} not in digest")
            k = (f["kind"], f["severity"])
            findings[k] = findings.get(k, 0) + 1
        print(f"{name:28} lang={p.lang} body={len(body)} findings={len(fs)}")
    total = sum(findings.values())
    print(f"\ncases: {len(cases)} (clean {clean}, err {err}); languages: "
          + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("findings: " + ", ".join(f"{k}/{s} {n}" for (k, s), n in sorted(findings.items())) + f"; total {total}")
    if clean != err:
        problems.append(f"clean/err balance {clean}/{err}")
    for pr in problems:
        print("PROBLEM:", pr)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
