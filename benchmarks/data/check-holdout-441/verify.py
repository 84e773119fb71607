#!/usr/bin/env python3
"""Self-check for check-holdout-441 (never runs the checker).

Checks: every case has its spec, source.html, digest.txt and expected.json;
spans stand verbatim and exactly once in the digest; clean cases carry no
finding, err cases exactly 3 (2 mismatch/error + 1 warning); `yoten parse`
accepts every digest; sizes of sources and digests; counts of cases and
languages; the citation (title, outlet, outlet-local date, canonical URL)
matches the spec except where a citation finding is planted; posted time is
after publication; every domain is under .example; the HTML carries the
page furniture the brief asks for; source.html is up to date with gen.py.

    python3 verify.py            # yoten from $YOTEN, PATH or /tmp/bcv441/bin
"""
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WARNING_KINDS = {"unsupported", "name", "spelling", "citation"}
SECTIONS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]
JST = ZoneInfo("Asia/Tokyo")

problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip()


def yoten_bin():
    for cand in (os.environ.get("YOTEN"), shutil.which("yoten"), "/tmp/bcv441/bin/yoten"):
        if cand and Path(cand).exists():
            return cand
    sys.exit("yoten not found: set YOTEN or put it on PATH")


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.tags = {}, {}, set()
        self.title, self._in_title, self.ld, self._in_ld = "", False, [], False
        self.article_text, self._in_article = [], 0
        self.classes = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        for c in (a.get("class") or "").split():
            self.classes.add(c)
        if tag == "meta":
            key = a.get("property") or a.get("name")
            if key:
                self.meta[key] = a.get("content", "")
        elif tag == "link" and a.get("rel"):
            self.links[a["rel"]] = a.get("href", "")
        elif tag == "title":
            self._in_title = True
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._in_ld = True
        elif tag == "article":
            self._in_article += 1

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag == "script":
            self._in_ld = False
        elif tag == "article":
            self._in_article -= 1

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._in_ld:
            self.ld.append(data)
        if self._in_article:
            self.article_text.append(data)


def main():
    yoten = yoten_bin()
    specs = {p.stem: gen.parse_spec(p) for p in sorted((HERE / "specs").glob("*.txt"))}
    cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    if sorted(specs) != cases:
        bad("set", f"specs and cases differ: {sorted(set(specs) ^ set(cases))}")
    langs, n_clean, n_err = {}, 0, 0
    kinds = {}
    for case in cases:
        d = HERE / "cases" / case
        spec = specs.get(case)
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).exists():
                bad(case, f"missing {f}")
        if spec is None or not (d / "digest.txt").exists():
            continue
        lang = spec["lang"]
        langs[lang] = langs.get(lang, 0) + 1
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))

        # name, labels, spans
        is_clean = case.startswith("clean-")
        if exp.get("clean") is not is_clean:
            bad(case, "expected.json clean flag does not match the case name")
        finds = exp.get("findings", [])
        if is_clean:
            n_clean += 1
            if finds:
                bad(case, "clean case has findings")
        else:
            n_err += 1
            errs = [f for f in finds if f["severity"] == "error"]
            warns = [f for f in finds if f["severity"] == "warning"]
            if len(finds) != 3 or len(errs) != 2 or len(warns) != 1:
                bad(case, f"want 2 error + 1 warning, got {len(errs)} + {len(warns)} of {len(finds)}")
            if any(f["kind"] != "mismatch" for f in errs):
                bad(case, "error findings must be kind mismatch")
            if any(f["kind"] not in WARNING_KINDS for f in warns):
                bad(case, "warning kind not one of " + ", ".join(sorted(WARNING_KINDS)))
            spans = [f["span"] for f in finds]
            if len(set(spans)) != len(spans):
                bad(case, "duplicate spans")
            for s in spans:
                c = digest.count(s)
                if c != 1:
                    bad(case, f"span {s!r} occurs {c} times in digest.txt")
            for f in finds:
                kinds[(f["kind"], f["severity"])] = kinds.get((f["kind"], f["severity"]), 0) + 1

        # sizes
        body_len = len(re.sub(r"\s", "", "".join(spec["paragraphs"])))
        words = sum(len(p.split()) for p in spec["paragraphs"])
        if lang == "ja":
            if not 900 <= body_len <= 1600:
                bad(case, f"Japanese source has {body_len} characters (want 900-1600)")
        elif not 450 <= words <= 800:
            bad(case, f"source has {words} words (want 450-800)")
        dlen, dlen_ns = len(digest), len(re.sub(r"\s", "", digest))
        if not (2000 <= dlen_ns and dlen <= 4500):
            bad(case, f"digest is {dlen} characters, {dlen_ns} without whitespace (want 2000-4500)")

        # house format
        lines = digest.splitlines()
        m = re.match(r"^(.+?)(\d{4})年(\d{2})月(\d{2})日 (\d{2}):(\d{2})$", lines[0])
        if not m:
            bad(case, "title line lacks the posted date-time")
        if "国立国会図書館デジタルコレクション" not in digest.split("【概要】")[0]:
            bad(case, "image credit line missing")
        pos = [digest.find(s) for s in SECTIONS]
        if -1 in pos or pos != sorted(pos):
            bad(case, "sections missing or out of order")
        for s in ("主なハイライト", "文脈"):
            if s not in digest.split("【詳細】")[0]:
                bad(case, f"概要 lacks {s}")

        # yoten parse
        r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(case, "yoten parse failed: " + r.stderr.strip()[-200:])
            continue
        parsed = json.loads(r.stdout)
        src = parsed.get("sources") or [{}]
        if len(src) != 1:
            bad(case, f"{len(src)} sources parsed")
        src = src[0]
        pub = datetime.fromisoformat(spec["published"])
        local_date = pub.astimezone(ZoneInfo(spec["zone"])).date().isoformat()
        cite_ok = {
            "title": norm(src.get("title", "")) == norm(spec["title"]),
            "outlet": src.get("outlet") == spec["outlet"],
            "date": src.get("date") == local_date,
            "url": src.get("url") == spec["url"],
        }
        planted_cite = any(f["kind"] == "citation" for f in finds)
        if planted_cite:
            if sum(not v for v in cite_ok.values()) != 1:
                bad(case, f"planted citation slip should break exactly one field: {cite_ok}")
        elif not all(cite_ok.values()):
            bad(case, f"citation differs from the spec: {cite_ok}")
        posted = datetime.fromisoformat(parsed["posted_at"]).replace(tzinfo=JST)
        if posted <= pub:
            bad(case, f"posted_at {parsed['posted_at']} is not after publication")
        for sect in ("overview", "details", "key_points"):
            if not parsed.get(sect):
                bad(case, f"parsed digest lacks {sect}")

        # domains
        for u in re.findall(r"https?://([^/\s]+)", digest + spec["url"]):
            if not u.endswith(".example"):
                bad(case, f"domain {u} is not under .example")

        # html
        html_text = (d / "source.html").read_text(encoding="utf-8")
        if html_text != gen.render(spec):
            bad(case, "source.html is stale: run gen.py")
        p = Page()
        p.feed(html_text)
        if p.title not in (f"{spec['title']} - {spec['outlet']}", f"{spec['title']} | {spec['outlet']}"):
            bad(case, f"<title> is {p.title!r}")
        if p.meta.get("og:site_name") != spec["outlet"] or p.meta.get("og:title") != spec["title"]:
            bad(case, "og:site_name / og:title")
        if p.meta.get("article:published_time") != spec["published"]:
            bad(case, "article:published_time")
        if p.links.get("canonical") != spec["url"]:
            bad(case, "canonical link")
        try:
            ld = json.loads("".join(p.ld))
            if ld.get("@type") != "NewsArticle" or ld.get("datePublished") != spec["published"]:
                bad(case, "JSON-LD NewsArticle")
        except ValueError:
            bad(case, "JSON-LD does not parse")
        for tag in ("nav", "article", "footer", "aside"):
            if tag not in p.tags:
                bad(case, f"no <{tag}>")
        if "cookie-banner" not in p.classes:
            bad(case, "no cookie banner")
        art = norm("".join(p.article_text))
        for para in spec["paragraphs"]:
            if norm(para) not in art:
                bad(case, "a paragraph is missing from <article>")
                break

    if n_clean != 12 or n_err != 12:
        bad("set", f"{n_clean} clean and {n_err} err cases (want 12 + 12)")
    if langs != WANT_LANGS:
        bad("set", f"languages {langs} (want {WANT_LANGS})")
    r = subprocess.run([sys.executable, str(HERE / "gen.py"), "--check"], capture_output=True, text=True)
    if r.returncode != 0:
        bad("set", "gen.py --check: " + r.stdout.strip())

    print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err)")
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("planted findings: " + ", ".join(f"{k}/{s} {n}" for (k, s), n in sorted(kinds.items())))
    print(f"yoten parse: {yoten}")
    if problems:
        print(f"FAIL: {len(problems)} problem(s)")
        for p_ in problems:
            print("  - " + p_)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
