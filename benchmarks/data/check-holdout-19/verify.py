#!/usr/bin/env python3
"""Check the check-holdout-19 cases.

Usage: python verify.py PATH/TO/yoten

For every case: the three files exist; expected.json has the right shape
(clean <=> no findings; err cases 2-3 findings; severities per LABELS-v2);
every span stands verbatim in digest.txt (missing-section markers such as
【要点】 excepted) and, for err cases, not in the paired clean digest;
`yoten parse` accepts the digest; the page carries the required metadata and
chrome; the article body is 2,000-5,000 characters (Japanese 2,500+); the
clean digest's citation is `<og:title> <og:site_name> <YYYY.MM.DD>` (date in
the outlet's own zone) followed by the canonical URL; every domain ends in
.example.  Exit status 0 when all checks pass.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import pathlib
import re
import subprocess
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"
SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning",
            "glossary": "warning", "citation": "warning", "structure": "warning"}
MARKERS = ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】")


def norm(s):
    return " ".join(unicodedata.normalize("NFKC", s).split()) if isinstance(s, str) else s


def meta(src: str, attr: str, name: str) -> str | None:
    m = re.search(rf'<meta {attr}="{re.escape(name)}" content="([^"]*)"', src)
    return html.unescape(m.group(1)) if m else None


def body_text(src: str) -> str:
    m = re.search(r'itemprop="articleBody">(.*?)\n    </div>', src, re.S)
    if not m:
        return ""
    text = re.sub(r"<[^>]+>", "", m.group(1))
    return "\n".join(line.strip() for line in html.unescape(text).splitlines() if line.strip())


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    yoten = sys.argv[1]
    problems: list[str] = []
    names = sorted(p.name for p in CASES.iterdir() if p.is_dir())
    slugs = sorted({n.split("-", 1)[1] for n in names})
    kinds: dict[str, int] = {}
    langs: dict[str, int] = {}
    for slug in slugs:
        for pre in ("clean", "err"):
            if f"{pre}-{slug}" not in names:
                problems.append(f"{slug}: no {pre}- case")
    for name in names:
        d = CASES / name
        try:
            src = (d / "source.html").read_text(encoding="utf-8")
            dig = (d / "digest.txt").read_text(encoding="utf-8")
            exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        except OSError as e:
            problems.append(f"{name}: {e}")
            continue
        is_err = name.startswith("err-")
        # expected.json
        if set(exp) != {"clean", "findings"} or exp["clean"] is is_err:
            problems.append(f"{name}: expected.json clean flag/keys wrong")
        f = exp["findings"]
        if not is_err and f:
            problems.append(f"{name}: clean case with findings")
        if is_err and not 2 <= len(f) <= 3:
            problems.append(f"{name}: {len(f)} findings (want 2-3)")
        spans = [x["span"] for x in f]
        if len(spans) != len(set(spans)):
            problems.append(f"{name}: duplicate spans")
        clean_dig = (CASES / name.replace("err-", "clean-", 1) / "digest.txt").read_text(encoding="utf-8") if is_err else ""
        for x in f:
            if set(x) != {"kind", "severity", "span"}:
                problems.append(f"{name}: finding keys {sorted(x)}")
                continue
            kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
            if SEVERITY.get(x["kind"]) != x["severity"]:
                problems.append(f"{name}: {x['kind']} labelled {x['severity']}")
            if x["span"] in MARKERS and x["kind"] == "structure":
                continue
            if x["span"] not in dig:
                problems.append(f"{name}: span {x['span']!r} not in digest")
            if x["span"] in clean_dig:
                problems.append(f"{name}: span {x['span']!r} also in the clean digest")
        # yoten parse
        r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
            parsed = None
        else:
            parsed = json.loads(r.stdout)
        # page
        lang = re.search(r'<html lang="([a-z]+)"', src).group(1)
        if not is_err:
            langs[lang] = langs.get(lang, 0) + 1
        site, title = meta(src, "property", "og:site_name"), meta(src, "property", "og:title")
        pub = meta(src, "property", "article:published_time")
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', src)
        for what, ok in (("og:site_name", site), ("og:title", title), ("published_time", pub),
                         ("canonical", canon), ("<title>", "<title>" in src), ("nav", 'class="menu"' in src),
                         ("cookie banner", 'id="cookie-banner"' in src), ("sidebar", 'class="sidebar"' in src),
                         ("footer", "<footer" in src)):
            if not ok:
                problems.append(f"{name}: page lacks {what}")
        if pub and not re.search(r"[+-]\d\d:\d\d$", pub):
            problems.append(f"{name}: published_time without UTC offset")
        n = len(body_text(src))
        lo = 2500 if lang == "ja" else 2000
        if not lo <= n <= 5000:
            problems.append(f"{name}: body {n} chars (want {lo}-5000)")
        for host in re.findall(r"https?://([^/\"'\s?]+)", src + dig):
            if not host.endswith(".example") and host not in ("schema.org",):
                problems.append(f"{name}: domain {host} not .example")
        # citation of the clean digest
        if not is_err and parsed is not None and pub and canon:
            want_date = dt.datetime.fromisoformat(pub).date().isoformat()
            srcs = parsed.get("sources") or []
            got = srcs[0] if srcs else {}
            if (norm(got.get("title")), norm(got.get("outlet")), got.get("date"), got.get("url")) != (norm(title), norm(site), want_date, canon.group(1)):
                problems.append(f"{name}: citation {got} != page ({title!r}, {site!r}, {want_date}, {canon.group(1)})")
    total = sum(kinds.values())
    print(f"cases: {len(names)} ({len(slugs)} minimal pairs); sources by language: {dict(sorted(langs.items()))}")
    print(f"planted findings: {total} " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
