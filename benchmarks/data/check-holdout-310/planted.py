PLANTED["err-meridian-premiums"] = [
    ("mismatch", "error", "3日(月)", "weekday/date: 'on Monday' before a Tuesday 3 Feb article is 2 Feb; digest says 3日(月)", "2日(月)"),
    ("mismatch", "error", "32%減", "changed figure: operating profit fell 23%", "23%減"),
    ("unsupported", "warning", "約120の提携病院", "invented count: the source gives no number of partner hospitals", "(nothing in source)"),
]
PLANTED["err-hohenbrueck-insolvenz"] = [
    ("mismatch", "error", "2億3600万ユーロ", "scale: Defizit von 23,6 Mio. Euro is 2360万ユーロ, not 2億3600万", "2360万ユーロ"),
    ("mismatch", "error", "4〜6月期", "quarter: 'im ersten Quartal 2026' is January-March", "1〜3月期"),
    ("spelling", "warning", "ブレナー氏", "second spelling of Matthias Brenner (ブレンナー in 概要)", "ブレンナー"),
]
PLANTED["err-byoin-akaji-chosa"] = [
    ("mismatch", "error", "2024年度", "fiscal year: the survey covers 2025年度", "2025年度"),
    ("mismatch", "error", "1.9%悪化", "percent vs points: the ratio worsened by 1.9ポイント", "1.9ポイント悪化"),
    ("citation", "warning", "2026.10.13", "citation date: the article was published 2026-10-14 (JST)", "2026.10.14"),
]
PLANTED["err-medicaid-rolls-drop"] = [
    ("mismatch", "error", "43万人減", "difference: 1.86m - 1.52m, stated in the source as about 340,000", "34万人減"),
    ("mismatch", "error", "日本時間13日(金)午前3時30分", "time conversion: 1:30 p.m. CST (UTC-6) on the 12th is 4:30 a.m. JST on the 13th", "日本時間13日(金)午前4時30分"),
    ("name", "warning", "ジェームズ・ハロウェイ", "invented person: the source names no state health director", "(nothing in source)"),
]
PLANTED["err-urgences-riviere-claire"] = [
    ("mismatch", "error", "21日(火)", "weekday: 'lundi' before the Tuesday 22 Sept article is Monday the 21st", "21日(月)"),
    ("mismatch", "error", "1億9000万ドル", "scale: 1,9 milliard de dollars is 19億ドル", "19億ドル"),
    ("name", "warning", "MSSS", "abbreviation the source never gives (it says only 'le ministère de la Santé')", "保健省"),
]
PLANTED["err-hospital-santa-lucia"] = [
    ("mismatch", "error", "6月15〜20日", "range: the source says between 15 and 30 June", "6月15〜30日"),
    ("mismatch", "error", "1540人", "changed figure: 1.450 trabajadores needed", "1450人"),
    ("unsupported", "warning", "建設期間は4年", "invented figure: the source gives no construction period", "(nothing in source)"),
]
PLANTED["err-corrib-elm-park-deal"] = [
    ("mismatch", "error", "3億5100万ユーロ", "changed figure: the price is €315 million", "3億1500万ユーロ"),
    ("mismatch", "error", "10〜12月期", "quarter: completion expected in the third quarter", "7〜9月期"),
    ("citation", "warning", "https://www.liffeyexaminer.example/business/companies/corrib-healthcare-to-buy-elm-park-clinics-for-315m-1.4471208?utm_source=newsletter&utm_medium=email&utm_campaign=business_am", "citation URL carries newsletter tracking parameters", "canonical URL without utm_*"),
]
PLANTED["err-spital-ligerz-schliessung"] = [
    ("mismatch", "error", "2027年5月末", "date: inpatient care ends at the end of March 2027", "2027年3月末"),
    ("mismatch", "error", "院長(66)", "age: Urs Meierhans is 61", "(61)"),
    ("spelling", "warning", "ゼーランド・ジュラ", "second spelling of Seeland-Jura (ゼーラント・ジュラ in 概要)", "ゼーラント・ジュラ"),
]
PLANTED["err-umoya-scheme-contributions"] = [
    ("mismatch", "error", "15日(木)", "date: 'last Thursday' before the Wednesday 14 Jan article is the 8th", "8日(木)"),
    ("mismatch", "error", "法定下限の20%", "changed figure: the legal minimum solvency ratio is 25%", "法定下限の25%"),
    ("unsupported", "warning", "1990年代", "invented decade: the source gives no founding date", "(nothing in source)"),
]
PLANTED["err-kowhai-bay-hospital-delay"] = [
    ("mismatch", "error", "5億2000万ドル", "difference: $1.87b - $1.45b, stated as a $420 million blowout", "4億2000万ドル"),
    ("mismatch", "error", "2031年", "year: opening pushed to 2030 (two years after 2028)", "2030年"),
    ("citation", "warning", "Kōwhai Bay hospital opening pushed to 2030", "citation title: the headline is 'Kōwhai Bay hospital cost soars to $1.87b, opening pushed to 2030'", "Kōwhai Bay hospital cost soars to $1.87b, opening pushed to 2030"),
]
PLANTED["err-lakehead-cyberattack"] = [
    ("mismatch", "error", "約半数", "share: 1,400 of about 5,200 is about 27% (約3割 / 4分の1強), not half", "約3割"),
    ("mismatch", "error", "450万カナダドル", "currency unit: the ransom demand was US$4.5 million", "450万米ドル"),
    ("name", "warning", "LRHC", "abbreviation the source never gives for Lakehead Regional Health Centre", "(no abbreviation in source)"),
]
PLANTED["err-pawnee-birthing-unit"] = [
    ("mismatch", "error", "約64km", "unit conversion: 64 miles is about 103 km", "約103km"),
    ("mismatch", "error", "2026年9月期", "fiscal year: the loss was for the year ending Sept. 30, 2025", "2025年9月期"),
    ("spelling", "warning", "エクストローム氏", "second spelling of Gordon Ekstrom (エクストロム in 概要)", "エクストロム"),
]
