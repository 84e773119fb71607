#!/usr/bin/env python3
"""Sanity checks for check-holdout-144.

- every case has source.html, digest.txt, expected.json; specs match cases
- every expected span occurs verbatim in its digest; one finding per span
- clean cases have no findings; err cases have exactly 3
- every digest parses with `yoten parse` (set YOTEN to the binary)
- digest length 900-1,600 Japanese characters (body, without citation URL)
- article text 300-650 words (Japanese sources: characters / 2)
- counts by language, kind and severity
"""
import collections, json, os, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN", "yoten")
LANG_TARGET = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}


class Article(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.text = []
        self.meta = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article":
            self.depth += 1
        if tag == "meta" and "property" in a:
            self.meta[a["property"]] = a.get("content")
        if tag == "html":
            self.meta["lang"] = a.get("lang")

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def main():
    problems = []
    langs, kinds, sev = collections.Counter(), collections.Counter(), collections.Counter()
    names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if names != specs:
        problems.append(f"specs/cases differ: {set(names) ^ set(specs)}")
    urls = set()
    n_clean = n_err = 0
    for name in names:
        d = HERE / "cases" / name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).is_file():
                problems.append(f"{name}: missing {f}")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        art = Article()
        art.feed((d / "source.html").read_text(encoding="utf-8"))
        lang = art.meta["lang"]
        langs[lang] += 1
        url = art.meta["og:url"]
        if url in urls:
            problems.append(f"{name}: source reused")
        urls.add(url)
        if not re.match(r"https://[^/]+\.example/", url):
            problems.append(f"{name}: domain not under .example")
        text = " ".join(art.text)
        words = len(text.split()) if lang != "ja" else len(re.sub(r"\s", "", text)) // 2
        if not 300 <= words <= 650:
            problems.append(f"{name}: article {words} words")
        body = digest.split("【引用・参照・底本】")[0]
        chars = len(re.sub(r"\s", "", body))
        if not 900 <= chars <= 1600:
            problems.append(f"{name}: digest {chars} chars")
        spans = [f["span"] for f in exp["findings"]]
        if len(spans) != len(set(spans)):
            problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            if f["span"] not in digest:
                problems.append(f"{name}: span not in digest: {f['span']}")
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or exp["findings"]:
                problems.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            if exp["clean"] is not False or len(exp["findings"]) != 3:
                problems.append(f"{name}: err case needs 3 findings")
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            parsed = json.loads(r.stdout)
            if not parsed.get("details") or not parsed.get("overview"):
                problems.append(f"{name}: parsed digest lacks sections")
        cite = digest.split("【引用・参照・底本】")[1]
        title = art.meta["og:title"]
        site = art.meta["og:site_name"]
        if name.startswith("clean-") and (f"{title} {site} " not in cite or url not in cite):
            problems.append(f"{name}: clean citation does not match source")
        print(f"{name:40s} {lang}  article {words:4d} words  digest {chars:5d} chars  findings {len(spans)}")
    print()
    print(f"cases: {len(names)} (clean {n_clean}, err {n_err})")
    print("languages:", dict(sorted(langs.items())))
    print("kinds:", dict(sorted(kinds.items())))
    print("severities:", dict(sorted(sev.items())))
    if dict(langs) != LANG_TARGET:
        problems.append(f"language counts {dict(langs)} != {LANG_TARGET}")
    if n_clean != 12 or n_err != 12:
        problems.append("need 12 clean and 12 err cases")
    print()
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print(" -", p)
        return 1
    print("no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
