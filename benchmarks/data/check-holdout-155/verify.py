#!/usr/bin/env python3
"""Sanity checks for check-holdout-155.

- every case has source.html, digest.txt, expected.json and a spec;
- clean cases: "clean": true and no findings; err cases: 3 findings;
- every span stands verbatim in its digest (and how often);
- every digest parses with `yoten parse` (YOTEN env var or `yoten` on PATH);
- the citation's title, outlet and date agree with the source for clean cases
  (date in the outlet's own UTC offset) and the URL is the canonical link;
- article text 300-650 words (Japanese: characters / 2 as a word estimate);
- digest 900-1600 characters (non-space, header and citation excluded);
- 24 distinct sources; counts by language and kind.
"""
import collections, datetime, html, json, os, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN", "yoten")
problems = []


class Src(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.canon, self.title, self.paras = {}, None, "", []
        self._in_title = self._in_article = self._in_p = False
        self._buf = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and "property" in a:
            self.meta[a["property"]] = a.get("content", "")
        if tag == "link" and a.get("rel") == "canonical":
            self.canon = a["href"]
        if tag == "title":
            self._in_title = True
        if tag == "article":
            self._in_article = True
        if tag == "p" and self._in_article:
            self._in_p, self._buf = True, ""

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag == "article":
            self._in_article = False
        if tag == "p" and self._in_p:
            self.paras.append(self._buf)
            self._in_p = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._in_p:
            self._buf += data


def main():
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    langs, kinds, sev = collections.Counter(), collections.Counter(), collections.Counter()
    canon_seen = {}
    n_clean = n_err = n_find = 0
    for c in cases:
        name = c.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (c / f).exists():
                problems.append(f"{name}: missing {f}")
        if not (HERE / "specs" / f"{name}.txt").exists():
            problems.append(f"{name}: missing spec")
        src = Src()
        src.feed((c / "source.html").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', (c / "source.html").read_text(encoding="utf-8")).group(1)
        langs[lang] += 1
        if src.canon in canon_seen:
            problems.append(f"{name}: same source as {canon_seen[src.canon]}")
        canon_seen[src.canon] = name
        text = " ".join(src.paras)
        words = len(text.split()) if lang != "ja" else len(re.sub(r"\s", "", text)) // 2
        if not 300 <= words <= 650:
            problems.append(f"{name}: article length {words} words")
        digest = (c / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        # parse
        r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        # length
        lines = digest.splitlines()
        body = "\n".join(lines[2:])
        body = body.split("【引用・参照・底本】")[0]
        nchar = len(re.sub(r"\s", "", body))
        if not 900 <= nchar <= 1600:
            problems.append(f"{name}: digest length {nchar} chars")
        # citation
        cit = digest.split("【引用・参照・底本】")[1].strip().splitlines()
        cit = [l.strip() for l in cit if l.strip()]
        pub = datetime.datetime.fromisoformat(src.meta["article:published_time"])
        want = f"{src.meta['og:title']} {src.meta['og:site_name']} {pub:%Y.%m.%d}"
        if name.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}:
                problems.append(f"{name}: clean case with findings")
            if cit[0] != want:
                problems.append(f"{name}: citation line {cit[0]!r} != {want!r}")
            if cit[1] != src.canon:
                problems.append(f"{name}: citation URL is not the canonical link")
        else:
            n_err += 1
            if exp.get("clean") is not False or len(exp["findings"]) != 3:
                problems.append(f"{name}: err case needs clean=false and 3 findings")
            spans = [f["span"] for f in exp["findings"]]
            if len(set(spans)) != len(spans):
                problems.append(f"{name}: duplicate spans")
            for f in exp["findings"]:
                n_find += 1
                kinds[f["kind"]] += 1
                sev[f["severity"]] += 1
                k = digest.count(f["span"])
                if k == 0:
                    problems.append(f"{name}: span not in digest: {f['span']!r}")
                elif k > 1:
                    print(f"note: {name}: span {f['span']!r} occurs {k} times")
                ok = {"mismatch": "error", "unsupported": "warning", "name": "warning",
                      "spelling": "warning", "citation": "warning"}
                if ok.get(f["kind"]) != f["severity"]:
                    problems.append(f"{name}: kind/severity {f['kind']}/{f['severity']}")
            # the citation must be right apart from a planted citation finding
            if "citation" not in [f["kind"] for f in exp["findings"]]:
                if cit[0] != want or cit[1] != src.canon:
                    problems.append(f"{name}: unplanted citation difference")
        print(f"{name:34s} {lang}  article {words:4d} {'w' if lang != 'ja' else 'w~'}  digest {nchar:4d} chars  "
              f"findings {len(exp['findings'])}")
    print()
    print(f"cases: {len(cases)} (clean {n_clean}, err {n_err}); planted findings: {n_find}")
    print("languages:", dict(sorted(langs.items())))
    print("kinds:", dict(sorted(kinds.items())))
    print("severities:", dict(sorted(sev.items())))
    if len(cases) != 24 or n_clean != 12 or n_err != 12:
        problems.append("need 24 cases, 12 clean and 12 err")
    if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
        problems.append(f"language mix {dict(langs)}")
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
