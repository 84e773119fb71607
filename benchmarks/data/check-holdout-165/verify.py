#!/usr/bin/env python3
"""Sanity checks for check-holdout-165. Usage: python verify.py [path/to/yoten]"""
import collections, json, pathlib, re, subprocess, sys, html
HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, kinds, sev, langs = [], collections.Counter(), collections.Counter(), collections.Counter()
urls = set()
def p(msg): problems.append(msg)
cases = sorted(d for d in (HERE / "cases").iterdir() if d.is_dir())
for d in cases:
    name = d.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).exists(): p(f"{name}: missing {f}")
    src = (d / "source.html").read_text(encoding="utf-8")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1); langs[lang] += 1
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                   '"NewsArticle"', "<article>", "cookie-banner", "<footer>", 'class="related"', "<title>"):
        if needle not in src: p(f"{name}: source lacks {needle}")
    url = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    if not re.match(r"https://[^/]+\.example/", url): p(f"{name}: canonical not .example: {url}")
    if url in urls: p(f"{name}: source reused")
    urls.add(url)
    body = " ".join(html.unescape(re.sub(r"<[^>]+>", "", m)) for m in re.findall(r"<p>(.*?)</p>", src.split("<article>")[1].split("</article>")[0]))
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    unit = "chars" if lang == "ja" else "words"
    if lang != "ja" and not 300 <= size <= 650: p(f"{name}: article {size} words")
    if lang == "ja" and not 600 <= size <= 1300: p(f"{name}: article {size} chars")
    dlen = len(re.sub(r"\s", "", dig))
    if not 900 <= dlen <= 1600: p(f"{name}: digest {dlen} chars")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: p(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    # citation: title, outlet, date (outlet's own zone), canonical URL
    title = html.unescape(re.search(r'property="og:title" content="([^"]*)"', src).group(1))
    outlet = html.unescape(re.search(r'property="og:site_name" content="([^"]*)"', src).group(1))
    pub = re.search(r'article:published_time" content="([^"]+)"', src).group(1)
    cite = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cite = [l.strip() for l in cite if l.strip()]
    want_line = f"{title} {outlet} {pub[:10].replace('-', '.')}"
    cited = {f["kind"] for f in exp["findings"]} & {"citation"}
    if not cited and (cite[0] != want_line or cite[1] != url):
        p(f"{name}: citation differs from source: {cite[:2]}")
    if cited and cite[0] == want_line and cite[1] == url:
        p(f"{name}: citation finding labelled but citation is correct")
    if name.startswith("clean-"):
        if exp.get("clean") is not True or exp.get("findings"): p(f"{name}: clean case with findings")
    else:
        if exp.get("clean") is not False: p(f"{name}: err case marked clean")
        if len(exp["findings"]) != 3: p(f"{name}: {len(exp['findings'])} findings, want 3")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans): p(f"{name}: duplicate spans")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1; sev[f["severity"]] += 1
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want: p(f"{name}: {f['kind']} should be {want}")
            n = dig.count(f["span"])
            if n == 0: p(f"{name}: span not in digest: {f['span']}")
            elif n > 1: p(f"{name}: span occurs {n} times: {f['span']}")
    print(f"{name:32} {lang}  source {size:4} {unit:5}  digest {dlen:4} chars  findings {len(exp['findings'])}")
print()
print("cases:", len(cases), " clean:", sum(c.name.startswith("clean-") for c in cases),
      " err:", sum(c.name.startswith("err-") for c in cases))
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), " by kind:", dict(sorted(kinds.items())), " by severity:", dict(sorted(sev.items())))
print("problems:", len(problems))
for x in problems: print("  -", x)
sys.exit(1 if problems else 0)
