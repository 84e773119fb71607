"""Sanity checks for check-holdout-308 (does not run the checker)."""
import json, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep the folder clean when importing gen
sys.path.insert(0, str(HERE))
from gen import parse  # noqa: E402

WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
SECTIONS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]


def yoten():
    for c in ("/tmp/bcv308/bin/yoten", shutil.which("yoten")):
        if c and pathlib.Path(c).exists():
            return c
    return None


def main():
    errs, langs, n_find, sev = [], {}, 0, {"error": 0, "warning": 0}
    kinds = {}
    exe = yoten()
    names = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    if names != cases:
        errs.append(f"specs/cases differ: {set(names) ^ set(cases)}")
    for name in names:
        meta, paras = parse(HERE / "specs" / f"{name}.txt")
        d = HERE / "cases" / name
        langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
        body = "\n".join(paras)
        if meta["lang"] == "ja":
            size = len(re.sub(r"\s", "", body))
            if not 600 <= size <= 700:
                errs.append(f"{name}: source {size} chars")
        else:
            size = len(body.split())
            if not 300 <= size <= 350:
                errs.append(f"{name}: source {size} words")
        html = (d / "source.html").read_text(encoding="utf-8")
        for need in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                     "NewsArticle", "<article>", "<nav>", "cookie", "<footer>"):
            if need not in html:
                errs.append(f"{name}: source.html lacks {need}")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        if not 950 <= len(digest) <= 1400:
            errs.append(f"{name}: digest {len(digest)} chars")
        for s in SECTIONS:
            if digest.count(s) != 1:
                errs.append(f"{name}: section {s} x{digest.count(s)}")
        cite = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cite = [c.strip() for c in cite if c.strip()]
        date = meta["published"][:10].replace("-", ".")
        want_line = f"{meta['title']} {meta['outlet']} {date}"
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        fs = exp["findings"]
        cite_slip = any(f["kind"] == "citation" for f in fs)
        if not cite_slip and (cite[0] != want_line or cite[1] != meta["url"]):
            errs.append(f"{name}: citation differs from source metadata")
        if name.startswith("clean-"):
            if not exp["clean"] or fs:
                errs.append(f"{name}: clean case with findings")
        else:
            if exp["clean"] or len(fs) != 3:
                errs.append(f"{name}: err case needs 3 findings, has {len(fs)}")
            if sorted(f["severity"] for f in fs) != ["error", "error", "warning"]:
                errs.append(f"{name}: severities {[f['severity'] for f in fs]}")
            for f in fs:
                if f["span"] not in digest:
                    errs.append(f"{name}: span not verbatim: {f['span']}")
                elif digest.count(f["span"]) != 1:
                    errs.append(f"{name}: span not unique: {f['span']}")
                if f["severity"] == "error" and f["kind"] != "mismatch":
                    errs.append(f"{name}: error kind {f['kind']}")
                kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
                sev[f["severity"]] += 1
                n_find += 1
        if exe:
            r = subprocess.run([exe, "parse", str(d / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                errs.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        print(f"{name:32s} {meta['lang']}  source {size:4d}  digest {len(digest):4d}  findings {len(fs)}")
    if len(names) != 24 or sum(n.startswith("clean-") for n in names) != 12:
        errs.append("need 24 cases, 12 clean")
    if langs != WANT_LANG:
        errs.append(f"languages {langs}")
    if n_find != 36 or sev != {"error": 24, "warning": 12}:
        errs.append(f"findings {n_find} {sev}")
    print(f"cases {len(names)}  languages {langs}")
    print(f"planted findings {n_find}  severities {sev}  kinds {kinds}")
    print(f"yoten parse: {'checked' if exe else 'not available'}")
    if errs:
        print("FAIL")
        for e in errs:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
