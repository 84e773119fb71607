#!/usr/bin/env python3
"""Sanity checks for check-holdout-227 (does not run the checker)."""
import collections, html, json, pathlib, re, subprocess, sys
HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, langs, kinds, sev = [], collections.Counter(), collections.Counter(), collections.Counter()
canon, n_clean, n_err = set(), 0, 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists():
            problems.append(f"{name}: missing {f}")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1); langs[lang] += 1
    url = html.unescape(re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1))
    if url in canon: problems.append(f"{name}: source reused")
    canon.add(url)
    for tag in ('og:site_name', 'og:title', 'article:published_time', 'NewsArticle', '<article>', 'cookie-banner', '<footer>', '<nav>'):
        if tag not in src: problems.append(f"{name}: source lacks {tag}")
    body = " ".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", src.split("<article>")[1].split("</article>")[0], re.S))
    words = len(body) // 2 if lang == "ja" else len(body.split())  # ja: ~2 chars per word
    if not 300 <= words <= 650: problems.append(f"{name}: article text {words} words")
    chars = len(re.sub(r"\s", "", dig))
    if not 900 <= chars <= 1600: problems.append(f"{name}: digest {chars} chars")
    pub = re.search(r'article:published_time" content="(\d{4})-(\d\d)-(\d\d)', src).groups()
    title = html.unescape(re.search(r'og:title" content="([^"]+)"', src).group(1))
    outlet = html.unescape(re.search(r'og:site_name" content="([^"]+)"', src).group(1))
    cite_ok = f"{title} {outlet} {'.'.join(pub)}" in dig and ("\n" + url + "\n") in dig + "\n"
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{name}: yoten parse failed: {r.stderr[-200:]}")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}: problems.append(f"{name}: clean case has findings")
        if not cite_ok: problems.append(f"{name}: citation differs from source")
    else:
        n_err += 1
        if exp["clean"] or len(exp["findings"]) != 3: problems.append(f"{name}: expected 3 findings")
        for fd in exp["findings"]:
            kinds[fd["kind"]] += 1; sev[fd["severity"]] += 1
            if fd["span"] not in dig: problems.append(f"{name}: span not in digest: {fd['span']}")
            want = "error" if fd["kind"] == "mismatch" else "warning"
            if fd["severity"] != want: problems.append(f"{name}: {fd['kind']} should be {want}")
        if len({fd["span"] for fd in exp["findings"]}) != 3: problems.append(f"{name}: duplicate spans")
    print(f"{name:28s} {lang}  {words:4d} words  {chars:5d} chars  findings={len(exp['findings'])}")
print(f"\ncases: {n_clean} clean, {n_err} err; languages: {dict(sorted(langs.items()))}")
print(f"findings: {sum(kinds.values())}; kinds: {dict(sorted(kinds.items()))}; severities: {dict(sorted(sev.items()))}")
print("problems:" if problems else "no problems")
for p in problems: print("  -", p)
sys.exit(1 if problems else 0)
