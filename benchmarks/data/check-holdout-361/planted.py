# The planted findings (source of expected.json): case -> [(kind, severity, span, slip, correct)]
PLANTED = {
    "err-harbour-levy": [
        ("mismatch", "error", "95ランド", "levy R85 written as R95", "85ランド"),
        ("mismatch", "error", "20日(火)", "vote ran into Tuesday night = May 21; written 20日", "21日(火)"),
        ("unsupported", "warning", "約600人", "invented job count; the source gives no jobs figure", "(none)"),
    ],
    "err-river-cruise-fleet": [
        ("mismatch", "error", "25億8000万ユーロ", "scale slip: €258 million written as 25億8000万", "2億5800万ユーロ"),
        ("mismatch", "error", "2026年7〜9月期", "second quarter of 2026 written as July-September", "2026年4〜6月期"),
        ("unsupported", "warning", "約40人", "invented crew size per ship", "(none)"),
    ],
    "err-expedition-cruise-age": [
        ("mismatch", "error", "69", "founder's age 67 written as 69", "67"),
        ("mismatch", "error", "15日午前3時", "6pm BST Friday 14 June = 15日午前2時 JST; off by one hour", "15日午前2時"),
        ("spelling", "warning", "ドゥルメリー", "second katakana spelling of Fiona Drummeley (first: ドラメリー)", "ドラメリー"),
    ],
    "err-coastal-hotel-occupancy": [
        ("mismatch", "error", "3.2%上昇", "3.2 percentage points written as 3.2%", "3.2ポイント上昇"),
        ("mismatch", "error", "2万3000人", "ferry passengers 312,000 vs 287,000: difference is 25,000", "2万5000人"),
        ("name", "warning", "ARTB", "abbreviation the source never gives (Alvorada Regional Tourism Board only spelt out)", "(none)"),
    ],
    "err-ferry-electric-order": [
        ("mismatch", "error", "約35キロ", "22 nautical miles = 40.7 km", "約41キロ"),
        ("mismatch", "error", "2027〜2030年", "deliveries between 2027 and 2029; range end changed", "2027〜2029年"),
        ("citation", "warning", "https://lakeshoretransitreview.example/ferries/island-ferry-authority-four-electric-ferries?utm_source=newsletter&utm_medium=email&utm_campaign=ferries_weekly&mc_eid=8f3a21c9d0",
         "tracking parameters (utm_*, mc_eid) in the cited URL", "canonical URL without query"),
    ],
    "err-port-congestion": [
        ("mismatch", "error", "6.5%増", "traffic fell 6.5%; direction flipped", "6.5%減"),
        ("mismatch", "error", "20日午前9時", "7 p.m. CDT Friday 20 Sept = 21日(土)午前9時 JST; day shift missing", "21日午前9時"),
        ("citation", "warning", "2024.09.17", "citation date in Japan time; outlet's local date is 2024-09-16 (22:10 -05:00)", "2024.09.16"),
    ],
    "err-cruise-terminal-opening": [
        ("mismatch", "error", "28カ月", "construction took 26 months", "26カ月"),
        ("mismatch", "error", "7月6日(金)", "opens Friday, July 5", "7月5日(金)"),
        ("citation", "warning", "Kaiwhero Harbour Herald", "wrong outlet name (og:site_name is Kaiwhero Harbour Times)", "Kaiwhero Harbour Times"),
    ],
    "err-fr-corse-ferries": [
        ("mismatch", "error", "2025年3月期", "exercice 2023-2024 closed 31 March 2024", "2024年3月期"),
        ("mismatch", "error", "約3割", "720,000 of 1.84 million = 39%", "約4割"),
        ("citation", "warning", "commande deux nouveaux ferries", "wrong title (source: « commande un nouveau ferry »)", "commande un nouveau ferry"),
    ],
    "err-de-nordsee-inseln": [
        ("mismatch", "error", "8.4%", "passengers up 4,8 Prozent; digits swapped", "4.8%"),
        ("mismatch", "error", "12日(木)", "„am Freitag“ = Friday 12 July; weekday written as Thursday", "12日(金)"),
        ("spelling", "warning", "ブロデルセン", "second katakana spelling of Hauke Brodersen (first: ブローダーセン)", "ブローダーセン"),
    ],
    "err-de-kreuzfahrt-werft": [
        ("mismatch", "error", "約190億ユーロ", "scale slip: 1,9 Mrd. Euro = 19億ユーロ", "約19億ユーロ"),
        ("mismatch", "error", "約19億3000万ユーロ", "prior year from +18%: 2.36/1.18 = 2.0 Mrd. (not 2.36×0.82)", "約20億ユーロ"),
        ("unsupported", "warning", "1960年代", "invented decade; the source says nothing about the yard's history", "(none)"),
    ],
    "err-es-baleares-tasa": [
        ("mismatch", "error", "10年", "tax levied since 2016: 8 years by 2024", "8年"),
        ("mismatch", "error", "172万2000人", "642,000 + 1.18 million = 1,822,000", "182万2000人"),
        ("name", "warning", "マルタ・ビダル(Marta Vidal)", "the source never names the Consell's president", "(unnamed)"),
    ],
    "err-ja-okinawa-cruise": [
        ("mismatch", "error", "約3500人", "58万人 / 236回 = 2458人", "約2500人"),
        ("mismatch", "error", "2028年3月", "工期 ends 2027年3月", "2027年3月"),
        ("unsupported", "warning", "約120億円", "invented economic-effect figure", "(none)"),
    ],
}
