#!/usr/bin/env python3
"""Write the err-* digests and every expected.json.

Each err digest is a faithful base digest (the clean twin's digest, or
bases/<case>.digest.txt for the err case without a twin) with three planted
slips. Every replacement's old text must occur exactly once in the base.
"""
import json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
C = HERE / "cases"
E, W = "error", "warning"

PLANTS = {
    "err-lakeport-bus-record": ("clean-lakeport-bus-record", [
        ("から650万人増えた", "から560万人増えた", "mismatch", E, "560万人", "difference 84.6m - 78.1m = 6.5m, written 560万"),
        ("日本時間では25日(水)午前8時", "日本時間では25日(水)午前9時", "mismatch", E, "25日(水)午前9時", "6 p.m. CDT = 8:00 JST, written 9時"),
        ("(Lakeport Regional Transit Authority)", "(LRTA)", "name", W, "LRTA", "abbreviation the source never gives"),
    ]),
    "err-harwick-congestion-charge": ("clean-harwick-congestion-charge", [
        ("率にして20%の引き上げ", "率にして25%の引き上げ", "mismatch", E, "25%", "12.50 -> 15 is 20%"),
        ("黒字約1億7300万ポンドは", "黒字約2億5500万ポンドは", "mismatch", E, "2億5500万ポンド", "surplus 214 - 41 = 173m, written as the sum 255m"),
        ("https://www.harwickpost.example/news/harwick-congestion-charge-rise-15-pounds-september",
         "https://www.harwickpost.example/news/harwick-congestion-charge-rise-15-pounds-september?utm_source=newsletter&utm_medium=email&utm_campaign=am_briefing&subid=88314",
         "citation", W,
         "https://www.harwickpost.example/news/harwick-congestion-charge-rise-15-pounds-september?utm_source=newsletter&utm_medium=email&utm_campaign=am_briefing&subid=88314",
         "tracking parameters in the citation URL"),
    ]),
    "err-portcalder-metro-extension": ("clean-portcalder-metro-extension", [
        ("2024〜25年度(2025年6月期)", "2024〜25年度(2024年6月期)", "mismatch", E, "2024年6月期", "2024-25 financial year ends June 2025"),
        ("約1250人が働いた", "約1520人が働いた", "mismatch", E, "1520人", "1,250 workers, digits swapped"),
        ("着工から5年を経ての開業だが", "2016年の構想発表、2021年の着工を経ての開業だが", "unsupported", W, "2016年", "invented year"),
    ]),
    "err-ridgefield-fare-freeze": ("clean-ridgefield-fare-freeze", [
        ("7日に公表した報告書", "8日に公表した報告書", "mismatch", E, "8日", "'on Wednesday' in a Thursday 8 Oct article = 7日"),
        ("約4割を占めた", "約6割を占めた", "mismatch", E, "約6割", "8.9 of 21.4 = 41.6% = 約4割"),
        ("値上げは利用者離れを招くと局長が強調", "値上げは利用者離れを招くとウェレット=ブラント局長が強調", "spelling", W, "ウェレット=ブラント", "second katakana spelling of ウエレット=ブラント"),
    ]),
    "err-dunmore-streetcar-heat": ("clean-dunmore-streetcar-heat", [
        ("(摂氏約45.6度)", "(摂氏約46.5度)", "mismatch", E, "46.5度", "114°F = 45.6℃, digits swapped"),
        ("日本時間5日(日)正午", "日本時間4日(土)正午", "mismatch", E, "4日(土)正午", "8 p.m. MST Sat 4 Jul = 12:00 JST Sun 5 Jul"),
        ("直射日光の下で最大20分待たされている。", "直射日光の下で最大20分待たされている。バス停の利用者の約4割が65歳以上だという。", "unsupported", W, "約4割", "invented share"),
    ]),
    "err-sarvapur-metro-fy": ("clean-sarvapur-metro-fy", [
        ("・第2期の事業費は2640億5000万ルピーと見積もられ", "・第2期の事業費は2兆6405億ルピーと見積もられ", "mismatch", E, "2兆6405億ルピー", "Rs 26,405 crore = 2640億5000万ルピー (wrong scale)"),
        ("第4四半期(2027年1〜3月)", "第4四半期(2026年10〜12月)", "mismatch", E, "2026年10〜12月", "Q4 of a year ending 31 Mar 2027 = Jan-Mar 2027"),
        ("国際開発金融機関からの融資", "アジア開発銀行(ADB)からの融資", "name", W, "アジア開発銀行", "source names no lender ('a multilateral lender')"),
    ]),
    "err-northport-subway-flood": ("clean-northport-subway-flood", [
        ("約4フィート(約1.2メートル)", "約4フィート(約4メートル)", "mismatch", E, "約4メートル", "4 feet = 1.2 m (unit slip)"),
        ("少なくとも21日(月)まで", "少なくとも21日(火)まで", "mismatch", E, "21日(火)", "21 Sep 2026 is a Monday"),
        ("Northport Tribune 2026.09.17", "Northport Tribune 2026.09.18", "citation", W, "2026.09.18", "citation date in JST, not the outlet's date (17 Sep EDT)"),
    ]),
    "err-valmont-ligne-b": ("clean-valmont-ligne-b", [
        ("前年から3.2ポイント改善", "前年から3.2%改善", "mismatch", E, "3.2%", "'3,2 points' written as percent"),
        ("1983年に開業し43年がたつ", "1983年に開業し34年がたつ", "mismatch", E, "34年", "2026 - 1983 = 43"),
        ("36編成すべての車両を更新し", "36編成すべての車両を約4億ユーロで更新し", "unsupported", W, "約4億ユーロ", "invented figure"),
    ]),
    "err-rheinau-fahrgastrekord": ("clean-rheinau-fahrgastrekord", [
        ("前年比1.2%増にとどまった", "前年比4.9%増にとどまった", "mismatch", E, "4.9%増", "fare revenue +1,2 %; 4,9 % is the fare rise"),
        ("10〜12月期に88.4%", "7〜9月期に88.4%", "mismatch", E, "7〜9月期", "vierten Quartal = 10〜12月期"),
        ("月額63ユーロの定期券", "月額63ユーロの「ドイチュラントチケット」", "name", W, "ドイチュラントチケット", "ticket name the source never gives"),
    ]),
    "err-halmstedt-strassenbahn": ("bases/err-halmstedt-strassenbahn.digest.txt", [
        ("増え、3億1200万ユーロとなった", "増え、31億2000万ユーロとなった", "mismatch", E, "31億2000万ユーロ", "312 Mio. = 3億1200万 (wrong scale)"),
        ("9月10日(木)午後7時", "9月10日(水)午後7時", "mismatch", E, "9月10日(水)", "Donnerstag, 10. September"),
        ("・ランツ=オーデンタール市長は", "・ランツ・オーデンタール市長は", "spelling", W, "ランツ・オーデンタール", "second spelling of ランツ=オーデンタール"),
    ]),
    "err-villaserena-tarifa-metro": ("clean-villaserena-tarifa-metro", [
        ("市が残り30%の1兆2300億ペソ", "市が残り30%の1兆4300億ペソ", "mismatch", E, "1兆4300億ペソ", "30% of 4,1 billones = 1兆2300億"),
        ("45歳のカイセド氏", "54歳のカイセド氏", "mismatch", E, "54歳", "'de 45 años', digits swapped"),
        ("Metro de Villaserena sube la tarifa a 3.650 pesos y confirma la licitación de la línea 3 El Heraldo",
         "Metro de Villaserena sube la tarifa a 3.650 pesos desde junio El Heraldo", "citation", W,
         "Metro de Villaserena sube la tarifa a 3.650 pesos desde junio", "wrong title in the citation"),
    ]),
    "err-minatokita-bus-saihen": ("clean-minatokita-bus-saihen", [
        ("740便、約3割減らす", "740便、約4割減らす", "mismatch", E, "約4割", "740 of 2460 = 30% = 約3割"),
        ("2025年度(2026年3月期)", "2025年度(2025年3月期)", "mismatch", E, "2025年3月期", "FY2025 ends March 2026"),
        ("一部は乗り合いタクシーに置き換える", "一部は乗り合いタクシー約20台に置き換える", "unsupported", W, "約20台", "invented count"),
    ]),
}

def dump(path, obj):
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

def main():
    for d in sorted(C.iterdir()):
        if d.name.startswith("clean-"):
            dump(d / "expected.json", {"clean": True, "findings": []})
    for case, (base, plants) in PLANTS.items():
        src = HERE / base if base.startswith("bases/") else C / base / "digest.txt"
        text = src.read_text(encoding="utf-8")
        findings = []
        for old, new, kind, sev, span, _why in plants:
            assert text.count(old) == 1, (case, old, text.count(old))
            text = text.replace(old, new)
            findings.append({"kind": kind, "severity": sev, "span": span})
        (C / case).mkdir(exist_ok=True)
        (C / case / "digest.txt").write_text(text, encoding="utf-8")
        dump(C / case / "expected.json", {"clean": False, "findings": findings})
        print("wrote", case)

if __name__ == "__main__":
    main()
