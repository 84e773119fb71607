#!/usr/bin/env python3
"""Sanity checks for check-holdout-120 (run: python verify.py [path/to/yoten])."""
import collections, datetime, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
by_lang = collections.Counter(); by_kind = collections.Counter(); by_sev = collections.Counter()
n_clean = n_err = 0

def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None

for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    by_lang[lang] += 1
    # article length
    art = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    paras = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", art, re.S)]
    size = sum(len(p) for p in paras) if lang == "ja" else sum(len(p.split()) for p in paras)
    if lang != "ja" and not 300 <= size <= 650:
        problems.append(f"{name}: article has {size} words")
    # digest length (non-space characters)
    dlen = len("".join(dig.split()))
    if not 900 <= dlen <= 1600:
        problems.append(f"{name}: digest has {dlen} non-space characters")
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("details") or not d.get("overview"):
            problems.append(f"{name}: parsed digest lacks sections")
    # expected.json shape
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
    elif name.startswith("err-"):
        n_err += 1
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case must have clean=false and 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            by_kind[f["kind"]] += 1; by_sev[f["severity"]] += 1
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: {f['kind']} should be {want}")
            c = dig.count(f["span"])
            if c == 0:
                problems.append(f"{name}: span not in digest: {f['span']}")
            elif c > 1:
                problems.append(f"{name}: span occurs {c} times: {f['span']}")
    else:
        problems.append(f"{name}: name must start with clean- or err-")
    # citation (checked strictly for clean cases)
    lines = [l.strip() for l in dig.split("【引用・参照・底本】")[1].splitlines() if l.strip()]
    title, site, url = meta(src, "og:title"), meta(src, "og:site_name"), re.search(r'rel="canonical" href="([^"]*)"', src).group(1)
    pub = datetime.datetime.fromisoformat(meta(src, "article:published_time"))
    want_cit = f"{title} {site} {pub:%Y.%m.%d}"
    if name.startswith("clean-"):
        if lines[0] != want_cit:
            problems.append(f"{name}: citation line {lines[0]!r} != {want_cit!r}")
        if lines[1] != html.unescape(url):
            problems.append(f"{name}: citation URL is not the canonical URL")
    if "<title>" not in src or site not in re.search(r"<title>(.*?)</title>", src).group(1):
        problems.append(f"{name}: <title> lacks outlet suffix")
    for needle in ('"@type": "NewsArticle"', 'id="cookie-banner"', "<nav>", "<footer", 'class="related"'):
        if needle not in src:
            problems.append(f"{name}: source lacks {needle}")
    for dom in re.findall(r"https?://([^/\"]+)", src):
        if not dom.endswith(".example") and dom != "schema.org":
            problems.append(f"{name}: non-.example domain {dom}")
    print(f"{name:32s} {lang}  source {size:4d} {'chars' if lang=='ja' else 'words'}  digest {dlen:4d} chars  findings {len(exp['findings'])}")

print()
print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(by_lang.items())))
print("findings:", sum(by_kind.values()), "kinds:", dict(sorted(by_kind.items())), "severities:", dict(sorted(by_sev.items())))
if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
