#!/usr/bin/env python3
"""Self-checks for check-holdout-66 (does not run the checker).

Usage: python verify.py [--yoten PATH]
"""
import argparse, collections, html, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "glossary": "warning", "citation": "warning",
            "structure": "warning"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.paras, self.title = {}, [], [], ""
        self._in_article = self._in_p = self._in_title = False
        self._buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            self.meta[a.get("property") or a.get("name")] = a.get("content")
        elif tag == "link" and a.get("rel") == "canonical":
            self.meta["canonical"] = a["href"]
        elif tag == "a" and a.get("href", "").startswith("http"):
            self.links.append(a["href"])
        elif tag == "article":
            self._in_article = True
        elif tag == "p" and self._in_article:
            self._in_p, self._buf = True, []
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "article":
            self._in_article = False
        elif tag == "p" and self._in_p:
            self._in_p = False
            self.paras.append("".join(self._buf))
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_p:
            self._buf.append(data)
        if self._in_title:
            self.title += data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yoten", default="yoten")
    args = ap.parse_args()
    problems, langs, kinds, sevs = [], collections.Counter(), collections.Counter(), collections.Counter()
    n_clean = n_err = 0
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for case in cases:
        name = case.name
        def bad(msg):
            problems.append(f"{name}: {msg}")
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (case / f).exists():
                bad(f"missing {f}")
        src = (case / "source.html").read_text(encoding="utf-8")
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        page = Page(); page.feed(src)
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        body = sum(len(p) for p in page.paras)
        lo = 2000 if lang == "ja" else 1500
        if not lo <= body <= 3000:
            bad(f"body length {body} outside {lo}-3000")
        for key in ("og:site_name", "og:title", "canonical", "article:published_time", "og:url"):
            if not page.meta.get(key):
                bad(f"missing {key}")
        if '"@type": "NewsArticle"' not in src:
            bad("no JSON-LD NewsArticle")
        for needle in ("<nav>", 'id="cookie-banner"', "<footer", "<article>"):
            if needle not in src:
                bad(f"no {needle}")
        outlet = page.meta["og:site_name"]
        if " " not in outlet:
            bad("outlet name is one word")
        if not page.title.endswith(" - " + outlet):
            bad("<title> lacks outlet suffix")
        urls = re.findall(r"https?://[^\s\"'<>]+", src + "\n" + digest)
        for u in urls:
            host = re.match(r"https?://([^/?#]+)", u).group(1)
            if host in ("schema.org",):
                continue
            if not host.endswith(".example"):
                bad(f"non-.example URL {u}")
        # citation block
        m = re.search(r"【引用・参照・底本】\s*\n\s*\n?(.+?)\n\s*\n?(\S+)\s*$", digest, re.S)
        if not m:
            bad("citation block not found")
        else:
            line, url = m.group(1).strip(), m.group(2).strip()
            pub = page.meta["article:published_time"]
            date = pub[:10].replace("-", ".")
            want = f"{page.meta['og:title']} {outlet} {date}"
            cit_ok = line == want and url == page.meta["canonical"]
        # parse
        r = subprocess.run([args.yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"yoten parse failed: {r.stderr.strip()[:200]}")
        # labels
        finds = exp["findings"]
        spans = [f["span"] for f in finds]
        if len(set(spans)) != len(spans):
            bad("duplicate span")
        for f in finds:
            if f["kind"] not in SEVERITY:
                bad(f"unknown kind {f['kind']}")
            elif SEVERITY[f["kind"]] != f["severity"]:
                bad(f"severity {f['severity']} for kind {f['kind']}")
            if f["span"] not in digest:
                bad(f"span not in digest: {f['span']}")
            kinds[f["kind"]] += 1
            sevs[f["severity"]] += 1
        cit_labelled = any(f["kind"] == "citation" for f in finds)
        if m and not cit_ok and not cit_labelled:
            bad(f"citation differs from source and is not labelled: {line!r} {url!r}")
        if exp["clean"]:
            n_clean += 1
            if finds or not name.startswith("clean-"):
                bad("clean case with findings or wrong name")
        else:
            n_err += 1
            if not 2 <= len(finds) <= 3 or not name.startswith("err-"):
                bad(f"err case with {len(finds)} findings or wrong name")
        print(f"{name:34} {lang}  body={body:5d}  findings={len(finds)}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
    print()
    print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
    print("languages:", dict(sorted(langs.items())))
    print("findings by kind:", dict(sorted(kinds.items())))
    print("findings by severity:", dict(sorted(sevs.items())), "total", sum(sevs.values()))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
