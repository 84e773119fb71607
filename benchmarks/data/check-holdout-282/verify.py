#!/usr/bin/env python3
"""Sanity checks for check-holdout-282 (no checker is run here).

- every case has source.html, digest.txt, expected.json and a spec;
- source.html is what gen.py builds from the spec (gen.py --check) and has
  the page metadata the brief asks for;
- clean cases: clean true, no findings, citation = spec title, outlet,
  local publication date and canonical URL;
- err cases: 3 findings, 2 mismatch/error and 1 warning, each span verbatim
  in digest.txt;
- sizes: source 300-350 words (ja: 600-700 characters without spaces),
  digest 950-1,400 characters;
- `yoten parse` accepts every digest (if a yoten executable is found);
- totals: 24 cases, 12 clean, 12 err, 36 findings (24 errors, 12
  warnings), languages 14 en / 3 fr / 3 de / 2 es / 2 ja.
"""
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

WARN_KINDS = {"unsupported", "name", "spelling", "citation", "glossary", "structure"}
problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


def find_yoten():
    for cand in (os.environ.get("YOTEN"), shutil.which("yoten"), "/tmp/bcv282/bin/yoten"):
        if cand and Path(cand).exists():
            return cand
    return None


def main():
    yoten = find_yoten()
    cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if cases != specs:
        problems.append(f"cases and specs differ: {set(cases) ^ set(specs)}")
    if subprocess.run([sys.executable, str(HERE / "gen.py"), "--check"]).returncode:
        problems.append("gen.py --check failed")
    langs, kinds, sev = Counter(), Counter(), Counter()
    n_clean = n_err = n_find = 0
    rows = []
    for name in cases:
        d = HERE / "cases" / name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).exists():
                bad(name, f"missing {f}")
        meta = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        langs[meta["lang"]] += 1
        src = (d / "source.html").read_text(encoding="utf-8")
        for needle in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                       'property="article:published_time"', '"@type": "NewsArticle"',
                       "<nav>", "cookie-banner", 'class="related"', "<footer>", "<article>"):
            if needle not in src:
                bad(name, f"source.html lacks {needle}")
        if not re.search(r"[+-]\d\d:\d\d$", meta["published"]):
            bad(name, "published has no UTC offset")
        body = " ".join(meta["paragraphs"])
        if meta["lang"] == "ja":
            size = len(re.sub(r"\s", "", body))
            ok = 600 <= size <= 700
            unit = "chars"
        else:
            size = len(body.split())
            ok = 300 <= size <= 350
            unit = "words"
        if not ok:
            bad(name, f"source size {size} {unit}")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        dsize = len(digest)
        if not 950 <= dsize <= 1400:
            bad(name, f"digest size {dsize}")
        for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
            if marker not in digest:
                bad(name, f"digest lacks {marker}")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        finds = exp["findings"]
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or finds:
                bad(name, "clean case with findings")
            cite = f"{meta['title']} {meta['outlet']} {meta['published'][:10].replace('-', '.')}"
            if cite not in digest:
                bad(name, "citation line differs from the spec")
            if not digest.rstrip().endswith(meta["url"]):
                bad(name, "citation URL is not the canonical URL")
        elif name.startswith("err-"):
            n_err += 1
            if exp["clean"] is not False or len(finds) != 3:
                bad(name, "err case without exactly 3 findings")
            errs = [f for f in finds if f["severity"] == "error"]
            warns = [f for f in finds if f["severity"] == "warning"]
            if len(errs) != 2 or len(warns) != 1:
                bad(name, "err case is not 2 errors + 1 warning")
            for f in errs:
                if f["kind"] != "mismatch":
                    bad(name, f"error of kind {f['kind']}")
            for f in warns:
                if f["kind"] not in WARN_KINDS:
                    bad(name, f"warning of kind {f['kind']}")
            spans = [f["span"] for f in finds]
            if len(set(spans)) != len(spans):
                bad(name, "duplicate span")
            for f in finds:
                if f["span"] not in digest:
                    bad(name, f"span not verbatim in digest: {f['span']}")
                kinds[f["kind"]] += 1
                sev[f["severity"]] += 1
                n_find += 1
        else:
            bad(name, "name is neither clean-* nor err-*")
        parsed = "skipped"
        if yoten:
            r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
            parsed = "ok" if r.returncode == 0 else "FAIL"
            if r.returncode:
                bad(name, f"yoten parse failed: {r.stderr.strip()[-200:]}")
        rows.append(f"{name:30} {meta['lang']}  source {size:4} {unit:5}  digest {dsize:5} chars  "
                    f"findings {len(finds)}  parse {parsed}")
    print("\n".join(rows))
    print(f"cases {len(cases)}: clean {n_clean}, err {n_err}")
    print(f"planted findings {n_find}: " + ", ".join(f"{k} {v}" for k, v in sorted(sev.items()))
          + " | " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    want = (len(cases) == 24 and n_clean == 12 and n_err == 12 and n_find == 36
            and sev == Counter(error=24, warning=12)
            and langs == Counter(en=14, fr=3, de=3, es=2, ja=2))
    if not want:
        problems.append("totals differ from the brief (24 cases, 12/12, 36 findings = 24 errors + 12 warnings, 14/3/3/2/2)")
    if problems:
        print("\nFAIL")
        print("\n".join(problems))
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
