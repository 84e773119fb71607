"""Sanity checks for check-holdout-188 (run from anywhere)."""
import collections, json, pathlib, re, subprocess, sys, html
ROOT = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, langs, kinds, sev = [], collections.Counter(), collections.Counter(), collections.Counter()
cases = sorted(p for p in (ROOT / "cases").iterdir() if p.is_dir())
nclean = nerr = 0
urls = set()
for c in cases:
    name = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists():
            problems.append(f"{name}: missing {f}")
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if canon in urls:
        problems.append(f"{name}: source reused")
    urls.add(canon)
    if not canon.split("/")[2].endswith(".example"):
        problems.append(f"{name}: domain not .example")
    body = " ".join(re.findall(r"<p>(.*?)</p>", re.search(r"<article>(.*?)</article>", src, re.S).group(1), re.S))
    words = len(html.unescape(body).split()) if lang != "ja" else len(html.unescape(body)) // 2
    if not 300 <= words <= 650:
        problems.append(f"{name}: article length {words} words (ja: chars/2)")
    jchars = len(re.sub(r"\s", "", dig))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest {jchars} chars")
    for key in ("og:site_name", "og:title", "article:published_time", "NewsArticle", "cookie-banner", "<nav>", "<footer>", "<aside>"):
        if key not in src:
            problems.append(f"{name}: source lacks {key}")
    if name.startswith("clean-"):
        nclean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case has findings")
        if canon not in dig:
            problems.append(f"{name}: canonical URL not in citation")
    elif name.startswith("err-"):
        nerr += 1
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs 3 findings")
        for fd in exp["findings"]:
            kinds[fd["kind"]] += 1
            sev[fd["severity"]] += 1
            if fd["span"] not in dig:
                problems.append(f"{name}: span not verbatim: {fd['span']}")
            if dig.count(fd["span"]) > 1:
                print(f"note {name}: span occurs {dig.count(fd['span'])}x: {fd['span']}")
    else:
        problems.append(f"{name}: bad name")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    print(f"{name:32} {lang} words={words:4} digest_chars={jchars:5}")
print(f"cases: {len(cases)} (clean {nclean}, err {nerr})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
