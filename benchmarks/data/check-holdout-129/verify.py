#!/usr/bin/env python3
"""Sanity checks for check-holdout-129. Usage: python3 verify.py [path/to/yoten]"""
import collections, html, json, pathlib, re, subprocess, sys
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
KIND_SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "citation": "warning"}
problems, notes = [], []
langs, kinds, sevs = collections.Counter(), collections.Counter(), collections.Counter()
n_clean = n_err = 0


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


for case in sorted(p for p in (HERE / "cases").iterdir() if p.is_dir()):
    name = case.name
    files = {f.name for f in case.iterdir()}
    if files != {"source.html", "digest.txt", "expected.json"}:
        problems.append(f"{name}: files {sorted(files)}")
        continue
    spec = HERE / "specs" / f"{name}.txt"
    if not spec.exists():
        problems.append(f"{name}: no spec")
    lang = re.search(r"^lang: (\w+)", spec.read_text(encoding="utf-8"), re.M).group(1)
    langs[lang] += 1
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))

    # source page structure
    for needle in ("<title>", 'property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "<nav>",
                   'id="cookie-banner"', "<footer", "<article>", 'class="related"'):
        if needle not in src:
            problems.append(f"{name}: source lacks {needle}")
    outlet, title = meta(src, "og:site_name"), meta(src, "og:title")
    pub = meta(src, "article:published_time")
    canon = html.unescape(re.search(r'<link rel="canonical" href="([^"]*)"', src).group(1))
    if not re.search(r"[+-]\d\d:\d\d$", pub):
        problems.append(f"{name}: published_time without offset")
    ttl = html.unescape(re.search(r"<title>(.*?)</title>", src).group(1))
    if not (ttl.startswith(title) and ttl.endswith(outlet)):
        problems.append(f"{name}: <title> not '<og:title> <sep> <outlet>'")
    if ".example" not in canon.split("/")[2]:
        problems.append(f"{name}: canonical domain not .example")
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    if lang == "ja":
        size, unit, lo, hi = len(re.sub(r"\s", "", text)), "chars", 600, 1300
    else:
        size, unit, lo, hi = len(text.split()), "words", 300, 650
    if not lo <= size <= hi:
        problems.append(f"{name}: article text {size} {unit}, want {lo}-{hi}")

    # digest
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    body_part = dig.split("【引用・参照・底本】")[0]
    jchars = len(re.sub(r"\s", "", body_part))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest {jchars} chars before the citation, want 900-1600")
    cite = [l.strip() for l in dig.split("【引用・参照・底本】")[1].splitlines() if l.strip()]
    local_date = datetime.fromisoformat(pub).strftime("%Y.%m.%d")
    cite_ok = cite[0] == f"{title} {outlet} {local_date}" and cite[1] == canon

    # labels
    clean = name.startswith("clean-")
    if exp.get("clean") is not clean:
        problems.append(f"{name}: 'clean' flag does not match the name")
    f = exp.get("findings", [])
    if clean:
        n_clean += 1
        if f:
            problems.append(f"{name}: clean case with findings")
        if not cite_ok:
            problems.append(f"{name}: clean citation differs from title/outlet/local date/canonical")
    else:
        n_err += 1
        if len(f) != 3:
            problems.append(f"{name}: {len(f)} findings, want 3")
        if cite_ok and any(x["kind"] == "citation" for x in f):
            problems.append(f"{name}: citation finding but citation is correct")
        if not cite_ok and not any(x["kind"] == "citation" for x in f):
            problems.append(f"{name}: citation wrong but not labelled")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for x in f:
            kinds[x["kind"]] += 1
            sevs[x["severity"]] += 1
            if KIND_SEV.get(x["kind"]) != x["severity"]:
                problems.append(f"{name}: {x['kind']} labelled {x['severity']}")
            c = dig.count(x["span"])
            if c == 0:
                problems.append(f"{name}: span {x['span']!r} not in digest")
            elif c > 1:
                notes.append(f"{name}: span {x['span']!r} occurs {c} times")
    notes.append(f"{name}: {lang}, source {size} {unit}, digest {jchars} chars")

print("\n".join(notes))
print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
print("finding kinds:", dict(sorted(kinds.items())), "total", sum(kinds.values()))
print("severities:", dict(sorted(sevs.items())))
print(f"\n{len(problems)} problem(s)")
print("\n".join(problems))
sys.exit(1 if problems else 0)
