"""Sanity checks for check-holdout-88 (no checker involved).

Run: python verify.py [--yoten PATH]   (PATH defaults to `yoten` on PATH)
"""
import collections, html.parser, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning",
            "glossary": "warning", "citation": "warning", "structure": "warning"}
MARKERS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]


class Body(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0; self.in_p = False; self.skip = False; self.text = []; self.lang = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "article":
            self.depth += 1
        if tag == "p" and self.depth:
            self.in_p = True; self.skip = a.get("class") == "byline"

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        if tag == "p":
            self.in_p = False

    def handle_data(self, data):
        if self.in_p and not self.skip:
            self.text.append(data)


def main():
    yoten = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"
    problems, kinds, langs = [], collections.Counter(), collections.Counter()
    n_clean = n_err = 0
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        src = (case / "source.html").read_text(encoding="utf-8")
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        b = Body(); b.feed(src)
        body = "".join(b.text)
        langs[b.lang] += 1
        need = 2000 if b.lang == "ja" else 1500
        if not need <= len(body) <= 3000:
            problems.append(f"{name}: body {len(body)} chars (want {need}-3000)")
        for url in re.findall(r"https?://[^\s\"'<>]+", src + "\n" + digest):
            host = re.match(r"https?://([^/?#]+)", url).group(1)
            if not host.endswith(".example") and host != "schema.org":
                problems.append(f"{name}: non-.example host {host}")
        for m in MARKERS:
            if m not in digest:
                problems.append(f"{name}: missing {m}")
        if exp["clean"] != name.startswith("clean-"):
            problems.append(f"{name}: clean flag does not match name")
        if exp["clean"]:
            n_clean += 1
            if exp["findings"]:
                problems.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            if not 2 <= len(exp["findings"]) <= 3:
                problems.append(f"{name}: {len(exp['findings'])} findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            if f["span"] not in digest:
                problems.append(f"{name}: span not in digest: {f['span']}")
            if SEVERITY.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
            kinds[(f["kind"], f["severity"])] += 1
        r = subprocess.run([yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        print(f"{name:40s} {b.lang}  body={len(body):5d}  findings={len(exp['findings'])}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
    print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("planted findings:", sum(kinds.values()))
    for (k, s), v in sorted(kinds.items()):
        print(f"  {k:12s} {s:8s} {v}")
    print("problems:", len(problems))
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
