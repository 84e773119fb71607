"""Sanity checks for check-holdout-70.

Usage: python verify.py [--yoten PATH_TO_YOTEN]
"""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"


class Body(HTMLParser):
    def __init__(self):
        super().__init__(); self.depth = 0; self.inp = False; self.text = []; self.urls = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in ("href", "content"):
            if a.get(k, "").startswith("http"): self.urls.append(a[k])
        if tag == "article": self.depth += 1
        if tag == "p" and self.depth and a.get("class") != "byline": self.inp = True
    def handle_endtag(self, tag):
        if tag == "article": self.depth -= 1
        if tag == "p": self.inp = False
    def handle_data(self, d):
        if self.inp: self.text.append(d)


def main():
    problems = []; kinds = collections.Counter(); langs = collections.Counter()
    n_clean = n_err = 0
    for d in sorted((HERE / "cases").iterdir()):
        name = d.name
        src = (d / "source.html").read_text(encoding="utf-8")
        dig = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        p = Body(); p.feed(src)
        body = "".join(p.text); lang = re.search(r'<html lang="(\w+)"', src).group(1); langs[lang] += 1
        lo = 2000 if lang == "ja" else 1500
        if not lo <= len(body) <= 3000: problems.append(f"{name}: body {len(body)} chars")
        for u in p.urls + re.findall(r"https?://[^\s]+", dig):
            host = re.match(r"https?://([^/?#]+)", u).group(1)
            if not host.endswith(".example"): problems.append(f"{name}: non-.example URL {u}")
        canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
        fs = exp["findings"]
        if name.startswith("clean-"):
            n_clean += 1
            if not exp["clean"] or fs: problems.append(f"{name}: clean case with findings")
            if canon not in dig.split(): problems.append(f"{name}: canonical URL not cited")
        else:
            n_err += 1
            if exp["clean"] or not 2 <= len(fs) <= 3: problems.append(f"{name}: err case needs 2-3 findings")
        for f in fs:
            kinds[(f["kind"], f["severity"])] += 1
            if f["span"] not in dig: problems.append(f"{name}: span not in digest: {f['span']}")
        if len({f["span"] for f in fs}) != len(fs): problems.append(f"{name}: duplicate span")
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0: problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        print(f"{name:36} {lang} body={len(body):5d} findings={len(fs)} parse={'ok' if r.returncode == 0 else 'FAIL'}")
    print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
    print("findings by kind/severity:", ", ".join(f"{k}/{s}={n}" for (k, s), n in sorted(kinds.items())),
          f"(total {sum(kinds.values())})")
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
