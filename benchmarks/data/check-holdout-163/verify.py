#!/usr/bin/env python3
"""Sanity checks for check-holdout-163 (no checker involved).

Run: python verify.py [--yoten PATH]   (default: yoten on PATH or /tmp/bcv163/bin/yoten)
"""
import collections, html.parser, json, pathlib, re, shutil, subprocess, sys
from datetime import datetime

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else (shutil.which("yoten") or "/tmp/bcv163/bin/yoten")


class Meta(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.canonical, self.title, self._t, self.ld, self._ld, self.p = {}, None, "", False, [], False, []
        self._p = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            k = a.get("property") or a.get("name")
            if k:
                self.meta[k] = a.get("content", "")
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        elif tag == "title":
            self._t = True
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._ld = True
        elif tag == "p":
            self._p = True
            self.p.append("")

    def handle_endtag(self, tag):
        if tag == "title":
            self._t = False
        elif tag == "script":
            self._ld = False
        elif tag == "p":
            self._p = False

    def handle_data(self, d):
        if self._t:
            self.title += d
        if self._ld:
            self.ld.append(json.loads(d))
        if self._p:
            self.p[-1] += d


def main():
    problems = []
    langs, kinds, sev = collections.Counter(), collections.Counter(), collections.Counter()
    by_lang_type = collections.Counter()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for c in cases:
        name = c.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (c / f).exists():
                problems.append(f"{name}: missing {f}")
        spec = HERE / "specs" / f"{name}.txt"
        if not spec.exists():
            problems.append(f"{name}: missing spec")
        digest = (c / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        m = Meta()
        m.feed((c / "source.html").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', (c / "source.html").read_text(encoding="utf-8")).group(1)
        langs[lang] += 1
        by_lang_type[(lang, "clean" if name.startswith("clean-") else "err")] += 1
        # source checks
        site, ogt = m.meta.get("og:site_name"), m.meta.get("og:title")
        pub = m.meta.get("article:published_time")
        if not (site and ogt and pub and m.canonical):
            problems.append(f"{name}: missing og/canonical/published_time")
        if m.title != f"{ogt} - {site}":
            problems.append(f"{name}: <title> lacks outlet suffix")
        if not any(d.get("@type") == "NewsArticle" for d in m.ld):
            problems.append(f"{name}: no JSON-LD NewsArticle")
        if not re.match(r"https://[^/]+\.example/", m.canonical or ""):
            problems.append(f"{name}: canonical not under .example")
        text = " ".join(m.p)
        size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
        lo, hi = (600, 1400) if lang == "ja" else (300, 650)
        if not lo <= size <= hi:
            problems.append(f"{name}: article length {size} outside {lo}-{hi}")
        # digest length
        dlen = len(re.sub(r"\s", "", digest))
        if not 900 <= dlen <= 1600:
            problems.append(f"{name}: digest length {dlen} outside 900-1600")
        # expected
        clean = name.startswith("clean-")
        if exp.get("clean") is not clean:
            problems.append(f"{name}: clean flag {exp.get('clean')} does not match name")
        if clean and exp["findings"]:
            problems.append(f"{name}: clean case has findings")
        if not clean and len(exp["findings"]) != 3:
            problems.append(f"{name}: {len(exp['findings'])} findings, expected 3")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            n = digest.count(f["span"])
            if n == 0:
                problems.append(f"{name}: span not in digest: {f['span']!r}")
            elif n > 1:
                problems.append(f"{name}: span occurs {n} times: {f['span']!r}")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
        # citation
        lines = [l.strip() for l in digest.splitlines() if l.strip()]
        i = lines.index("【引用・参照・底本】")
        cite, url = lines[i + 1], lines[i + 2]
        local = datetime.fromisoformat(pub).strftime("%Y.%m.%d")
        sep = "  " if " " in site else " "  # multi-word outlets are set off by two spaces
        want_cite = f"{ogt}{sep}{site} {local}"
        has_cit = any(f["kind"] == "citation" for f in exp["findings"])
        if (cite != want_cite or url != m.canonical) and not has_cit:
            problems.append(f"{name}: citation differs from source: {cite!r} / {url!r}")
        if has_cit and cite == want_cite and url == m.canonical:
            problems.append(f"{name}: citation finding but citation is correct")
        # parse
        r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            d = json.loads(r.stdout)
            src = (d.get("sources") or [{}])[0]
            if not has_cit and (" ".join((src.get("title") or "").split()), src.get("outlet"), src.get("date"), src.get("url")) != (" ".join(ogt.split()), site, datetime.fromisoformat(pub).strftime("%Y-%m-%d"), m.canonical):
                problems.append(f"{name}: parsed citation differs from source: {src}")
            for key in ("overview", "details", "key_points", "citation"):
                if key in d and not d[key]:
                    problems.append(f"{name}: parsed {key} empty")
    print(f"cases: {len(cases)} (clean {sum(1 for c in cases if c.name.startswith('clean-'))}, err {sum(1 for c in cases if c.name.startswith('err-'))})")
    print("languages:", dict(sorted(langs.items())))
    print("language x type:", {f"{l}/{t}": n for (l, t), n in sorted(by_lang_type.items())})
    print("planted findings:", sum(kinds.values()), "kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print("  -", p)
        return 1
    print("no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
