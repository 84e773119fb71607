#!/usr/bin/env python3
"""Sanity checks for check-holdout-344 (no checker involved)."""
import collections
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv344/bin/yoten"
problems = []


def bad(msg):
    problems.append(msg)


def main():
    names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if names != specs:
        bad(f"cases/specs differ: {set(names) ^ set(specs)}")
    langs = collections.Counter()
    n_clean = n_err = n_find = n_error = n_warn = 0
    kinds = collections.Counter()
    parse_ok = 0
    for name in names:
        d = HERE / "cases" / name
        meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        langs[meta["lang"]] += 1
        html = (d / "source.html").read_text(encoding="utf-8")
        for needle in ("<title>", 'property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                       'property="article:published_time"', '"@type": "NewsArticle"', "<nav>",
                       "cookie-banner", "class=\"related\"", "<footer", "<article>"):
            if needle not in html:
                bad(f"{name}: source.html lacks {needle}")
        if not re.search(r"[+-]\d\d:\d\d$", meta["published"]):
            bad(f"{name}: published without UTC offset")
        if ".example" not in meta["url"]:
            bad(f"{name}: url not .example")
        body = "\n".join(paras)
        if meta["lang"] == "ja":
            size = len(re.sub(r"\s", "", body))
            if not 600 <= size <= 700:
                bad(f"{name}: ja source {size} chars")
        else:
            size = len(body.split())
            if not 300 <= size <= 350:
                bad(f"{name}: source {size} words")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        dl = len(digest)
        if not 950 <= dl <= 1400:
            bad(f"{name}: digest {dl} chars")
        for marker in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
            if marker not in digest:
                bad(f"{name}: digest lacks {marker}")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        fl = exp["findings"]
        lines = [l.strip() for l in digest.splitlines() if l.strip()]
        cite_url, cite_line = lines[-1], lines[-2]
        want_date = meta["published"][:10].replace("-", ".")
        if name.startswith("clean-"):
            n_clean += 1
            if not exp["clean"] or fl:
                bad(f"{name}: clean case with findings")
            if cite_url != meta["url"]:
                bad(f"{name}: citation URL differs from canonical")
            if cite_line != f"{meta['title']} {meta['outlet']} {want_date}":
                bad(f"{name}: citation line differs: {cite_line!r}")
        else:
            n_err += 1
            if exp["clean"] or len(fl) != 3:
                bad(f"{name}: err case needs 3 findings, has {len(fl)}")
            sev = collections.Counter(f["severity"] for f in fl)
            if sev != {"error": 2, "warning": 1}:
                bad(f"{name}: severities {dict(sev)}")
            for f in fl:
                if f["span"] not in digest:
                    bad(f"{name}: span not verbatim: {f['span']!r}")
                kinds[f["kind"]] += 1
            spans = [f["span"] for f in fl]
            if len(set(spans)) != len(spans):
                bad(f"{name}: duplicate spans")
            n_find += len(fl)
            n_error += sev["error"]
            n_warn += sev["warning"]
            if not any(f["kind"] == "citation" for f in fl):
                if cite_url != meta["url"]:
                    bad(f"{name}: unplanned citation URL slip")
                if cite_line != f"{meta['title']} {meta['outlet']} {want_date}":
                    bad(f"{name}: unplanned citation line slip")
        if os.path.exists(YOTEN):
            r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
            if r.returncode == 0:
                parse_ok += 1
            else:
                bad(f"{name}: yoten parse rc={r.returncode}: {(r.stderr or r.stdout)[-300:]}")
        else:
            bad("yoten not found; set YOTEN")
    want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
    if dict(langs) != want_langs:
        bad(f"languages {dict(langs)} != {want_langs}")
    if (len(names), n_clean, n_err, n_find, n_error, n_warn) != (24, 12, 12, 36, 24, 12):
        bad(f"counts {(len(names), n_clean, n_err, n_find, n_error, n_warn)}")
    print(f"cases {len(names)} (clean {n_clean}, err {n_err}); languages {dict(sorted(langs.items()))}")
    print(f"planted findings {n_find}: error {n_error}, warning {n_warn}; kinds {dict(sorted(kinds.items()))}")
    print(f"yoten parse ok: {parse_ok}/{len(names)}")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"FAILED ({len(problems)} problems)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
