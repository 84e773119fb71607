#!/usr/bin/env python3
"""Sanity checks for check-holdout-343 (no checker involved)."""
import json, pathlib, re, shutil, subprocess, sys
from datetime import datetime
sys.dont_write_bytecode = True
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen import parse_spec, article_text

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = shutil.which("yoten") or ("/tmp/bcv343/bin/yoten" if pathlib.Path("/tmp/bcv343/bin/yoten").exists() else None)
problems = []
langs, n_clean, n_err, kinds, sev = {}, 0, 0, {}, {}


def bad(case, msg):
    problems.append(f"{case}: {msg}")


for spec in sorted((HERE / "specs").glob("*.txt")):
    name = spec.stem
    d = HERE / "cases" / name
    meta, paras = parse_spec(spec)
    lang = meta["lang"]
    langs[lang] = langs.get(lang, 0) + 1
    words = " ".join(article_text(paras))
    if lang == "ja":
        n = len(re.sub(r"\s", "", words))
        if not 600 <= n <= 700:
            bad(name, f"source {n} chars (600-700)")
    else:
        n = len(words.split())
        if not 300 <= n <= 350:
            bad(name, f"source {n} words (300-350)")
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).exists():
            bad(name, f"missing {f}")
    if problems and problems[-1].startswith(f"{name}: missing"):
        continue
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    src = (d / "source.html").read_text(encoding="utf-8")
    for tag in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                "NewsArticle", "<nav", "cookie-banner", "related", "<footer", "<article>"):
        if tag not in src:
            bad(name, f"source.html lacks {tag}")
    body = digest.split("【引用・参照・底本】")[0]
    nd = len(re.sub(r"\s", "", body))
    if not 950 <= nd <= 1400:
        bad(name, f"digest {nd} chars (950-1400, before the citation)")
    for m in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if m not in digest:
            bad(name, f"digest lacks {m}")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    fs = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or fs:
            bad(name, "clean case with findings")
        cit = digest.split("【引用・参照・底本】")[1].strip().splitlines()
        pub = datetime.fromisoformat(meta["published"])
        want = f"{meta['title']} {meta['outlet']} {pub:%Y.%m.%d}"
        if cit[0].strip() != want:
            bad(name, f"citation line {cit[0]!r} != {want!r}")
        if cit[-1].strip() != meta["url"]:
            bad(name, "citation URL is not the canonical URL")
    else:
        n_err += 1
        if exp["clean"] or len(fs) != 3:
            bad(name, f"err case needs 3 findings, has {len(fs)}")
        nerr = sum(1 for f in fs if f["severity"] == "error")
        if nerr != 2:
            bad(name, f"{nerr} errors (want 2)")
        spans = [f["span"] for f in fs]
        if len(set(spans)) != len(spans):
            bad(name, "duplicate spans")
        for f in fs:
            kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
            sev[f["severity"]] = sev.get(f["severity"], 0) + 1
            if f["span"] not in digest:
                bad(name, f"span {f['span']!r} not verbatim in digest.txt")
            if f["severity"] == "error" and f["kind"] != "mismatch":
                bad(name, "error must be mismatch")
            if f["severity"] == "warning" and f["kind"] not in ("unsupported", "name", "spelling", "citation"):
                bad(name, f"odd warning kind {f['kind']}")
    if YOTEN:
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(name, "yoten parse failed: " + (r.stderr or r.stdout)[-300:])
    print(f"{name:34s} {lang}  source {n:4d}  digest {nd:5d}  findings {len(fs)}")

print()
print("cases", n_clean + n_err, "clean", n_clean, "err", n_err)
print("languages", dict(sorted(langs.items())))
print("findings", sum(sev.values()), "severity", dict(sorted(sev.items())), "kinds", dict(sorted(kinds.items())))
print("yoten parse:", "run" if YOTEN else "SKIPPED (yoten not found)")
if (n_clean, n_err) != (12, 12):
    problems.append("want 12 clean + 12 err")
if langs != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    problems.append(f"language mix {langs}")
if sev != {"error": 24, "warning": 12}:
    problems.append(f"severity mix {sev}")
if problems:
    print("\nPROBLEMS:")
    print("\n".join(problems))
    sys.exit(1)
print("OK")
