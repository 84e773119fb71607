#!/usr/bin/env python3
"""Sanity checks for check-holdout-256 (run from anywhere)."""
import collections, datetime, html, json, pathlib, re, shutil, subprocess, sys

sys.dont_write_bytecode = True

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import parse_spec  # noqa: E402

problems = []
def bad(msg):
    problems.append(msg)

YOTEN = shutil.which("yoten") or ("/tmp/bcv256/bin/yoten" if pathlib.Path("/tmp/bcv256/bin/yoten").exists() else None)
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if [c.name for c in cases] != specs:
    bad("cases/ and specs/ differ")
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
parsed = 0
for c in cases:
    name = c.name
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    src = (c / "source.html").read_text(encoding="utf-8")
    # expected.json
    if name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or exp["findings"]:
            bad(f"{name}: clean case has findings")
    elif name.startswith("err-"):
        n_err += 1
        f = exp["findings"]
        if exp["clean"] or len(f) != 3:
            bad(f"{name}: err case needs exactly 3 findings, has {len(f)}")
        if sorted(x["severity"] for x in f) != ["error", "error", "warning"]:
            bad(f"{name}: needs 2 errors + 1 warning")
        for x in f:
            kinds[x["kind"]] += 1
            sev[x["severity"]] += 1
            if x["span"] not in digest:
                bad(f"{name}: span not verbatim in digest: {x['span']}")
            if x["severity"] == "error" and x["kind"] != "mismatch":
                bad(f"{name}: error must be mismatch")
        if len({x["span"] for x in f}) != 3:
            bad(f"{name}: duplicate spans")
    else:
        bad(f"{name}: bad prefix")
    # sizes
    n = len(digest)
    if not 950 <= n <= 1400:
        bad(f"{name}: digest {n} chars (950-1400)")
    body = " ".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", body))
        if not 600 <= size <= 700:
            bad(f"{name}: Japanese source {size} chars (600-700)")
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            bad(f"{name}: source {size} words (300-350)")
    # page furniture
    for needle in ("<title>", 'property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "<nav", "cookie-banner",
                   "<footer", "<article>", 'class="sidebar"'):
        if needle not in src:
            bad(f"{name}: source.html lacks {needle}")
    title = html.unescape(re.search(r"<title>(.*?)</title>", src).group(1))
    if not (title == f"{meta['title']} - {meta['outlet']}" or title == f"{meta['title']} | {meta['outlet']}"):
        bad(f"{name}: <title> not 'Headline - Outlet'")
    for url in [u for u in re.findall(r"https?://([^/\s\"']+)", src + digest) if u != "schema.org"]:
        if not url.endswith(".example"):
            bad(f"{name}: non-.example domain {url}")
    # citation: title, outlet, date in the outlet's own zone, canonical URL (clean cases exactly)
    local = datetime.datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
    cite = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cite = [l.strip() for l in cite if l.strip()]
    if name.startswith("clean-"):
        if cite[0] != f"{meta['title']} {meta['outlet']} {local}":
            bad(f"{name}: citation line wrong: {cite[0]}")
        if cite[1] != meta["url"]:
            bad(f"{name}: citation URL is not canonical")
    # house format sections
    for marker in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if marker not in digest:
            bad(f"{name}: missing {marker}")
    if YOTEN:
        r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            parsed += 1
print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(sev.values()), dict(sorted(sev.items())), dict(sorted(kinds.items())))
print(f"yoten parse ok: {parsed}/{len(cases)}" if YOTEN else "yoten parse: not available (skipped)")
want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want:
    bad(f"languages {dict(langs)} != {want}")
if (n_clean, n_err) != (12, 12) or sev != collections.Counter({"error": 24, "warning": 12}):
    bad("counts wrong")
if problems:
    print("FAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
