#!/usr/bin/env python3
"""Checks for check-holdout-444 (run from anywhere).

- 24 cases, 12 clean-* / 12 err-*, languages 14 en / 3 fr / 3 de / 2 es / 2 ja;
- source.html is what gen.py renders from specs/<name>.txt (html up to date);
- source sizes: 450-800 words (ja: 900-1,600 characters);
- digest sizes: 2,000-4,500 characters; `yoten parse` accepts every digest;
- expected.json: clean = no findings; err = 3 findings (2 mismatch/error + 1 warning);
  every span verbatim and unique in its digest;
- citation line = source title, outlet, local publication date, canonical URL
  (except where an expected citation finding is planted);
- every derived value listed in traps.py holds (arithmetic re-done here), its
  digest text is in the digest and its source text in the source;
- number audit: every number left in a digest once derived values and planted
  spans are taken out must stand in the source (all its number formats);
- katakana names: `カタカナ(Latin)` at first mention, Latin in the source.
"""
import json
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402
import traps  # noqa: E402

YOTEN = "/tmp/bcv444/bin/yoten"
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}

SCALE = [
    (r"lakh crore", 1e12), (r"crore", 1e7), (r"lakh", 1e5),
    (r"mil millones", 1e9), (r"millones|millón", 1e6),
    (r"millions?|Millionen|Million|Mio\.", 1e6),
    (r"billions?|milliards?|Milliarden|Mrd\.", 1e9),
    (r"thousand", 1e3), (r"mil\b|mille\b", 1e3),
]
WORDS = {
    "en": "one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12 "
          "fifteen 15 twenty 20 thirty 30 forty 40 fifty 50 hundred 100 half 0.5 dozen 12 twice 2 double 2 "
          "first 1 second 2 third 3 fourth 4 fifth 5 sixth 6",
    "fr": "un 1 une 1 deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9 dix 10 onze 11 douze 12 "
          "quinze 15 vingt 20 trente 30 quarante 40 cinquante 50 cent 100 moitié 0.5 double 2 premier 1 deuxième 2 troisième 3 quart 0.25 tiers 3",
    "de": "ein 1 eine 1 einen 1 zwei 2 drei 3 vier 4 fünf 5 sechs 6 sieben 7 acht 8 neun 9 zehn 10 elf 11 zwölf 12 "
          "fünfzehn 15 zwanzig 20 dreißig 30 hundert 100 Hälfte 0.5 doppelt 2 ersten 1 zweiten 2 dritten 3 Drittel 3 Viertel 4",
    "es": "uno 1 una 1 dos 2 tres 3 cuatro 4 cinco 5 seis 6 siete 7 ocho 8 nueve 9 diez 10 once 11 doce 12 "
          "quince 15 veinte 20 treinta 30 cien 100 mitad 0.5 doble 2 primer 1 primera 1 segundo 2 tercer 3 tercio 3 cuarto 4",
    "ja": "",
}
KANJI = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def ja_value(tok):
    tok = tok.replace(",", "")
    total, cur = 0.0, ""
    units = {"兆": 1e12, "億": 1e8, "万": 1e4}
    for ch in tok:
        if ch in units:
            total += float(cur or 1) * units[ch]
            cur = ""
        else:
            cur += ch
    if cur:
        total += float(cur)
    return total


JA_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?(?:[兆億万](?:\d[\d,]*(?:\.\d+)?)?)*")


def ja_numbers(text):
    return [(m.group(0), ja_value(m.group(0))) for m in JA_NUM.finditer(text)]


def source_numbers(text, lang, fmt):
    vals = set()
    if lang == "ja":
        for _, v in ja_numbers(text):
            vals.add(v)
        for k, v in KANJI.items():
            if k in text:
                vals.add(float(v))
        return vals
    if fmt == "ch":
        rx = r"\d{1,3}(?:[’']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
    elif lang == "en":
        rx = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    elif lang == "fr":
        rx = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
    else:
        rx = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
    for m in re.finditer(rx, text):
        s = m.group(0)
        if fmt == "ch":
            s = re.sub(r"[’']", "", s).replace(",", ".")
        elif lang == "en":
            s = s.replace(",", "")
        elif lang == "fr":
            s = re.sub(r"[ \u00a0\u202f]", "", s).replace(",", ".")
        else:
            s = s.replace(".", "").replace(",", ".")
        v = float(s)
        vals.add(v)
        after = text[m.end():m.end() + 16].lstrip()
        for pat, mul in SCALE:
            if re.match(pat, after):
                vals.add(v * mul)
                break
    if lang in gen.MONTHS:
        for i, mname in enumerate(gen.MONTHS[lang], 1):
            if re.search(r"(?<![\wÀ-ÿ])" + mname + r"(?![\wÀ-ÿ])", text, re.I):
                vals.add(float(i))
    w = WORDS[lang].split()
    for word, num in zip(w[::2], w[1::2]):
        if re.search(r"(?<![\wÀ-ÿ])" + word + r"(?![\wÀ-ÿ])", text, re.I):
            vals.add(float(num))
    return vals


def fail(msgs, case, msg):
    msgs.append(f"FAIL {case}: {msg}")


def split_digest(text):
    lines = text.splitlines()
    i = next(n for n, l in enumerate(lines) if l.strip().startswith("【引用・参照・底本】"))
    cit = [l.strip() for l in lines[i + 1:] if l.strip()]
    return lines[0], "\n".join(lines[1:i]), cit


def main():
    msgs, info = [], []
    names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if names != specs:
        fail(msgs, "*", f"cases and specs differ: {set(names) ^ set(specs)}")
    clean = [n for n in names if n.startswith("clean-")]
    err = [n for n in names if n.startswith("err-")]
    if (len(names), len(clean), len(err)) != (24, 12, 12):
        fail(msgs, "*", f"counts {len(names)} / {len(clean)} clean / {len(err)} err")
    langs = Counter()
    kinds = Counter()
    trap_count = 0
    for name in names:
        d = HERE / "cases" / name
        meta = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        lang = meta["lang"]
        langs[lang] += 1
        # html up to date
        if (d / "source.html").read_text(encoding="utf-8") != gen.render(meta):
            fail(msgs, name, "source.html is stale (run gen.py)")
        body = gen.body_text(meta)
        size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
        lo, hi = (900, 1600) if lang == "ja" else (450, 800)
        if not lo <= size <= hi:
            fail(msgs, name, f"source size {size} outside {lo}-{hi}")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        dsize, dnonws = len(digest), len(re.sub(r"\s", "", digest))
        if not (dnonws >= 2000 and dsize <= 4500):
            fail(msgs, name, f"digest size {dsize} chars ({dnonws} non-space) outside 2000-4500")
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            fail(msgs, name, f"yoten parse failed: {r.stderr.strip()[-300:]}")
        else:
            pj = json.loads(r.stdout)
            if not (pj.get("overview") and pj.get("details") and pj.get("key_points") is not None):
                fail(msgs, name, f"parsed digest lacks sections: {sorted(pj)}")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        fnd = exp["findings"]
        spans = [f["span"] for f in fnd]
        for f in fnd:
            kinds[(f["kind"], f["severity"])] += 1
            c = digest.count(f["span"])
            if c != 1:
                fail(msgs, name, f"span {f['span']!r} occurs {c} times")
        if name.startswith("clean-"):
            if exp["clean"] is not True or fnd:
                fail(msgs, name, "clean case must have clean=true and no findings")
        else:
            errs = [f for f in fnd if f["severity"] == "error"]
            warns = [f for f in fnd if f["severity"] == "warning"]
            if exp["clean"] is not False or len(fnd) != 3 or len(errs) != 2 or len(warns) != 1:
                fail(msgs, name, "err case must have 3 findings: 2 error + 1 warning")
            if any(f["kind"] != "mismatch" for f in errs):
                fail(msgs, name, "errors must be kind mismatch")
            if any(f["kind"] not in WARN_KINDS for f in warns):
                fail(msgs, name, "warning of unexpected kind")
        # citation
        title_line, main_text, cit = split_digest(digest)
        local = datetime.fromisoformat(meta["published"]).astimezone(ZoneInfo(meta["zone"]))
        want_cit = [f"{meta['title']} {meta['outlet']} {local:%Y.%m.%d}", meta["url"]]
        cit_f = [f for f in fnd if f["kind"] == "citation"]
        if cit != want_cit:
            if not cit_f:
                fail(msgs, name, f"citation {cit} != {want_cit}")
            else:
                # the only difference must be the planted span
                span = cit_f[0]["span"]
                joined, wj = "\n".join(cit), "\n".join(want_cit)
                if span not in joined:
                    fail(msgs, name, "citation span not in citation")
        elif cit_f:
            fail(msgs, name, "citation finding planted but citation is correct")
        # title line time: after publication, Japan time
        m = re.search(r"(\d{4})年(\d{2})月(\d{2})日 (\d{2}):(\d{2})$", title_line)
        if not m:
            fail(msgs, name, "title line lacks date/time")
        else:
            posted = datetime(*map(int, m.groups()), tzinfo=ZoneInfo("Asia/Tokyo"))
            pub = datetime.fromisoformat(meta["published"])
            if not (pub < posted < pub + timedelta(days=2)):
                fail(msgs, name, f"posted {posted} not within 2 days after {pub}")
        # derived values
        spec_info = traps.CASES.get(name)
        if spec_info is None:
            fail(msgs, name, "no entry in traps.py")
            continue
        removed = main_text
        for t in spec_info["traps"]:
            dsnip, ssnip, expr, want = t[:4]
            tol = t[4] if len(t) > 4 else None
            trap_count += name.startswith("clean-")
            if dsnip not in digest:
                fail(msgs, name, f"trap digest text {dsnip!r} not in digest")
            for s in ssnip.split(" … "):
                if s not in body and s not in meta["title"]:
                    fail(msgs, name, f"trap source text {s!r} not in source")
            got = traps.evaluate(expr)
            if isinstance(want, (int, float)) and not isinstance(want, bool):
                tl = tol if tol is not None else 0.5
                if abs(got - want) > tl + 1e-6 * max(1, abs(want)):
                    fail(msgs, name, f"trap {dsnip!r}: {expr} = {got}, digest says {want}")
            elif got != want:
                fail(msgs, name, f"trap {dsnip!r}: {expr} = {got!r}, digest says {want!r}")
            removed = removed.replace(dsnip, " ")
        for s in spans:
            removed = removed.replace(s, " ")
        for s in spec_info.get("extra_ok", []):
            removed = removed.replace(s, " ")
        removed = re.sub(r"(?m)^\s*\d+\.", " ", removed)
        svals = source_numbers(body + "\n" + meta["title"], lang, meta.get("numbers", ""))
        svals.add(1.0)  # "1卓", "1キロ", "1人あたり": "a table", "a kilogram", "a head"
        for mt in JA_NUM.finditer(removed):
            tok, v = mt.group(0), ja_value(mt.group(0))
            if not any(abs(v - s) < 1e-6 * max(1, abs(s)) for s in svals):
                i = mt.start()
                fail(msgs, name, f"number {tok} not in source: …{removed[max(0, i-25):i+20]}…".replace("\n", " "))
        # names
        for kata, latin in spec_info.get("names", []):
            if latin not in body:
                fail(msgs, name, f"name {latin} not in source")
            first = f"{kata}({latin})"
            if first not in digest:
                fail(msgs, name, f"{first} not in digest")
            elif digest.find(kata) != digest.find(first):
                fail(msgs, name, f"{kata} used before its first mention with Latin")
        # Latin names and abbreviations in the digest body must stand in the source
        # (or, in err digests, inside a planted span)
        for lat in set(re.findall(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.\-' ]*[A-Za-zÀ-ÿ]|[A-Z]{2,}", main_text)):
            if lat not in body and lat not in meta["title"] and not any(lat in s for s in spans):
                fail(msgs, name, f"Latin text {lat!r} not in source")
        # err: slip notes for every span
        if name.startswith("err-"):
            sl = spec_info.get("slips", {})
            if set(sl) != set(spans):
                fail(msgs, name, f"slips in traps.py {set(sl)} != spans {set(spans)}")
        info.append(f"{name:40s} {lang}  source {size:5d} {'chars' if lang == 'ja' else 'words'}  "
                    f"digest {dsize:5d} chars  traps {len(spec_info['traps']):2d}  findings {len(fnd)}")
    want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
    if dict(langs) != want_langs:
        fail(msgs, "*", f"languages {dict(langs)} != {want_langs}")
    for n in clean:
        if len(traps.CASES.get(n, {}).get("traps", [])) < 8:
            fail(msgs, n, "fewer than 8 derived values")
    print("\n".join(info))
    print()
    print("cases:", len(names), f"({len(clean)} clean, {len(err)} err)")
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("planted findings:", sum(kinds.values()), "—",
          ", ".join(f"{k}/{s} {v}" for (k, s), v in sorted(kinds.items())))
    print("derived values checked in clean digests:", trap_count)
    if msgs:
        print("\n".join(msgs))
        print(f"verify: {len(msgs)} problem(s)")
        sys.exit(1)
    print("verify: OK")


def tables():
    """Markdown for README.md: clean traps, planted findings, err derived values."""
    def md(s):
        return str(s).replace("|", "\\|")
    names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    out = ["## Clean traps", ""]
    for name in [n for n in names if n.startswith("clean-")]:
        out.append(f"### {name}")
        out.append("")
        out.append("| digest text | source | arithmetic | result |")
        out.append("|---|---|---|---|")
        for t in traps.CASES[name]["traps"]:
            got = traps.evaluate(t[2])
            if isinstance(got, float):
                got = f"{got:,.0f}" if abs(got) >= 1e4 else f"{got:,.2f}".rstrip("0").rstrip(".")
            out.append(f"| {md(t[0])} | {md(t[1])} | `{md(t[2])}` | {md(got)} |")
        out.append("")
    out += ["## Planted findings", "", "| case | span | kind / severity | slip | correct value |", "|---|---|---|---|---|"]
    for name in [n for n in names if n.startswith("err-")]:
        exp = json.loads((HERE / "cases" / name / "expected.json").read_text(encoding="utf-8"))
        for f in exp["findings"]:
            slip, right = traps.CASES[name]["slips"][f["span"]]
            out.append(f"| {name} | `{md(f['span'])}` | {f['kind']} / {f['severity']} | {md(slip)} | {md(right)} |")
    out += ["", "### Correct derived values the err digests also carry (not labelled)", ""]
    for name in [n for n in names if n.startswith("err-")]:
        items = []
        for t in traps.CASES[name]["traps"]:
            got = traps.evaluate(t[2])
            if isinstance(got, float):
                got = f"{got:,.0f}" if abs(got) >= 1e4 else f"{got:,.2f}".rstrip("0").rstrip(".")
            items.append(f"{t[0]} (`{t[2]}` = {got})")
        out.append(f"- **{name}**: " + "; ".join(items))
    print("\n".join(out))


if __name__ == "__main__":
    if "--tables" in sys.argv:
        tables()
    else:
        main()
