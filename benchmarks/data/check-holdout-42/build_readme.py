"""Write README.md from specs/, cases/*/expected.json, readme_notes.json and verify.py's output."""
import collections, json, pathlib, subprocess, sys

HERE = pathlib.Path(__file__).parent
notes = json.loads((HERE / "readme_notes.json").read_text(encoding="utf-8"))
yoten = sys.argv[1] if len(sys.argv) > 1 else "yoten"
cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = {c: json.loads((HERE / "specs" / f"{c}.json").read_text(encoding="utf-8")) for c in cases}
exps = {c: json.loads((HERE / "cases" / c / "expected.json").read_text(encoding="utf-8")) for c in cases}
verify = subprocess.run([sys.executable, str(HERE / "verify.py"), yoten], capture_output=True, text=True).stdout
langs = collections.Counter(s["lang"] for s in specs.values())
n_clean = sum(c.startswith("clean-") for c in cases)
tot = collections.Counter((f["kind"], f["severity"]) for e in exps.values() for f in e["findings"])
out = []
w = out.append
w("# check-holdout-42 — blind held-out set for the fact checker\n")
w(f"{len(cases)} cases: {n_clean} clean, {len(cases) - n_clean} err, {sum(tot.values())} planted findings. "
  "Languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())) + ".\n")
w("Everything is fictional: outlets, people, places, bodies; every domain is under `.example`. No text was copied from any outlet.\n")
w("## How it was written (blind)\n")
w("Read, and nothing else in the repository:\n")
w("- `benchmarks/data/LABELS-v2.md`;")
w("- `tests/data/check/README.md` and all files of `tests/data/check/cases/clean-cup-final/` and `tests/data/check/cases/err-brazil-rate-cut/`;")
w("- the seed post `/work/shared/seeds/putin-vietnam-2024-06-20.txt` (its first 30 lines: title, 概要, start of 詳細) and the post-format section of `/work/shared/DESIGN.md` (plus its list of `#` headings, to find that section);")
w("- a names-only listing of `benchmarks/data/`.\n")
w("Ran: `python3.11 -m venv /tmp/bcv42 && /tmp/bcv42/bin/pip install -q -e .`, `yoten parse --help`, `yoten parse` on each digest "
  "(directly and through `verify.py`), `python3 gen.py`, `python3 verify.py`, `python3 build_readme.py`, small `python3 -c` "
  "weekday look-ups, `git status`, `git add`, `git commit`, `git log --oneline -1` on this branch. Never ran `yoten check`, "
  "`yoten digest` or any benchmark script; never read `src/`, other tests, other data sets, the top README/CHANGELOG, git history or issues.\n")
w("Slips: none in what was read or run. Writing slips caught by the writer before labelling was final: a digest briefly carried an unplanned third spelling of a name (err-tierranueva-balotaje, removed), a katakana name with a stray Latin letter (err-altomira-sequia, fixed), one source body committed at 1,482 characters (clean-koroa-eruption, lengthened next commit), and a clean digest that first rendered 'in der Nacht zum Mittwoch' as the night after Wednesday (clean-ostravien-geberkonferenz, corrected to 10日(火)から11日(水)にかけての夜 in the last commit). Labels were set without any checker output; nobody has run the checker on these texts.\n")
w("## Layout\n")
w("```\nspecs/<name>.json            hand-written spec: outlet, URL, title, published_time (with the outlet's offset), body paragraphs\n"
  "gen.py                      specs/ -> cases/<name>/source.html (full page: <title> with outlet suffix, og:site_name, og:title,\n"
  "                            canonical link, article:published_time, JSON-LD NewsArticle, nav, cookie banner, footer; body in <article>)\n"
  "cases/<name>/source.html    generated page\ncases/<name>/digest.txt     hand-written Japanese digest in the house format\n"
  "cases/<name>/expected.json  {\"clean\": bool, \"findings\": [{\"kind\", \"severity\", \"span\"}]} per LABELS-v2.md\n"
  "verify.py                   sanity checks (spans verbatim, counts, .example domains, body lengths, yoten parse)\n"
  "build_readme.py             writes this README from the files above and readme_notes.json\n```\n")
w("## Cases\n")
w("| case | lang | outlet (UTC offset) | topic |\n|---|---|---|---|")
for c in cases:
    s = specs[c]
    w(f"| {c} | {s['lang']} | {s['outlet']} ({s['published'][-6:]}) | {notes['topics'][c]} |")
w("\n## Clean traps\n")
w("Derived or re-expressed values in the clean digests that are correct and must not be called errors (info at most):\n")
for c in cases:
    if c in notes["traps"]:
        w(f"- `{c}`: {notes['traps'][c]}")
w("\n## Planted findings\n")
w("| case | span | kind / severity | slip |\n|---|---|---|---|")
for c in cases:
    for f in exps[c]["findings"]:
        span = f["span"].replace("|", "\\|")
        w(f"| {c} | `{span}` | {f['kind']} / {f['severity']} | {notes['slips'][c + '|' + f['span']]} |")
w("\n## Totals\n")
w("| kind | severity | count |\n|---|---|---|")
for (k, s), v in sorted(tot.items()):
    w(f"| {k} | {s} | {v} |")
w(f"| all | | {sum(tot.values())} |\n")
w("## verify.py output\n")
w("```\n" + verify.rstrip() + "\n```\n")
w("## Checker run\n")
w("(recorded by the lead after merge)")
(HERE / "README.md").write_text("\n".join(out) + "\n", encoding="utf-8")
print("README.md written")
