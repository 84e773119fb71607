#!/usr/bin/env python3
"""Sanity checks for check-holdout-356 (does not run the checker)."""
import json, pathlib, re, shutil, subprocess, sys
from collections import Counter
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from gen import parse_spec  # noqa: E402

YOTEN = shutil.which("yoten") or "/tmp/bcv356/bin/yoten"
problems = []


def bad(msg):
    problems.append(msg)


def main():
    planted = json.loads((HERE / "planted.json").read_text(encoding="utf-8"))
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    langs, kinds, sev = Counter(), Counter(), Counter()
    n_clean = n_err = 0
    rows = []
    for d in cases:
        name = d.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).exists():
                bad(f"{name}: missing {f}")
        meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
        lang = meta["lang"]
        langs[lang] += 1
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        # source size
        body = "\n".join(paras)
        if lang == "ja":
            size = len(re.sub(r"\s", "", body)); lo, hi, unit = 600, 700, "chars"
        else:
            size = len(body.split()); lo, hi, unit = 300, 350, "words"
        if not lo <= size <= hi:
            bad(f"{name}: source {size} {unit}, want {lo}-{hi}")
        dsize = len(re.sub(r"\s", "", digest))
        if not 950 <= dsize <= 1400:
            bad(f"{name}: digest {dsize} chars, want 950-1400")
        # html essentials
        html = (d / "source.html").read_text(encoding="utf-8")
        for needle in ('og:site_name', 'og:title', 'rel="canonical"', 'article:published_time',
                       '"NewsArticle"', '<nav>', 'cookie', 'class="related"', '<footer>', '<article>'):
            if needle not in html:
                bad(f"{name}: source.html lacks {needle}")
        # citation line and URL
        pub = datetime.fromisoformat(meta["published"])
        cite_date = pub.strftime("%Y.%m.%d")
        tail = digest.split("【引用・参照・底本】", 1)[-1].strip().splitlines()
        tail = [t.strip() for t in tail if t.strip()]
        cite_ok = tail[:2] == [f"{meta['title']} {meta['outlet']} {cite_date}", meta["url"]]
        # expected
        fs = exp["findings"]
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or fs:
                bad(f"{name}: clean case must have no findings")
            if not cite_ok:
                bad(f"{name}: citation does not match spec: {tail[:2]}")
        else:
            n_err += 1
            if exp["clean"] is not False or len(fs) != 3:
                bad(f"{name}: err case must have 3 findings")
            s = Counter(f["severity"] for f in fs)
            if s != Counter({"error": 2, "warning": 1}):
                bad(f"{name}: want 2 errors + 1 warning, got {dict(s)}")
            if len({f["span"] for f in fs}) != 3:
                bad(f"{name}: spans not distinct")
            for f in fs:
                if f["span"] not in digest:
                    bad(f"{name}: span not verbatim in digest: {f['span']!r}")
                kinds[f["kind"]] += 1
                sev[f["severity"]] += 1
                if (f["severity"] == "error") != (f["kind"] == "mismatch"):
                    bad(f"{name}: kind/severity mismatch {f}")
            if planted.get(name) and [p["span"] for p in planted[name]] != [f["span"] for f in fs]:
                bad(f"{name}: expected.json out of date with planted.json")
        # weekday brackets: every 'N日(曜)' must be right for the month of the article unless planted
        wd = "月火水木金土日"
        planted_spans = [f["span"] for f in fs]
        for m in re.finditer(r"(\d{1,2})日\(([月火水木金土日])\)", digest):
            day = int(m.group(1))
            for mo_shift in (0, -1):
                y, mo = pub.year, pub.month + mo_shift
                if mo == 0:
                    y, mo = y - 1, 12
                try:
                    real = wd[datetime(y, mo, day).weekday()]
                except ValueError:
                    continue
                if day <= pub.day or mo_shift == -1:
                    break
            if real != m.group(2) and not any(m.group(0) in sp for sp in planted_spans):
                bad(f"{name}: weekday {m.group(0)} should be {real}")
        # yoten parse
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        parse_ok = r.returncode == 0
        if not parse_ok:
            bad(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
        # fictional domains
        for url in re.findall(r"https?://[^\s\"'<>]+", digest + html):
            host = re.sub(r"^https?://", "", url).split("/")[0]
            if not host.endswith(".example") and host not in ("schema.org",):
                bad(f"{name}: non-.example domain {host}")
        rows.append((name, lang, size, unit, dsize, len(fs), "ok" if parse_ok else "FAIL"))
    for r in rows:
        print(f"{r[0]:38s} {r[1]}  source {r[2]:4d} {r[3]:5s}  digest {r[4]:4d} chars  findings {r[5]}  parse {r[6]}")
    print(f"cases {len(cases)}: clean {n_clean}, err {n_err}")
    print("languages:", dict(sorted(langs.items())))
    print("planted findings:", sum(sev.values()), dict(sev), dict(sorted(kinds.items())))
    if len(cases) != 24 or n_clean != 12 or n_err != 12:
        bad("want 24 cases, 12 clean + 12 err")
    if langs != Counter({"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}):
        bad(f"language mix {dict(langs)}")
    if sev != Counter({"error": 24, "warning": 12}):
        bad(f"severity totals {dict(sev)}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
