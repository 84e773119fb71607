#!/usr/bin/env python3
"""Sanity checks for check-holdout-207. Usage: python verify.py [path/to/yoten]"""
import collections, html, json, pathlib, re, shutil, subprocess, sys
HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else (shutil.which("yoten") or "/tmp/bcv207/bin/yoten")
problems, langs, kinds, sevs = [], collections.Counter(), collections.Counter(), collections.Counter()
urls = set()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    name = c.name
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    canon = html.unescape(re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1))
    if canon in urls:
        problems.append(f"{name}: source reused")
    urls.add(canon)
    pub = re.search(r'article:published_time" content="([^"]+)"', src).group(1)
    title = html.unescape(re.search(r'og:title" content="([^"]+)"', src).group(1))
    outlet = html.unescape(re.search(r'og:site_name" content="([^"]+)"', src).group(1))
    for tag in ("og:site_name", "application/ld+json", "NewsArticle", "<nav>", "cookie-banner", "<footer", "<article>", "related"):
        if tag not in src:
            problems.append(f"{name}: source lacks {tag}")
    paras = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", src.split("<article>")[1].split("</article>")[0])]
    text = " ".join(paras)
    size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)  # ja: characters, about 2 per word
    if not lo <= size <= hi:
        problems.append(f"{name}: article size {size} outside {lo}-{hi}")
    jchars = len(re.sub(r"\s", "", dig))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest {jchars} chars outside 900-1600")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in dig:
            problems.append(f"{name}: digest lacks {marker}")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    is_clean = name.startswith("clean-")
    if exp.get("clean") is not is_clean:
        problems.append(f"{name}: clean flag {exp.get('clean')} does not fit its name")
    f = exp["findings"]
    if is_clean:
        if f:
            problems.append(f"{name}: clean case has findings")
        cite = f"{title} {outlet} {pub[:4]}.{pub[5:7]}.{pub[8:10]}"
        if cite not in dig or canon not in dig.split("【引用・参照・底本】")[1].split():
            problems.append(f"{name}: citation does not match the source")
    else:
        if len(f) != 3:
            problems.append(f"{name}: {len(f)} findings, want 3")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for x in f:
            kinds[x["kind"]] += 1
            sevs[x["severity"]] += 1
            if x["span"] not in dig:
                problems.append(f"{name}: span {x['span']!r} not in digest")
            want = "error" if x["kind"] == "mismatch" else "warning"
            if x["severity"] != want:
                problems.append(f"{name}: {x['kind']} labelled {x['severity']}")
            if x["kind"] not in ("mismatch", "unsupported", "name", "spelling", "citation"):
                problems.append(f"{name}: unexpected kind {x['kind']}")
    print(f"{name:42s} {lang}  article {size:4d}  digest {jchars:4d}  findings {len(f)}")
n_clean = sum(c.name.startswith("clean-") for c in cases)
print(f"\ncases {len(cases)} (clean {n_clean}, err {len(cases) - n_clean})")
print("languages", dict(sorted(langs.items())))
print("findings by kind", dict(sorted(kinds.items())), "by severity", dict(sorted(sevs.items())), "total", sum(kinds.values()))
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2} or len(cases) != 24 or n_clean != 12:
    problems.append("counts differ from the brief")
print("\nproblems:" if problems else "\nno problems")
for p in problems:
    print(" -", p)
sys.exit(1 if problems else 0)
