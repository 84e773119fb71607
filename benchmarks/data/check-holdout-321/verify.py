#!/usr/bin/env python3
"""Sanity checks for check-holdout-321. Exit status 1 on any failure."""
import json, pathlib, re, shutil, subprocess, sys, datetime as dt, html

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))
from gen import parse_spec  # noqa: E402

JST = dt.timezone(dt.timedelta(hours=9))
fails = []
def check(ok, msg):
    if not ok:
        fails.append(msg)

def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))

def jst(y, mo, d, h, mi, off):
    t = dt.datetime(y, mo, d, h, mi, tzinfo=off).astimezone(JST)
    return f"{t.day}日" + ("午前" if t.hour < 12 else "午後") + f"{t.hour % 12}時" + (f"{t.minute}分" if t.minute else "")

def wd(y, mo, d):
    return f"{d}日(" + "月火水木金土日"[dt.date(y, mo, d).weekday()] + ")"

def oku_man(v):
    v = int(v)
    oku, man = divmod(v // 10**4, 10**4)
    return (f"{oku}億" if oku else "") + (f"{man}万" if man else "")

# Derived values: (case, text that must stand in digest.txt, value computed here)
DERIVED = [
    ("clean-cloudarc-subscribers", "440万人", f"{round((41.2-36.8)*100)}万人"),
    ("clean-cloudarc-subscribers", "約3割", "約3割" if round(13.1/41.2, 1) == 0.3 else "?"),
    ("clean-cloudarc-subscribers", "9ドル安い", f"{14.99-5.99:.0f}ドル安い"),
    ("clean-cloudarc-subscribers", "16.99ドル", f"{14.99+2:.2f}ドル"),
    ("clean-cloudarc-subscribers", "7ミリ秒", f"{45-38}ミリ秒"),
    ("clean-cloudarc-subscribers", "28日(水)", wd(2026, 10, 28)),
    ("clean-cloudarc-subscribers", "29日(木)", wd(2026, 10, 29)),
    ("clean-cloudarc-subscribers", "日本時間同日午後9時30分", "日本時間同日" + jst(2026, 10, 29, 8, 30, tz(-4))[3:]),
    ("clean-ashgrove-job-cuts", "15%", f"{180/1200:.0%}"),
    ("clean-ashgrove-job-cuts", "1020人", f"{1200-180}人"),
    ("clean-ashgrove-job-cuts", "約3900平方メートル", f"約{round(42000*0.09290304, -2):.0f}平方メートル"),
    ("clean-ashgrove-job-cuts", "11日(水)", wd(2026, 11, 11)),
    ("clean-ashgrove-job-cuts", "28年", f"{2026-1998}年"),
    ("clean-marrow-bay-arena", "1日(火)", wd(2026, 12, 1)),
    ("clean-marrow-bay-arena", "約4分の1", "約4分の1" if abs(85/320-0.25) < 0.02 else "?"),
    ("clean-marrow-bay-arena", "約1万4000平方メートル", f"約1万{round(150000*0.09290304, -3)/1000-10:.0f}000平方メートル"),
    ("clean-marrow-bay-arena", "約3.7キロ", f"約{2.3*1.609344:.1f}キロ"),
    ("clean-marrow-bay-arena", "2億3500万ドル", oku_man((320-85)*10**6) + "ドル"),
    ("clean-marrow-bay-arena", "日本時間8日午前3時", "日本時間" + jst(2026, 12, 7, 10, 0, tz(-8))),
    ("clean-tidewell-handheld", "8割", f"{round(2.4/3*10)}割"),
    ("clean-tidewell-handheld", "約18センチ", f"約{round(7*2.54)}センチ"),
    ("clean-tidewell-handheld", "18日(水)", wd(2026, 11, 18)),
    ("clean-tidewell-handheld", "10週間", f"{(dt.date(2026,11,17)-dt.date(2026,9,8)).days//7}週間"),
    ("clean-tidewell-handheld", "日本時間同日午前9時", "日本時間同日" + jst(2026, 11, 24, 11, 0, tz(11))[3:]),
    ("clean-glintcast-union", "68%", f"{3400/5000:.0%}"),
    ("clean-glintcast-union", "85%", f"{2890/3400:.0%}"),
    ("clean-glintcast-union", "10ポイント", f"{60-50}ポイント"),
    ("clean-glintcast-union", "日本時間28日午後1時59分", "日本時間" + jst(2026, 11, 27, 23, 59, tz(-5))),
    ("clean-vanguard-awards-viewers", "1500万", f"{118-103}00万"),
    ("clean-vanguard-awards-viewers", "約15%", f"約{(118-103)/103:.0%}"),
    ("clean-vanguard-awards-viewers", "7本多かった", f"{34-27}本多かった"),
    ("clean-vanguard-awards-viewers", "日本時間23日午前10時", "日本時間" + jst(2026, 11, 22, 19, 0, tz(-6))),
    ("clean-vanguard-awards-viewers", "22日(日)", wd(2026, 11, 22)),
    ("clean-vistaplay-india-launch", "日本時間同日午後9時30分", "日本時間同日" + jst(2026, 10, 19, 18, 0, tz(5, 30))[3:]),
    ("clean-vistaplay-india-launch", "180億", f"{1800*10**7//10**8}億"),
    ("clean-vistaplay-india-launch", "989ルピー", f"{499*12-4999}ルピー"),
    ("clean-vistaplay-india-launch", "約17%", f"約{(499*12-4999)/(499*12):.0%}"),
    ("clean-fr-lumen-nord-levee", "56%", f"{7/12.5:.0%}"),
    ("clean-fr-lumen-nord-levee", "55人増", f"{140-85}人増"),
    ("clean-fr-lumen-nord-levee", "約800万ユーロ", f"約{round(9.8/1.22, 0)*100:.0f}万ユーロ"),
    ("clean-fr-lumen-nord-levee", "24日(火)", wd(2026, 11, 24)),
    ("clean-fr-aurore-play-tarifs", "1.50ドル(約15%)", f"{11.49-9.99:.2f}ドル(約{(11.49-9.99)/9.99:.0%})"),
    ("clean-fr-aurore-play-tarifs", "約3割", "約3割" if round(340000/1.2e6, 1) == 0.3 else "?"),
    ("clean-fr-aurore-play-tarifs", "86万人", f"{(1_200_000-340_000)//10000}万人"),
    ("clean-fr-aurore-play-tarifs", "日本時間10日午前9時", "日本時間" + jst(2026, 11, 9, 19, 0, tz(-5))),
    ("clean-fr-aurore-play-tarifs", "4日(水)", wd(2026, 11, 4)),
    ("clean-de-playnord-messe", "2万5000人", f"{(312000-287000)//10000}万{(312000-287000)%10000}人"),
    ("clean-de-playnord-messe", "約9%", f"約{(312000-287000)/287000:.0%}"),
    ("clean-de-playnord-messe", "約6割", "約6割" if round(708/1140, 1) == 0.6 else "?"),
    ("clean-de-playnord-messe", "25日(水)", wd(2026, 11, 25)),
    ("clean-de-playnord-messe", "28日(土)", wd(2026, 11, 28)),
    ("clean-es-liga-cumbre-final", "100万ペソ", f"{round(2.5e6*0.4/1e4)}万ペソ"),
    ("clean-es-liga-cumbre-final", "約130万人", f"約{round(180/1.38, -1):.0f}万人"),
    ("clean-es-liga-cumbre-final", "日本時間15日午前11時", "日本時間" + jst(2026, 11, 14, 20, 0, tz(-6))),
    ("clean-ja-nanahama-kessan", "約154億円", f"約{203/1.317:.0f}億円"),
    ("clean-ja-nanahama-kessan", "約5割", "約5割" if round(1284/2600, 1) == 0.5 else "?"),
    ("clean-ja-nanahama-kessan", "約16%", f"約{203/1284:.0%}"),
    ("clean-ja-nanahama-kessan", "520万人", f"{580-60}万人"),
    ("clean-ja-nanahama-kessan", "約200人", f"約{300/1.5:.0f}人"),
    ("clean-ja-nanahama-kessan", "12月10日(木)", "12月" + wd(2026, 12, 10)),
    # correct derived values in err digests
    ("err-halvorsen-veil-headset", "約500グラム", f"約{round(1.1*453.59237, -2):.0f}グラム"),
    ("err-halvorsen-veil-headset", "日本時間14日午前1時", "日本時間" + jst(2026, 10, 13, 9, 0, tz(-7))),
    ("err-halvorsen-veil-headset", "約2メートル四方", f"約{6.5*0.3048:.0f}メートル四方"),
    ("err-shardfall-players", "約18%", f"約{(58-49)/49:.0%}"),
    ("err-shardfall-players", "日本時間30日午前0時", "日本時間" + jst(2026, 10, 29, 15, 0, tz(0))),
    ("err-riverlight-payouts", "約10億5000万ドル", "約" + oku_man(round(1.3e9/1.24, -7)) + "ドル"),
    ("err-riverlight-payouts", "16日(月)", wd(2026, 11, 16)),
    ("err-kindred-bundle-charity", "約16ドル", f"約{3.4e6/212000:.0f}ドル"),
    ("err-kindred-bundle-charity", "4日(金)", wd(2026, 12, 4)),
    ("err-brightmoor-orbis-price", "約12%", f"約{50/429.99:.0%}"),
    ("err-brightmoor-orbis-price", "200万台", f"{16-14}00万台"),
    ("err-frames-for-futures-marathon", "日本時間9日午後1時40分", "日本時間" + jst(2026, 11, 8, 22, 40, tz(-6))),
    ("err-corvid-engine-fees", "月約154ドル", f"月約{1850/12:.0f}ドル"),
    ("err-corvid-engine-fees", "日本時間13日午前2時", "日本時間" + jst(2026, 11, 12, 18, 0, tz(1))),
    ("err-fr-pixelune-trimestre", "436人", f"{410+26}人"),
    ("err-fr-pixelune-trimestre", "23ポイント", f"{61-38}ポイント"),
    ("err-de-kanalwerk-abopreis", "約19%", f"約{(9.49-7.99)/7.99:.0%}"),
    ("err-de-kanalwerk-abopreis", "8ポイント", f"{60-52}ポイント"),
    ("err-de-hochkar-trainingszentrum", "約17%", f"約{650000/3.8e6:.0%}"),
    ("err-es-ondaplay-resultados", "270万ユーロ縮小", f"{round((6.8-4.1)*100)}万ユーロ縮小"),
    ("err-es-ondaplay-resultados", "3割", f"{round(810000/2.7e6*10)}割"),
    ("err-ja-lumina-tenpo", "約36億円", f"約{1.5*24:.0f}億円"),
]

def nonspace(s):
    return len(re.sub(r"\s", "", s))

def main():
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    names = [c.name for c in cases]
    check(names == specs, "cases and specs differ")
    check(len(cases) == 24, f"{len(cases)} cases, want 24")
    langs = {}
    totals = {"clean": 0, "err": 0, "findings": 0, "error": 0, "warning": 0}
    kinds = {}
    yoten = shutil.which("yoten") or ("/tmp/bcv321/bin/yoten" if pathlib.Path("/tmp/bcv321/bin/yoten").exists() else None)
    for c in cases:
        n = c.name
        meta, paras = parse_spec(HERE / "specs" / f"{n}.txt")
        langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
        src = (c / "source.html").read_text(encoding="utf-8")
        dig = (c / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        # source page
        for needle in ["<title>", 'property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                       'property="article:published_time"', '"@type": "NewsArticle"', "<nav", "cookie-banner",
                       'class="related"', "<footer", "<article>"]:
            check(needle in src, f"{n}: source lacks {needle}")
        check(html.escape(meta["url"]) in src, f"{n}: canonical missing")
        off = dt.datetime.fromisoformat(meta["published"]).utcoffset()
        check(off is not None, f"{n}: published without offset")
        body = " ".join(paras)
        if meta["lang"] == "ja":
            size = nonspace(body)
            check(600 <= size <= 700, f"{n}: ja source {size} chars, want 600-700")
        else:
            words = len(body.split())
            check(300 <= words <= 350, f"{n}: source {words} words, want 300-350")
        check(".example" in meta["url"], f"{n}: url not .example")
        # digest
        size = nonspace(dig)
        check(950 <= size <= 1400, f"{n}: digest {size} chars, want 950-1400")
        for marker in ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"]:
            check(marker in dig, f"{n}: digest lacks {marker}")
        cite = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cite = [l.strip() for l in cite if l.strip()]
        if n.startswith("clean-"):
            totals["clean"] += 1
            check(exp == {"clean": True, "findings": []}, f"{n}: clean case has findings")
            local = dt.datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
            check(cite[0] == f"{meta['title']} {meta['outlet']} {local}", f"{n}: citation line {cite[0]!r}")
            check(cite[1] == meta["url"], f"{n}: citation url differs from canonical")
        else:
            totals["err"] += 1
            check(exp["clean"] is False and len(exp["findings"]) == 3, f"{n}: err case needs 3 findings")
            sev = sorted(f["severity"] for f in exp["findings"])
            check(sev == ["error", "error", "warning"], f"{n}: severities {sev}")
            for f in exp["findings"]:
                totals["findings"] += 1
                totals[f["severity"]] += 1
                kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
                check(f["span"] in dig, f"{n}: span {f['span']!r} not in digest")
                check(dig.count(f["span"]) == 1, f"{n}: span {f['span']!r} occurs {dig.count(f['span'])} times")
                if f["severity"] == "error":
                    check(f["kind"] == "mismatch", f"{n}: error kind {f['kind']}")
                else:
                    check(f["kind"] in {"unsupported", "name", "spelling", "citation"}, f"{n}: warning kind {f['kind']}")
        check(n.startswith(("clean-", "err-")), f"{n}: bad name")
        if yoten:
            r = subprocess.run([yoten, "parse", str(c / "digest.txt")], capture_output=True, text=True)
            check(r.returncode == 0, f"{n}: yoten parse failed: {r.stderr[-300:]}")
        print(f"{n:34s} {meta['lang']}  source {len(body.split()) if meta['lang'] != 'ja' else nonspace(body)}"
              f"{' chars' if meta['lang'] == 'ja' else ' words'}  digest {size} chars  findings {len(exp['findings'])}")
    for case, text, computed in DERIVED:
        dig = (HERE / "cases" / case / "digest.txt").read_text(encoding="utf-8")
        check(text == computed, f"{case}: derived {text!r} but computed {computed!r}")
        check(text in dig, f"{case}: derived {text!r} not in digest")
    check(langs == {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}, f"languages {langs}")
    check(totals["clean"] == 12 and totals["err"] == 12, f"totals {totals}")
    check(totals["findings"] == 36 and totals["error"] == 24 and totals["warning"] == 12, f"totals {totals}")
    print(f"languages {langs}")
    print(f"cases: {totals['clean']} clean, {totals['err']} err; findings {totals['findings']} "
          f"({totals['error']} error, {totals['warning']} warning); kinds {dict(sorted(kinds.items()))}")
    print(f"derived values checked: {len(DERIVED)}; yoten parse: {'run' if yoten else 'NOT AVAILABLE'}")
    if fails:
        print("FAIL")
        for f in fails:
            print("  " + f)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
