"""Sanity checks for check-holdout-137 (no checker is run).

- every case has source.html, digest.txt, expected.json;
- every expected span occurs verbatim in its digest; clean cases have no findings;
- every digest parses with `yoten parse`;
- source article text is 300-650 words (Japanese: characters / 2);
- digests are 900-1,600 characters (whitespace and the URL line not counted);
- counts by language, clean/err and kind/severity.
"""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"


class Article(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.text = []
        self.lang = None

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        if tag == "article":
            self.depth += 1
        elif self.depth and tag == "p":
            self.text.append("\n")

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


problems = []
langs = collections.Counter()
kinds = collections.Counter()
types = collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for case in cases:
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists():
            problems.append(f"{name}: missing {f}")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    is_clean = name.startswith("clean-")
    types["clean" if is_clean else "err"] += 1
    if exp["clean"] != is_clean:
        problems.append(f"{name}: clean flag {exp['clean']} does not fit the name")
    if is_clean and exp["findings"]:
        problems.append(f"{name}: clean case with findings")
    if not is_clean and len(exp["findings"]) != 3:
        problems.append(f"{name}: {len(exp['findings'])} findings, expected 3")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate span")
    for f in exp["findings"]:
        kinds[(f["kind"], f["severity"])] += 1
        if f["span"] not in digest:
            problems.append(f"{name}: span not in digest: {f['span']!r}")
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
    p = Article()
    p.feed((case / "source.html").read_text(encoding="utf-8"))
    langs[p.lang] += 1
    text = "".join(p.text)
    words = len(re.sub(r"\s", "", text)) // 2 if p.lang == "ja" else len(text.split())
    if not 300 <= words <= 650:
        problems.append(f"{name}: article has {words} words")
    body = "\n".join(l for l in digest.splitlines() if not l.startswith("http"))
    chars = len(re.sub(r"\s", "", body))
    if not 900 <= chars <= 1600:
        problems.append(f"{name}: digest has {chars} characters")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if marker not in digest:
            problems.append(f"{name}: no {marker}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        try:
            json.loads(r.stdout)
        except ValueError:
            problems.append(f"{name}: yoten parse printed no JSON")
    print(f"{name:34} {p.lang}  words={words:4}  digest={chars:4}  findings={len(exp['findings'])}")

print()
print("cases:", dict(types), " languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), {f"{k}/{s}": n for (k, s), n in sorted(kinds.items())})
print("problems:", len(problems))
for pr in problems:
    print("  -", pr)
sys.exit(1 if problems else 0)
