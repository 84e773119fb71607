#!/usr/bin/env python3
"""Check the check-holdout-447 set.

    python3 verify.py            (uses $YOTEN, else `yoten` on PATH)

Checks, per case: spec and case folder agree; source.html is what gen.py
renders now; the page carries the metadata a news page has; the published
time's UTC offset is the zone's; article length (450-800 words, Japanese
900-1,600 characters); digest length 2,000-4,500 characters (with and
without white space); `yoten parse` reads the digest; expected.json has
the right shape (clean: no findings; err: 2 mismatch/error + 1 warning);
every span stands verbatim and exactly once in the digest; the citation
(title, outlet, outlet-local date, canonical URL) matches the spec except
where a citation finding is planted, and there it differs in that field.
Then set totals: 24 cases, 12/12, languages 14/3/3/2/2, both kinds in
every language with more than one case.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
JST = ZoneInfo("Asia/Tokyo")


def yoten_bin() -> str:
    for cand in (os.environ.get("YOTEN"), shutil.which("yoten"), "/tmp/bcv447/bin/yoten"):
        if cand and Path(cand).exists():
            return cand
    sys.exit("verify: no yoten executable (set $YOTEN)")


def main() -> int:
    yoten = yoten_bin()
    problems: list[str] = []
    rows = []
    specs = {p.stem: p for p in gen.all_specs()}
    cases = {p.name for p in (HERE / "cases").iterdir() if p.is_dir()}
    if set(specs) != cases:
        problems.append(f"spec/case mismatch: {sorted(set(specs) ^ cases)}")
    kinds = Counter()
    langs = Counter()
    lang_kind = Counter()
    for name in sorted(specs):
        bad = []
        meta = gen.parse_spec(specs[name])
        lang = meta["lang"]
        langs[lang] += 1
        is_err = name.startswith("err-")
        if not (is_err or name.startswith("clean-")):
            bad.append("name must start clean- or err-")
        lang_kind[(lang, is_err)] += 1
        folder = HERE / "cases" / name
        html = (folder / "source.html").read_text(encoding="utf-8")
        digest = (folder / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((folder / "expected.json").read_text(encoding="utf-8"))

        # source page
        if html != gen.render(meta):
            bad.append("source.html is stale (run gen.py)")
        title, outlet, url = meta["title"], meta["outlet"], meta["url"]
        host = url.split("/")[2]
        if not host.endswith(".example"):
            bad.append(f"domain {host} not under .example")
        esc = gen.e
        need = [
            f'<link rel="canonical" href="{esc(url)}">',
            f'<meta property="og:site_name" content="{esc(outlet)}">',
            f'<meta property="og:title" content="{esc(title)}">',
            f'<meta property="article:published_time" content="{meta["published"]}">',
            '"@type": "NewsArticle"', "<nav", "cookie", "<footer", "<article",
        ]
        for n in need:
            if n not in html:
                bad.append(f"page lacks {n[:50]}")
        m = re.search(r"<title>(.*?)</title>", html)
        if not m or m.group(1) not in (f"{esc(title)} - {esc(outlet)}", f"{esc(title)} | {esc(outlet)}"):
            bad.append("<title> is not 'Headline - Outlet' / 'Headline | Outlet'")
        pub = meta["published_dt"]
        zone_off = pub.astimezone(ZoneInfo(meta["zone"])).utcoffset()
        if pub.utcoffset() != zone_off:
            bad.append(f"offset {pub.utcoffset()} is not {meta['zone']}'s {zone_off}")
        body = gen.body_paragraphs(meta)
        if lang == "ja":
            size = sum(len(re.sub(r"\s", "", p)) for p in body)
            size_ok = 900 <= size <= 1600
            size_s = f"{size} chars"
        else:
            size = sum(len(p.split()) for p in body)
            size_ok = 450 <= size <= 800
            size_s = f"{size} words"
        if not size_ok:
            bad.append(f"article size {size_s}")

        # digest
        dlen = len(digest)
        dnw = len(re.sub(r"\s", "", digest))
        if not (2000 <= dlen <= 4500 and 2000 <= dnw <= 4500):
            bad.append(f"digest size {dlen}/{dnw}")
        proc = subprocess.run([yoten, "parse", str(folder / "digest.txt")], capture_output=True, text=True)
        parsed = None
        if proc.returncode != 0:
            bad.append("yoten parse failed: " + proc.stderr.strip()[-200:])
        else:
            parsed = json.loads(proc.stdout)
            for part in ("headline", "image_credit", "overview", "details", "key_points", "sources"):
                if not parsed.get(part):
                    bad.append(f"parsed digest lacks {part}")
            posted = parsed.get("posted_at")
            if posted and datetime.fromisoformat(posted).replace(tzinfo=JST) < pub:
                bad.append("post time before publication")
        for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈", "国立国会図書館デジタルコレクション"):
            if marker not in digest:
                bad.append(f"digest lacks {marker}")

        # expected.json
        findings = exp.get("findings", [])
        if exp.get("clean") is not (not is_err):
            bad.append("clean flag does not match the name")
        if is_err:
            errs = [f for f in findings if f["severity"] == "error"]
            warns = [f for f in findings if f["severity"] == "warning"]
            if len(findings) != 3 or len(errs) != 2 or len(warns) != 1:
                bad.append(f"err case needs 2 error + 1 warning, has {len(errs)} + {len(warns)} of {len(findings)}")
            if any(f["kind"] != "mismatch" for f in errs):
                bad.append("error findings must be kind mismatch")
            if any(f["kind"] not in WARN_KINDS for f in warns):
                bad.append("warning kind not in " + ", ".join(sorted(WARN_KINDS)))
        elif findings:
            bad.append("clean case has findings")
        spans = [f["span"] for f in findings]
        if len(set(spans)) != len(spans):
            bad.append("duplicate spans")
        for f in findings:
            kinds[(f["kind"], f["severity"])] += 1
            c = digest.count(f["span"])
            if c != 1:
                bad.append(f"span {f['span'][:40]!r} occurs {c} times")

        # citation
        local_date = pub.strftime("%Y-%m-%d")
        cit = [f for f in findings if f["kind"] == "citation"]
        if parsed and parsed.get("sources"):
            src = parsed["sources"][0]
            want = {"title": title, "outlet": outlet, "date": local_date, "url": url}
            differ = {k for k in want if src.get(k) != want[k]}
            if cit:
                span = cit[0]["span"]
                ok = len(differ) == 1
                k = next(iter(differ)) if differ else None
                if k == "date":
                    ok = ok and span == src["date"].replace("-", ".") and span != local_date.replace("-", ".")
                elif k == "url":
                    ok = ok and span == src["url"] and src["url"].startswith(url + "?")
                elif k in ("title", "outlet"):
                    ok = ok and span == src[k]
                if not ok:
                    bad.append(f"planted citation finding does not match the citation (differs in {sorted(differ)})")
            elif differ:
                bad.append(f"citation differs from the spec in {sorted(differ)}: {src}")
        rows.append((name, lang, meta["outlet"], meta["published"][-6:], size_s, f"{dlen}/{dnw}",
                     len(findings), "ok" if not bad else "FAIL"))
        problems += [f"{name}: {b}" for b in bad]

    # totals
    n_clean = sum(1 for n in specs if n.startswith("clean-"))
    n_err = sum(1 for n in specs if n.startswith("err-"))
    if len(specs) != 24 or n_clean != 12 or n_err != 12:
        problems.append(f"need 24 cases (12 clean, 12 err), have {len(specs)} ({n_clean}, {n_err})")
    if dict(langs) != LANGS:
        problems.append(f"languages {dict(langs)} != {LANGS}")
    for lg, n in LANGS.items():
        if n > 1 and not (lang_kind[(lg, True)] and lang_kind[(lg, False)]):
            problems.append(f"language {lg} lacks a clean or an err case")
    if gen.main.__module__ and subprocess.run([sys.executable, str(HERE / "gen.py"), "--check"]).returncode != 0:
        problems.append("gen.py --check reports stale pages")

    w = max(len(r[0]) for r in rows)
    print(f"{'case':<{w}}  lang  {'outlet':<28} utc     article      digest     findings  status")
    for r in rows:
        print(f"{r[0]:<{w}}  {r[1]:<4}  {r[2]:<28} {r[3]}  {r[4]:<11}  {r[5]:<9}  {r[6]:<8}  {r[7]}")
    print()
    print(f"cases: {len(specs)} (clean {n_clean}, err {n_err}); languages: "
          + ", ".join(f"{k} {langs[k]} ({lang_kind[(k, False)]} clean / {lang_kind[(k, True)]} err)" for k in LANGS))
    print("planted findings: " + ", ".join(f"{k}/{s} {n}" for (k, s), n in sorted(kinds.items())))
    print(f"error findings: {sum(n for (k, s), n in kinds.items() if s == 'error')}, "
          f"warning findings: {sum(n for (k, s), n in kinds.items() if s == 'warning')}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
