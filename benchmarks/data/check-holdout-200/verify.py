"""Sanity checks for check-holdout-200 (no checker involved)."""
import collections, json, pathlib, re, subprocess, sys
HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, langs, kinds, sev = [], collections.Counter(), collections.Counter(), collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
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
    body = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    text = re.sub(r"<[^>]+>", " ", body)
    size = len(re.sub(r"\s", "", text)) // 2 if lang == "ja" else len(text.split())
    if not 300 <= size <= 650:
        problems.append(f"{name}: article size {size} (words; ja: chars/2)")
    for tag in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "<nav>", "cookie", "<footer>", "<aside>"):
        if tag not in src:
            problems.append(f"{name}: source lacks {tag}")
    jchars = len(re.sub(r"\s", "", dig.split("【引用・参照・底本】")[0]))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest body has {jchars} characters (non-space, before the citation)")
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    if exp["clean"] and canon not in dig.split():
        problems.append(f"{name}: clean digest does not cite the canonical URL")
    if name.startswith("clean-") != exp["clean"]:
        problems.append(f"{name}: name and clean flag disagree")
    if exp["clean"] and exp["findings"]:
        problems.append(f"{name}: clean case with findings")
    if not exp["clean"] and len(exp["findings"]) != 3:
        problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate span")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        if f["span"] not in dig:
            problems.append(f"{name}: span not in digest: {f['span']}")
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{name}: {f['kind']} should be {want}")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        try:
            json.loads(r.stdout)
        except ValueError:
            problems.append(f"{name}: yoten parse printed no JSON")
n_clean = sum(1 for c in cases if c.name.startswith("clean-"))
print(f"cases: {len(cases)} (clean {n_clean}, err {len(cases) - n_clean})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
if langs != collections.Counter(en=14, fr=3, de=3, es=2, ja=2):
    problems.append("language counts differ from 14/3/3/2/2")
if len(cases) != 24 or n_clean != 12:
    problems.append("want 24 cases, 12 clean")
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
