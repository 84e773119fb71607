#!/usr/bin/env python3
"""Sanity checks for check-holdout-212 (run: python verify.py [path/to/yoten])."""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}


class Text(HTMLParser):
    def __init__(self):
        super().__init__(); self.inart = 0; self.parts = []; self.meta = {}; self.title = ""; self._t = False; self.canon = ""
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article": self.inart += 1
        if tag == "title": self._t = True
        if tag == "meta": self.meta[a.get("property") or a.get("name")] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical": self.canon = a["href"]
    def handle_endtag(self, tag):
        if tag == "article": self.inart -= 1
        if tag == "title": self._t = False
    def handle_data(self, d):
        if self._t: self.title += d
        if self.inart: self.parts.append(d)


problems, langs, kinds, sevs, sources = [], collections.Counter(), collections.Counter(), collections.Counter(), set()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
n_clean = n_err = 0
for c in cases:
    name = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists(): problems.append(f"{name}: missing {f}")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    t = Text(); t.feed((c / "source.html").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', (c / "source.html").read_text(encoding="utf-8")).group(1)
    langs[lang] += 1
    sources.add(t.canon)
    body = " ".join(t.parts)
    size = len(re.sub(r"\s", "", body)) // 2 if lang == "ja" else len(body.split())
    if not 300 <= size <= 700: problems.append(f"{name}: article size {size}")
    for k in ("og:site_name", "og:title", "article:published_time"):
        if not t.meta.get(k): problems.append(f"{name}: no {k}")
    if t.meta["og:site_name"] not in t.title: problems.append(f"{name}: title lacks outlet")
    jchars = len(re.sub(r"\s", "", dig.split("【引用・参照・底本】")[0]))
    if not 900 <= jchars <= 1600: problems.append(f"{name}: digest length {jchars}")
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or exp["findings"]: problems.append(f"{name}: clean case has findings")
        cite = dig.split("【引用・参照・底本】")[1].split()
        if t.canon not in cite: problems.append(f"{name}: citation URL is not canonical")
        day = t.meta["article:published_time"][:10].replace("-", ".")
        if day not in dig.split("【引用・参照・底本】")[1]: problems.append(f"{name}: citation date")
    else:
        n_err += 1
        if exp["clean"] is not False: problems.append(f"{name}: err case marked clean")
        if len(exp["findings"]) != 3: problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans): problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            if f["span"] not in dig: problems.append(f"{name}: span not in digest: {f['span']}")
            kinds[f["kind"]] += 1; sevs[f["severity"]] += 1
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want: problems.append(f"{name}: severity of {f['span']}")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        d = json.loads(r.stdout)
        if not d: problems.append(f"{name}: yoten parse gave nothing")

if len(sources) != len(cases): problems.append("a source is reused")
if (n_clean, n_err) != (12, 12): problems.append(f"clean/err = {n_clean}/{n_err}")
if dict(langs) != WANT_LANG: problems.append(f"languages {dict(langs)}")
print(f"cases: {len(cases)} (clean {n_clean}, err {n_err}); distinct sources: {len(sources)}")
print("languages:", dict(sorted(langs.items())))
print(f"planted findings: {sum(kinds.values())}; by kind:", dict(sorted(kinds.items())), "by severity:", dict(sorted(sevs.items())))
print("problems:", len(problems))
for p in problems: print("  -", p)
sys.exit(1 if problems else 0)
