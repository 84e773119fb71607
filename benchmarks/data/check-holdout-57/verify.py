"""Sanity checks for check-holdout-57 (does not run the checker).

Usage: python verify.py [--yoten PATH_TO_YOTEN]
"""
import collections, html.parser, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning",
       "glossary": "warning", "citation": "warning", "structure": "warning"}


class Body(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.in_art = self.in_p = False
        self.paras, self.lang, self.canon = [], None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "link" and a.get("rel") == "canonical":
            self.canon = a.get("href")
        if tag == "article":
            self.in_art = True
        if tag == "p" and self.in_art and a.get("class") != "byline":
            self.in_p = True
            self.paras.append("")

    def handle_endtag(self, tag):
        if tag == "article":
            self.in_art = False
        if tag == "p":
            self.in_p = False

    def handle_data(self, data):
        if self.in_p:
            self.paras[-1] += data


def main():
    yoten = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"
    problems, kinds, langs, n_clean, n_err = [], collections.Counter(), collections.Counter(), 0, 0
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        src = (case / "source.html").read_text(encoding="utf-8")
        dig = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        p = Body(); p.feed(src)
        langs[p.lang] += 1
        n = sum(len(x) for x in p.paras)
        lo = 2000 if p.lang == "ja" else 1500
        if not lo <= n <= 3000:
            problems.append(f"{name}: body length {n}")
        for host in re.findall(r"https?://([^/\"'\s?]+)", src + dig):
            if not host.endswith(".example") and host != "schema.org":  # JSON-LD @context
                problems.append(f"{name}: non-.example host {host}")
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or exp["findings"]:
                problems.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            if exp["clean"] is not False or not 2 <= len(exp["findings"]) <= 3:
                problems.append(f"{name}: err case needs 2-3 findings")
        for f in exp["findings"]:
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']}")
            if SEV.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
            kinds[(f["kind"], f["severity"])] += 1
        if not any(f["kind"] == "citation" for f in exp["findings"]) and p.canon not in dig:
            problems.append(f"{name}: canonical URL not cited")
        r = subprocess.run([yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        print(f"{name:34s} {p.lang}  body={n:5d}  findings={len(exp['findings'])}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
    print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
    print("languages:", dict(sorted(langs.items())))
    print("findings:", sum(kinds.values()), {f"{k}/{s}": v for (k, s), v in sorted(kinds.items())})
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
