"""Sanity checks for check-holdout-36 (does not run the checker).

Usage: python verify.py [--yoten PATH]"""
import argparse, collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent


def body_len(src):
    art = src.split("<article>", 1)[1].split("</article>", 1)[0]
    return len(" ".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", art, re.S)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yoten", default="yoten")
    a = ap.parse_args()
    bad, kinds, langs = [], collections.Counter(), collections.Counter()
    n_clean = n_err = 0
    for d in sorted((HERE / "cases").iterdir()):
        src = (d / "source.html").read_text(encoding="utf-8")
        dig = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        n = body_len(src)
        lo, hi = (2000, 4000) if lang == "ja" else (1500, 3000)
        if not lo <= n <= hi:
            bad.append(f"{d.name}: body {n} chars")
        for u in re.findall(r'https?://([^/"\s]+)', src + dig):
            if not u.endswith(".example") and u != "schema.org":
                bad.append(f"{d.name}: domain {u}")
        clean = d.name.startswith("clean-")
        if exp["clean"] != clean:
            bad.append(f"{d.name}: clean flag")
        f = exp["findings"]
        if clean and f:
            bad.append(f"{d.name}: clean case has findings")
        if not clean and not 2 <= len(f) <= 3:
            bad.append(f"{d.name}: {len(f)} findings")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            bad.append(f"{d.name}: duplicate span")
        for x in f:
            if x["span"] not in dig:
                bad.append(f"{d.name}: span not in digest: {x['span']}")
            elif dig.count(x["span"]) > 1:
                bad.append(f"{d.name}: span occurs {dig.count(x['span'])}x: {x['span']}")
            kinds[(x["kind"], x["severity"])] += 1
        r = subprocess.run([a.yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad.append(f"{d.name}: yoten parse rc={r.returncode}: {r.stderr.strip()[-200:]}")
        else:
            site = html.unescape(re.search(r'og:site_name" content="([^"]*)"', src).group(1))
            got = json.loads(r.stdout)["sources"][0]["outlet"]
            if got != site:
                bad.append(f"{d.name}: parsed citation outlet {got!r} != og:site_name {site!r}")
        n_clean += clean
        n_err += not clean
        print(f"{d.name:38s} {lang}  body={n:5d}  findings={len(f)}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
    print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
    print("languages:", dict(sorted(langs.items())))
    print("findings:", sum(kinds.values()))
    for (k, s), c in sorted(kinds.items()):
        print(f"  {k:12s} {s:8s} {c}")
    if bad:
        print("\nPROBLEMS:")
        print("\n".join("  " + b for b in bad))
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
