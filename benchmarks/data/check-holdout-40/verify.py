"""Sanity checks for check-holdout-40 (does not run the checker)."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, kinds, langs = [], collections.Counter(), collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    art = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    body = "".join(html.unescape(p) for p in re.findall(r"      <p>(.*?)</p>", art))
    lo = 2000 if lang == "ja" else 1500
    if not lo <= len(body) <= 3000:
        problems.append(f"{c.name}: body {len(body)} chars")
    for host in re.findall(r"https?://([^/\"'\s?]+)", src + dig):
        if not host.endswith(".example") and host != "schema.org":
            problems.append(f"{c.name}: non-.example host {host}")
    clean = c.name.startswith("clean-")
    if exp["clean"] != clean:
        problems.append(f"{c.name}: clean flag")
    f = exp["findings"]
    if clean and f:
        problems.append(f"{c.name}: clean case has findings")
    if not clean and not 2 <= len(f) <= 3:
        problems.append(f"{c.name}: {len(f)} findings")
    spans = [x["span"] for x in f]
    if len(set(spans)) != len(spans):
        problems.append(f"{c.name}: duplicate span")
    for x in f:
        if x["span"] not in dig:
            problems.append(f"{c.name}: span not in digest: {x['span']}")
        kinds[(x["kind"], x["severity"])] += 1
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{c.name}: yoten parse rc={r.returncode}: {r.stderr[-200:]}")
    else:
        s = json.loads(r.stdout)["sources"][0]
        m = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
        og = re.search(r'og:site_name" content="([^"]+)"', src).group(1)
        if s["outlet"] != html.unescape(og):
            problems.append(f"{c.name}: parsed outlet {s['outlet']!r}")
        if clean and s["url"] != html.unescape(m):
            problems.append(f"{c.name}: clean citation URL differs from canonical")
    print(f"{c.name:40} {lang}  body={len(body):5}  findings={len(f)}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
print(f"\ncases: {len(cases)} (clean {sum(c.name.startswith('clean-') for c in cases)}, "
      f"err {sum(c.name.startswith('err-') for c in cases)}); languages: {dict(sorted(langs.items()))}")
print("findings by kind/severity:", {f"{k}/{s}": n for (k, s), n in sorted(kinds.items())},
      "total", sum(kinds.values()))
print("problems:", problems or "none")
sys.exit(1 if problems else 0)
