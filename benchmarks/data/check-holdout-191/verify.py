#!/usr/bin/env python3
"""Sanity checks for check-holdout-191. Usage: python verify.py [path/to/yoten]"""
import collections, html as htmlmod, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems, rows = [], []
langs, kinds, sev = collections.Counter(), collections.Counter(), collections.Counter()

def meta(html, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), html)
    return htmlmod.unescape(m.group(1)) if m else None

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    name = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).is_file():
            problems.append(f"{name}: missing {f}")
    if not (HERE / "specs" / f"{name}.txt").is_file():
        problems.append(f"{name}: missing spec")
    html = (c / "source.html").read_text(encoding="utf-8")
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', html).group(1)
    langs[lang] += 1
    # source checks
    for prop in ("og:site_name", "og:title", "article:published_time"):
        if not meta(html, prop):
            problems.append(f"{name}: source lacks {prop}")
    for needle in ('rel="canonical"', '"@type": "NewsArticle"', "<article>", "<nav>", "cookie", "<footer>", 'class="related"'):
        if needle not in html:
            problems.append(f"{name}: source lacks {needle}")
    body = " ".join(re.findall(r"<p>(.*?)</p>", html.split('<div class="article-body">')[1].split("</div>")[0], re.S))
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    if lang != "ja" and not 300 <= size <= 650:
        problems.append(f"{name}: article has {size} words")
    if lang == "ja" and not 500 <= size <= 1300:
        problems.append(f"{name}: Japanese article has {size} characters")
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
    pub = meta(html, "article:published_time")
    title, outlet = meta(html, "og:title"), meta(html, "og:site_name")
    # digest checks
    jchars = len(re.findall(r"[^\x00-\x7f\s]", digest))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest has {jchars} Japanese characters")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        for key in ("headline", "overview", "details", "key_points", "sources"):
            if not d.get(key):
                problems.append(f"{name}: parsed digest lacks {key}")
    cite_line = f"{title} {outlet} {pub[:10].replace('-', '.')}"
    cite_ok = cite_line in digest and canonical in digest.split("【引用・参照・底本】")[1]
    # expected checks
    fnd = exp["findings"]
    if name.startswith("clean-"):
        if exp["clean"] is not True or fnd:
            problems.append(f"{name}: clean case must have clean=true and no findings")
        if not cite_ok:
            problems.append(f"{name}: citation is not '<og:title> <site> <local date>' + canonical URL")
        if "?" in digest.split("【引用・参照・底本】")[1]:
            problems.append(f"{name}: citation URL has a query string")
    else:
        if exp["clean"] is not False or len(fnd) != 3:
            problems.append(f"{name}: err case must have clean=false and 3 findings")
    spans = [f["span"] for f in fnd]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in fnd:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{name}: {f['kind']} should be {want}")
        n = digest.count(f["span"])
        if n == 0:
            problems.append(f"{name}: span not in digest: {f['span']}")
        if f["kind"] != "citation" and f["span"] in html:
            problems.append(f"{name}: span also stands verbatim in the source: {f['span']}")
    rows.append((name, lang, size, jchars, len(fnd)))

print(f"{'case':34} lang  source  digest-ja  findings")
for r in rows:
    print(f"{r[0]:34} {r[1]:4} {r[2]:6} {r[3]:9} {r[4]:9}")
n_clean = sum(1 for r in rows if r[0].startswith("clean-"))
n_err = sum(1 for r in rows if r[0].startswith("err-"))
print(f"\ncases: {len(rows)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("kinds:", dict(sorted(kinds.items())))
print("severities:", dict(sorted(sev.items())))
if dict(langs) != WANT_LANG:
    problems.append(f"language counts {dict(langs)} != {WANT_LANG}")
if (n_clean, n_err) != (12, 12):
    problems.append("need 12 clean and 12 err cases")
domains = [re.search(r'href="https://([^/]+)/', (c / "source.html").read_text()).group(1) for c in cases]
if any(not d.endswith(".example") for d in domains):
    problems.append("a domain is not under .example")
if len(set(domains)) != len(domains):
    problems.append("two cases share an outlet domain")
print("\nproblems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
