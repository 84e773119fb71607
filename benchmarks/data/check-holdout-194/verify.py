#!/usr/bin/env python3
"""Sanity checks for check-holdout-194. Usage: python verify.py [path/to/yoten]"""
import collections, html.parser, json, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else (shutil.which("yoten") or "/tmp/bcv194/bin/yoten")
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning",
       "citation": "warning", "glossary": "warning", "structure": "warning"}
MARKERS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.title, self.body, self.ld = {}, "", [], None
        self._in = None
        self._article = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            self.meta[a.get("property") or a.get("name")] = a.get("content")
        elif tag == "link" and a.get("rel") == "canonical":
            self.meta["canonical"] = a["href"]
        elif tag == "title":
            self._in = "title"
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._in = "ld"
        elif tag == "div" and a.get("class") == "story-body":
            self._article = True
        elif tag == "p" and self._article:
            self._in = "p"
            self.body.append("")

    def handle_endtag(self, tag):
        if tag == "div" and self._article and self._in != "p":
            self._article = False
        if tag in ("title", "script", "p"):
            self._in = None

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "ld":
            self.ld = json.loads(data)
        elif self._in == "p":
            self.body[-1] += data


def main():
    problems, rows = [], []
    by_lang = collections.Counter()
    by_kind = collections.Counter()
    by_sev = collections.Counter()
    clean_n = err_n = 0
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for case in cases:
        n = case.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (case / f).is_file():
                problems.append(f"{n}: missing {f}")
        if not (HERE / "specs" / f"{n}.txt").is_file():
            problems.append(f"{n}: missing specs/{n}.txt")
        page = Page()
        page.feed((case / "source.html").read_text(encoding="utf-8"))
        m = page.meta
        lang = page.ld.get("inLanguage") if page.ld else None
        by_lang[lang] += 1
        for key in ("og:site_name", "og:title", "canonical", "article:published_time"):
            if not m.get(key):
                problems.append(f"{n}: source lacks {key}")
        if not page.ld or page.ld.get("@type") != "NewsArticle":
            problems.append(f"{n}: no JSON-LD NewsArticle")
        outlet, title = m["og:site_name"], m["og:title"]
        if not page.title.endswith(outlet):
            problems.append(f"{n}: <title> lacks outlet suffix")
        if ".example/" not in m["canonical"] + "/":
            problems.append(f"{n}: canonical not under .example")
        text = " ".join(page.body)
        size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
        lo, hi = (600, 1400) if lang == "ja" else (300, 650)
        if not lo <= size <= hi:
            problems.append(f"{n}: article length {size} outside {lo}-{hi}")
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        body = "\n".join(l for l in digest.splitlines() if not l.strip().startswith("http"))
        dlen = len(re.sub(r"\s", "", body))
        if not 900 <= dlen <= 1600:
            problems.append(f"{n}: digest length {dlen} outside 900-1600")
        pos = [digest.find(mk) for mk in MARKERS]
        if -1 in pos or pos != sorted(pos):
            problems.append(f"{n}: section markers missing or out of order")
        r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{n}: yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            parsed = json.loads(r.stdout)
            if not parsed.get("headline"):
                problems.append(f"{n}: parse gave no headline")
        cite = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cite = [c.strip() for c in cite if c.strip()]
        pub = m["article:published_time"]
        date = pub[:10].replace("-", ".")
        exp_line = f"{title} {outlet} {date}"
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        finds = exp["findings"]
        if n.startswith("clean-"):
            clean_n += 1
            if exp.get("clean") is not True or finds:
                problems.append(f"{n}: clean case must have clean=true and no findings")
            if cite[0] != exp_line:
                problems.append(f"{n}: citation line {cite[0]!r} != {exp_line!r}")
            if cite[1] != m["canonical"]:
                problems.append(f"{n}: citation URL is not the canonical URL")
        else:
            err_n += 1
            if exp.get("clean") is not False or len(finds) != 3:
                problems.append(f"{n}: err case must have clean=false and 3 findings")
            spans = [f["span"] for f in finds]
            if len(set(spans)) != len(spans):
                problems.append(f"{n}: duplicate spans")
            for f in finds:
                by_kind[f["kind"]] += 1
                by_sev[f["severity"]] += 1
                if SEV.get(f["kind"]) != f["severity"]:
                    problems.append(f"{n}: {f['kind']} should be {SEV.get(f['kind'])}")
                c = digest.count(f["span"])
                if c == 0:
                    problems.append(f"{n}: span {f['span']!r} not in digest")
                elif c > 1:
                    problems.append(f"{n}: span {f['span']!r} occurs {c} times")
            cite_kinds = [f for f in finds if f["kind"] == "citation"]
            if not cite_kinds and (cite[0] != exp_line or cite[1] != m["canonical"]):
                problems.append(f"{n}: citation differs from source but no citation finding")
        rows.append(f"  {n:34} {lang}  {'words' if lang != 'ja' else 'chars'}={size:4}  digest={dlen:4}  findings={len(finds)}")
    print(f"cases: {len(cases)} (clean {clean_n}, err {err_n})")
    print("\n".join(rows))
    print("languages:", dict(sorted(by_lang.items())))
    print("planted findings:", sum(by_kind.values()), "kinds:", dict(sorted(by_kind.items())),
          "severities:", dict(sorted(by_sev.items())))
    if len(cases) != 24 or clean_n != 12 or err_n != 12:
        problems.append("expected 24 cases: 12 clean, 12 err")
    if dict(by_lang) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
        problems.append(f"language mix {dict(by_lang)} != en 14, fr 3, de 3, es 2, ja 2")
    print("problems:", len(problems))
    for p in problems:
        print("  -", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
