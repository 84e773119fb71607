#!/usr/bin/env python3
"""Sanity checks for check-holdout-220.

usage: python verify.py [path/to/yoten]

- every case has source.html, digest.txt, expected.json, and a spec
- clean cases: "clean": true and no findings; err cases: exactly 3 findings
- every span stands verbatim in its digest (and is reported if it occurs twice)
- every digest parses with `yoten parse`; the parsed citation has the source's
  title and outlet; clean digests cite the canonical URL and the publication
  date in the outlet's own time zone
- source: canonical, og:site_name, og:title, <title> with the outlet suffix,
  article:published_time with an offset, JSON-LD NewsArticle, 300-650 words
  (Japanese: characters) of article text
- digest length 900-1,600 characters (whitespace and citation excluded)
- weekday markers "N日(曜)" in clean digests agree with the calendar
- counts by language, kind and severity
"""
import collections, datetime as dt, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bcv220/bin/yoten"
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "citation": "warning"}
WD = "月火水木金土日"
problems = []

def bad(case, msg):
    problems.append(f"{case}: {msg}")

def spec_of(name):
    head, _, text = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    return meta, [l.strip() for l in text.splitlines() if l.strip()]

langs, kinds, sev = collections.Counter(), collections.Counter(), collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
n_clean = n_err = 0
for c in cases:
    name = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists():
            bad(name, f"missing {f}")
    meta, paras = spec_of(name)
    lang = meta["lang"]
    langs[lang] += 1
    src = (c / "source.html").read_text(encoding="utf-8")
    dg = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    # source checks
    for needle in ('rel="canonical"', 'og:site_name', 'og:title', 'article:published_time',
                   '"@type": "NewsArticle"', 'cookie', '<article>', '<footer>', '<nav>'):
        if needle not in src:
            bad(name, f"source lacks {needle}")
    if f"<title>{html.escape(meta['title'])} - {html.escape(meta['outlet'])}</title>" not in src:
        bad(name, "title tag without outlet suffix")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", meta["published"]):
        bad(name, "published_time without offset")
    if ".example/" not in meta["url"]:
        bad(name, "URL not under .example")
    size = sum(len(p) for p in paras if not p.startswith("## ")) if lang == "ja" else \
        sum(len(p.split()) for p in paras if not p.startswith("## "))
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        bad(name, f"article text {size} {'chars' if lang == 'ja' else 'words'}")
    # digest length (body only: up to the citation marker, no whitespace)
    body = dg.split("【引用・参照・底本】")[0]
    n = len(re.sub(r"\s", "", body))
    if not 900 <= n <= 1600:
        bad(name, f"digest length {n}")
    # expected
    clean = name.startswith("clean-")
    if exp.get("clean") is not clean:
        bad(name, "clean flag does not match name")
    if clean:
        n_clean += 1
        if exp["findings"]:
            bad(name, "clean case has findings")
    else:
        n_err += 1
        if len(exp["findings"]) != 3:
            bad(name, f"{len(exp['findings'])} findings, expected 3")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        bad(name, "duplicate span")
    for f in exp["findings"]:
        if KINDS.get(f["kind"]) != f["severity"]:
            bad(name, f"kind/severity {f['kind']}/{f['severity']}")
        k = dg.count(f["span"])
        if k == 0:
            bad(name, f"span not in digest: {f['span']}")
        elif k > 1:
            bad(name, f"span occurs {k} times: {f['span']}")
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
    # parse
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(name, f"yoten parse failed: {r.stderr.strip()[-300:]}")
        continue
    d = json.loads(r.stdout)
    for key in ("overview", "details", "key_points"):
        if not d.get(key):
            bad(name, f"parsed digest lacks {key}")
    srcs = d.get("sources") or []
    if len(srcs) != 1:
        bad(name, f"{len(srcs)} sources parsed")
        continue
    s = srcs[0]
    if s["title"].replace("\u3000", " ") != meta["title"].replace("\u3000", " "):
        bad(name, f"citation title {s['title']!r}")
    if s["outlet"] != meta["outlet"]:
        bad(name, f"citation outlet {s['outlet']!r}")
    cited_span = any(f["kind"] == "citation" for f in exp["findings"])
    if clean or not cited_span:
        if s["url"] != meta["url"]:
            bad(name, "citation URL is not the canonical URL")
        if s["date"] != meta["published"][:10]:
            bad(name, f"citation date {s['date']} != {meta['published'][:10]}")
    # weekdays in clean digests (month taken from the publication date; a
    # day larger than the publication day is taken as the previous month only
    # if the text says so; here all clean weekday markers are same-month or
    # name their month explicitly)
    if clean:
        pub = dt.date.fromisoformat(meta["published"][:10])
        for m in re.finditer(r"(?:(\d{1,2})月)?(\d{1,2})日\((.)\)", dg):
            month = int(m.group(1)) if m.group(1) else pub.month
            day = int(m.group(2))
            try:
                real = WD[dt.date(pub.year, month, day).weekday()]
            except ValueError:
                bad(name, f"impossible date {m.group(0)}")
                continue
            if real != m.group(3):
                # maybe previous month (e.g. 31日 in an early-month article)
                bad(name, f"weekday {m.group(0)} is really {real}")

print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
if len(cases) != 24 or n_clean != 12 or n_err != 12:
    problems.append("set: wrong number of cases")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    problems.append(f"set: language mix {dict(langs)}")
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
