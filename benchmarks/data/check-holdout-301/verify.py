#!/usr/bin/env python3
"""Sanity checks for check-holdout-301 (no checker involved)."""
import collections, datetime as d, json, pathlib, re, shutil, subprocess, sys
sys.dont_write_bytecode = True

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen import parse_spec  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = shutil.which("yoten") or "/tmp/bcv301/bin/yoten"
problems, langs, kinds, sevs = [], collections.Counter(), collections.Counter(), collections.Counter()


def bad(msg):
    problems.append(msg)


def size_source(m):
    text = " ".join(m["paragraphs"])
    if m["lang"] == "ja":
        return len(re.sub(r"\s", "", text)), (600, 700), "chars"
    return len(text.split()), (300, 350), "words"


names = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
rows = []
for name in names:
    m = parse_spec(HERE / "specs" / f"{name}.txt")
    c = HERE / "cases" / name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).is_file():
            bad(f"{name}: missing {f}")
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    langs[m["lang"]] += 1
    clean = name.startswith("clean-")
    if exp["clean"] != clean:
        bad(f"{name}: clean flag {exp['clean']}")
    if clean and exp["findings"]:
        bad(f"{name}: clean case with findings")
    if not clean:
        fs = exp["findings"]
        if len(fs) != 3:
            bad(f"{name}: {len(fs)} findings")
        if sum(f["severity"] == "error" for f in fs) != 2 or sum(f["severity"] == "warning" for f in fs) != 1:
            bad(f"{name}: want 2 errors + 1 warning")
        for f in fs:
            kinds[f["kind"]] += 1
            sevs[f["severity"]] += 1
            if f["span"] not in digest:
                bad(f"{name}: span not in digest: {f['span']}")
            if f["severity"] == "error" and f["kind"] != "mismatch":
                bad(f"{name}: error must be mismatch")
    # citation
    lines = [l.strip() for l in digest.strip().splitlines() if l.strip()]
    date = m["published"][:10].replace("-", ".")
    cite_ok = lines[-1] == m["url"] and lines[-2] == f"{m['title']} {m['outlet']} {date}"
    if clean and not cite_ok:
        bad(f"{name}: citation lines differ from canonical title/outlet/date/url")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in digest:
            bad(f"{name}: no {marker}")
    # sizes
    n, (lo, hi), unit = size_source(m)
    if not lo <= n <= hi:
        bad(f"{name}: source {n} {unit} outside {lo}-{hi}")
    dn = len(re.sub(r"\s", "", digest))
    if not 950 <= dn <= 1400:
        bad(f"{name}: digest {dn} chars outside 950-1400")
    # derived values
    for line in (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("derive:"):
            label, expr, want = [x.strip() for x in line[7:].split("|")]
            got = eval(expr, {"d": d})
            try:
                ok = abs(float(got) - float(want)) <= max(0.051, abs(float(want)) * 0.006)
            except ValueError:
                ok = str(got) == want
            if not ok:
                bad(f"{name}: derive '{label}' = {got}, listed {want}")
    # parse
    parsed = "skip"
    if pathlib.Path(YOTEN).exists():
        r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        parsed = "ok" if r.returncode == 0 else "FAIL"
        if r.returncode:
            bad(f"{name}: yoten parse rc={r.returncode}: {(r.stderr or r.stdout)[-300:]}")
    rows.append(f"{name:36} {m['lang']}  source {n:4} {unit:5}  digest {dn:4} chars  findings {len(exp['findings'])}  parse {parsed}")

print("\n".join(rows))
n_clean = sum(x.startswith("clean-") for x in names)
print(f"cases {len(names)} (clean {n_clean}, err {len(names) - n_clean}); languages {dict(langs)}")
print(f"planted findings {sum(sevs.values())}: severities {dict(sevs)}; kinds {dict(kinds)}")
if len(names) != 24 or n_clean != 12:
    bad("want 24 cases, 12 clean")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    bad(f"language mix {dict(langs)}")
if sevs != collections.Counter({"error": 24, "warning": 12}):
    bad("want 24 errors and 12 warnings")
if problems:
    print("PROBLEMS:")
    print("\n".join("  " + p for p in problems))
    sys.exit(1)
print("verify: OK")
