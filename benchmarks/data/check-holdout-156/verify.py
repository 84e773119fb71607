#!/usr/bin/env python3
"""Sanity checks for check-holdout-156 (does not run the checker)."""
import collections, datetime, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []


class Meta(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.title, self.canon, self.ld = {}, "", None, None
        self._in, self.article, self._art = None, [], 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            self.meta[a.get("property") or a.get("name")] = a.get("content")
        elif tag == "link" and a.get("rel") == "canonical":
            self.canon = a["href"]
        elif tag in ("title", "script"):
            self._in = (tag, a.get("type"))
        elif tag == "article":
            self._art += 1

    def handle_endtag(self, tag):
        if tag == "article":
            self._art -= 1
        self._in = None

    def handle_data(self, d):
        if self._in == ("title", None):
            self.title += d
        elif self._in == ("script", "application/ld+json"):
            self.ld = json.loads(d)
        if self._art:
            self.article.append(d)


def words(text, lang):
    if lang == "ja":
        return len(re.sub(r"\s", "", text)) // 2  # ~2 characters per word
    return len(text.split())


langs, kinds = collections.Counter(), collections.Counter()
n_clean = n_err = n_find = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    spec = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8")
    lang = re.search(r"^lang: (\w+)", spec, re.M).group(1)
    langs[lang] += 1
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    p = Meta(); p.feed(src)
    site, ogt, pub = p.meta.get("og:site_name"), p.meta.get("og:title"), p.meta.get("article:published_time")
    for k, v in {"og:site_name": site, "og:title": ogt, "published_time": pub, "canonical": p.canon}.items():
        if not v:
            problems.append(f"{name}: missing {k}")
    if not p.title.strip().endswith(site):
        problems.append(f"{name}: <title> lacks outlet suffix")
    if not p.ld or p.ld.get("@type") != "NewsArticle":
        problems.append(f"{name}: no JSON-LD NewsArticle")
    if ".example/" not in p.canon:
        problems.append(f"{name}: canonical not under .example")
    nw = words(" ".join(p.article), lang)
    if not 300 <= nw <= 650:
        problems.append(f"{name}: article {nw} words")
    nch = len(re.sub(r"\s", "", dig))
    if not 900 <= nch <= 1600:
        problems.append(f"{name}: digest {nch} characters")
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    # citation
    lines = [l.strip() for l in dig.split("【引用・参照・底本】", 1)[1].splitlines() if l.strip()]
    local = datetime.datetime.fromisoformat(pub).strftime("%Y.%m.%d")
    cit_ok = lines[0] == f"{ogt} {site} {local}" and lines[1] == p.canon
    # expected
    is_clean = name.startswith("clean-")
    if exp["clean"] != is_clean:
        problems.append(f"{name}: clean flag does not match name")
    if is_clean:
        n_clean += 1
        if exp["findings"]:
            problems.append(f"{name}: clean case with findings")
        if not cit_ok:
            problems.append(f"{name}: citation differs from source: {lines[:2]}")
    else:
        n_err += 1
        if len(exp["findings"]) != 3:
            problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
        has_cit = any(f["kind"] == "citation" for f in exp["findings"])
        if cit_ok == has_cit:
            problems.append(f"{name}: citation correctness ({cit_ok}) vs citation label ({has_cit})")
    for f in exp["findings"]:
        n_find += 1
        kinds[(f["kind"], f["severity"])] += 1
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{name}: {f['kind']} should be {want}")
        c = dig.count(f["span"])
        if c != 1:
            problems.append(f"{name}: span {f['span']!r} occurs {c} times")
    print(f"{name:34} {lang}  words={nw:3}  digest_chars={nch:4}  findings={len(exp['findings'])}")

print()
print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err), planted findings: {n_find}")
print("languages:", dict(sorted(langs.items())))
print("kinds:", {f"{k}/{s}": v for (k, s), v in sorted(kinds.items())})
print("problems:", len(problems))
for pr in problems:
    print("  -", pr)
sys.exit(1 if problems else 0)
