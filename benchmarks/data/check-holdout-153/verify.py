#!/usr/bin/env python3
"""Sanity checks for check-holdout-153 (no checker involved).

Run from anywhere: python verify.py [path/to/yoten]
"""
import collections, datetime, html as htmlmod, json, pathlib, re, shutil, subprocess, sys

ROOT = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else (shutil.which("yoten") or "/tmp/bcv153/bin/yoten")
JA = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff\uff00-\uffef]")
KINDS_ERR = {"mismatch"}
KINDS_WARN = {"unsupported", "name", "spelling", "citation", "glossary", "structure"}

problems = []
by_lang = collections.Counter()
by_kind = collections.Counter()
by_sev = collections.Counter()
n_clean = n_err = 0
seen_urls = set()


def meta(src, prop, attr="property"):
    m = re.search(r'<meta %s="%s" content="([^"]*)"' % (attr, re.escape(prop)), src)
    return htmlmod.unescape(m.group(1)) if m else None


for case in sorted((ROOT / "cases").iterdir()):
    name = case.name
    files = {p.name for p in case.iterdir()}
    if files != {"source.html", "digest.txt", "expected.json"}:
        problems.append(f"{name}: files {sorted(files)}")
        continue
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    spec = ROOT / "specs" / f"{name}.txt"
    if not spec.exists():
        problems.append(f"{name}: no spec")
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    by_lang[lang] += 1
    # source metadata
    site = meta(src, "og:site_name"); title = meta(src, "og:title"); pub = meta(src, "article:published_time")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    for k, v in [("og:site_name", site), ("og:title", title), ("published_time", pub)]:
        if not v:
            problems.append(f"{name}: missing {k}")
    if '"@type": "NewsArticle"' not in src:
        problems.append(f"{name}: no JSON-LD NewsArticle")
    if not re.match(r"https://[^/]+\.example/", canon):
        problems.append(f"{name}: canonical not under .example: {canon}")
    if canon in seen_urls:
        problems.append(f"{name}: source reused")
    seen_urls.add(canon)
    if f"<title>{htmlmod.escape(title, quote=True)} | {htmlmod.escape(site, quote=True)}</title>" not in src:
        problems.append(f"{name}: <title> lacks outlet suffix")
    body = re.search(r'<div class="article-body">(.*?)</div>', src, re.S).group(1)
    text = htmlmod.unescape(re.sub(r"<[^>]+>", " ", body))
    words = len(text.split()) if lang != "ja" else len(JA.findall(text)) // 2
    if not 300 <= words <= 650:
        problems.append(f"{name}: article length {words} words (ja: chars/2)")
    # digest
    nja = len(JA.findall(dig))
    if not 900 <= nja <= 1600:
        problems.append(f"{name}: digest has {nja} Japanese characters")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        parsed = json.loads(r.stdout)
        for key in ("overview", "details", "key_points"):
            if key in parsed and not parsed[key]:
                problems.append(f"{name}: parse gave empty {key}")
    # citation (as it should be; err cases may deviate only through a labelled finding)
    local = datetime.datetime.fromisoformat(pub)
    want_cite = f"{title} {site} {local:%Y.%m.%d}"
    cite_ok = want_cite in dig and ("\n" + canon + "\n") in (dig + "\n")
    findings = exp.get("findings", [])
    if name.startswith("clean-"):
        n_clean += 1
        if exp.get("clean") is not True or findings:
            problems.append(f"{name}: clean case with findings")
        if not cite_ok:
            problems.append(f"{name}: citation differs from title/outlet/local date/canonical")
    elif name.startswith("err-"):
        n_err += 1
        if exp.get("clean") is not False:
            problems.append(f"{name}: err case marked clean")
        if len(findings) != 3:
            problems.append(f"{name}: {len(findings)} findings, want 3")
        has_cite = any(f["kind"] == "citation" for f in findings)
        if not cite_ok and not has_cite:
            problems.append(f"{name}: citation wrong but not labelled")
        if cite_ok and has_cite:
            problems.append(f"{name}: citation labelled but correct")
    else:
        problems.append(f"{name}: bad name")
    spans = [f["span"] for f in findings]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in findings:
        kind, sev, span = f["kind"], f["severity"], f["span"]
        by_kind[kind] += 1
        by_sev[sev] += 1
        if span not in dig:
            problems.append(f"{name}: span not verbatim in digest: {span!r}")
        if kind in KINDS_ERR and sev != "error" or kind in KINDS_WARN and sev != "warning":
            problems.append(f"{name}: kind/severity {kind}/{sev} against LABELS-v2")
        if kind not in KINDS_ERR | KINDS_WARN:
            problems.append(f"{name}: unknown kind {kind}")
    for u in re.findall(r"https?://[^\s\"'<>]+", dig + src):
        host = re.match(r"https?://([^/?#]+)", u).group(1)
        if not host.endswith(".example") and not host.endswith("schema.org"):
            problems.append(f"{name}: non-.example host {host}")

print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(by_lang.items())))
print("findings:", sum(by_kind.values()), "by kind:", dict(sorted(by_kind.items())), "by severity:", dict(sorted(by_sev.items())))
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
