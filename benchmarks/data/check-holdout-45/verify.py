"""Sanity checks for check-holdout-45 (does not run the checker).

Usage: python verify.py [path/to/yoten]
"""
import collections, html.parser, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"


class Body(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.inp = False
        self.text = []
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "p":
            self.inp = True
        for k in ("href", "content"):
            v = a.get(k) or ""
            if v.startswith("http"):
                self.hrefs.append(v)

    def handle_endtag(self, tag):
        if tag == "p":
            self.inp = False

    def handle_data(self, d):
        if self.inp:
            self.text.append(d)


def main():
    problems = []
    tally = collections.Counter()
    n_clean = n_err = 0
    langs = collections.Counter()
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        src = (case / "source.html").read_text(encoding="utf-8")
        dig = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        # body text inside <article>
        art = src.split("<article>", 1)[1].split("</article>", 1)[0]
        p = Body(); p.feed(art)
        body = "".join(p.text)
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        lo = 2000 if lang == "ja" else 1500
        if not (lo <= len(body) <= 3000):
            problems.append(f"{name}: body {len(body)} chars")
        full = Body(); full.feed(src)
        for u in full.hrefs + re.findall(r"https?://[^\s\"<]+", dig):
            host = re.match(r"https?://([^/]+)", u).group(1)
            if not host.endswith(".example"):
                problems.append(f"{name}: non-.example host {host}")
        for meta in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "cookie", "<nav>", "<footer>"):
            if meta not in src:
                problems.append(f"{name}: missing {meta}")
        fs = exp["findings"]
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or fs:
                problems.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            if exp["clean"] is not False or not 2 <= len(fs) <= 3:
                problems.append(f"{name}: err case needs 2-3 findings, has {len(fs)}")
        spans = [f["span"] for f in fs]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in fs:
            if f["span"] not in dig and not f["span"].startswith("【"):
                problems.append(f"{name}: span not in digest: {f['span']}")
            tally[(f["kind"], f["severity"])] += 1
        r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        print(f"{name:32s} {lang}  body={len(body):5d}  findings={len(fs)}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
    print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
    print("findings by kind/severity:")
    for (k, s), n in sorted(tally.items()):
        print(f"  {k:12s} {s:8s} {n}")
    print(f"  total {sum(tally.values())}")
    if problems:
        print("\nPROBLEMS:")
        for x in problems:
            print("  " + x)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
