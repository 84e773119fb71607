#!/usr/bin/env python3
"""Sanity checks for check-holdout-107.

Every case has source.html, digest.txt and expected.json; sources are what
gen.py renders from specs/; clean cases have no findings and a faithful
citation; err cases have 3 findings whose spans stand verbatim in the digest;
every digest parses with `yoten parse`; counts by language and kind.
Usage: python verify.py [--yoten PATH]
"""
import collections
import datetime as dt
import html
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True
import gen  # noqa: E402

SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "citation": "warning"}


def find_yoten():
    if "--yoten" in sys.argv:
        return sys.argv[sys.argv.index("--yoten") + 1]
    return os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv107/bin/yoten"


def main():
    yoten = find_yoten()
    problems = []
    langs = collections.Counter()
    langs_by_type = collections.Counter()
    kinds = collections.Counter()
    sizes = []
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = {p.stem for p in (HERE / "specs").glob("*.txt")}
    if {c.name for c in cases} != specs:
        problems.append(f"cases/specs differ: {sorted(specs ^ {c.name for c in cases})}")
    for c in cases:
        name = c.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (c / f).is_file():
                problems.append(f"{name}: missing {f}")
        meta, paras = gen.parse(HERE / "specs" / f"{name}.txt")
        src = (c / "source.html").read_text(encoding="utf-8")
        if src != gen.render(meta, paras):
            problems.append(f"{name}: source.html is not what gen.py renders")
        words = gen.words(meta, paras)
        if not 300 <= words <= 650:
            problems.append(f"{name}: {words} words of article text")
        for needle in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                       'property="article:published_time"', '"@type": "NewsArticle"',
                       "<article>", "cookie-banner", "<footer", "<nav>", 'class="related"'):
            if needle not in src:
                problems.append(f"{name}: source lacks {needle}")
        title = re.search(r"<title>(.*?)</title>", src).group(1)
        if not html.unescape(title).endswith(" - " + meta["outlet"]):
            problems.append(f"{name}: <title> lacks outlet suffix")
        lang = meta["lang"]
        langs[lang] += 1
        digest = (c / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        clean = name.startswith("clean-")
        langs_by_type[("clean" if clean else "err", lang)] += 1
        if exp.get("clean") is not clean:
            problems.append(f"{name}: clean flag {exp.get('clean')} does not match name")
        body = re.sub(r"\s", "", digest.split("【引用・参照・底本】")[0])
        sizes.append(len(body))
        if not 900 <= len(body) <= 1600:
            problems.append(f"{name}: digest body has {len(body)} characters (900-1600)")
        # citation
        cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cit = [x for x in cit if x.strip()]
        url = f"https://{meta['site']}{meta['path']}"
        day = dt.datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
        want_cit = f"{meta['title']} {meta['outlet']} {day}"
        if clean:
            if exp["findings"]:
                problems.append(f"{name}: clean case with findings")
            if cit[0].strip() != want_cit:
                problems.append(f"{name}: citation line {cit[0]!r} != {want_cit!r}")
            if cit[1].strip() != url:
                problems.append(f"{name}: citation URL {cit[1]!r} != canonical")
        else:
            if len(exp["findings"]) != 3:
                problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
            spans = [f["span"] for f in exp["findings"]]
            if len(set(spans)) != len(spans):
                problems.append(f"{name}: duplicate spans")
            for f in exp["findings"]:
                kinds[(f["kind"], f["severity"])] += 1
                if SEVERITY.get(f["kind"]) != f["severity"]:
                    problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
                if f["span"] not in digest:
                    problems.append(f"{name}: span {f['span']!r} not in digest")
            if not any(f["kind"] == "citation" for f in exp["findings"]):
                if cit[0].strip() != want_cit or cit[1].strip() != url:
                    problems.append(f"{name}: unlabelled citation difference")
        # parse
        r = subprocess.run([yoten, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
        else:
            d = json.loads(r.stdout)
            if not d.get("headline"):
                problems.append(f"{name}: parse gave no headline")
    n_clean = sum(1 for c in cases if c.name.startswith("clean-"))
    print(f"cases: {len(cases)} ({n_clean} clean, {len(cases) - n_clean} err)")
    print("languages:", dict(sorted(langs.items())))
    print("languages by type:", {f"{t}/{l}": n for (t, l), n in sorted(langs_by_type.items())})
    print("planted findings:", sum(kinds.values()))
    for (k, s), n in sorted(kinds.items()):
        print(f"  {k:12s} {s:8s} {n}")
    print(f"digest body characters (no whitespace, before citation): min {min(sizes)}, max {max(sizes)}")
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print("  -", p)
        return 1
    print("no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
