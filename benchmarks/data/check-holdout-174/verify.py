"""Sanity checks for check-holdout-174 (run: python verify.py [path/to/yoten])."""
import collections, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
by_lang = collections.Counter()
by_lang_kind = collections.Counter()
by_kind = collections.Counter()
by_sev = collections.Counter()
n_find = 0
sources = set()
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    spec = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8")
    head, body = spec.split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    lang = meta["lang"]
    by_lang[lang] += 1
    by_lang_kind[(lang, name.split("-")[0])] += 1
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists():
            problems.append(f"{name}: missing {f}")
    html = (case / "source.html").read_text(encoding="utf-8")
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                   '"NewsArticle"', "<article>", "cookie-banner", "<footer", "<nav>"):
        if needle not in html:
            problems.append(f"{name}: source lacks {needle}")
    url = f"https://{meta['domain']}{meta['path']}"
    if url in sources:
        problems.append(f"{name}: source reused")
    sources.add(url)
    if not meta["domain"].endswith(".example"):
        problems.append(f"{name}: domain not .example")
    text = "\n".join(l for l in body.splitlines() if l.strip())
    size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article size {size} outside {lo}-{hi}")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    # digest length: non-whitespace characters above the citation section
    jchars = len(re.sub(r"\s", "", digest.split("【引用・参照・底本】")[0]))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest has {jchars} Japanese characters")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    finds = exp["findings"]
    if name.startswith("clean-"):
        if exp["clean"] is not True or finds:
            problems.append(f"{name}: clean case with findings")
    else:
        if exp["clean"] is not False or len(finds) != 3:
            problems.append(f"{name}: err case must have clean=false and 3 findings")
    spans = [f["span"] for f in finds]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in finds:
        n_find += 1
        by_kind[f["kind"]] += 1
        by_sev[f["severity"]] += 1
        ok_sev = {"mismatch": "error", "unsupported": "warning", "name": "warning",
                  "spelling": "warning", "citation": "warning"}
        if ok_sev.get(f["kind"]) != f["severity"]:
            problems.append(f"{name}: kind/severity {f['kind']}/{f['severity']}")
        if f["span"] not in digest:
            problems.append(f"{name}: span not in digest: {f['span']}")
    if meta["title"] not in digest and name != "err-es-xaltenco-dengue":
        problems.append(f"{name}: citation title differs from og:title")
    if url not in digest.split("\n") and name != "err-marrowfield-sales":
        problems.append(f"{name}: citation URL is not the canonical URL")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("headline"):
            problems.append(f"{name}: parse gave no headline")
    print(f"{name:32s} {lang}  article {size:4d} {'chars' if lang == 'ja' else 'words'}  digest {jchars:4d} chars  findings {len(finds)}")

print()
print("cases:", sum(by_lang.values()), " by language:", dict(sorted(by_lang.items())))
print("by language and kind:", {f"{l}/{k}": v for (l, k), v in sorted(by_lang_kind.items())})
print("planted findings:", n_find, " by kind:", dict(sorted(by_kind.items())), " by severity:", dict(sorted(by_sev.items())))
if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nno problems")
