EXPECTED["err-brightwater-slots"] = [
    ("mismatch", "error", "1回1500ポンド"),          # source: £1,200 per night movement
    ("mismatch", "error", "約3200戸"),               # source: around 2,300 homes
    ("unsupported", "warning", "年300万ポンド"),     # invented health-cost figure
]
EXPECTED["err-lindenau-quartal"] = [
    ("mismatch", "error", "4%下回る"),               # source: 4 Prozentpunkte (points, not percent)
    ("mismatch", "error", "2027年10〜12月期"),       # source: zweites Quartal 2027 -> 4〜6月期
    ("citation", "warning", "https://rheintaler-rundschau.example/wirtschaft/flughafen-lindenau-drittes-quartal?utm_source=newsletter&utm_medium=email&utm_campaign=wirtschaft_1105"),
]
EXPECTED["err-kestrel-atc"] = [
    ("mismatch", "error", "90日以内"),               # source: within 60 days
    ("mismatch", "error", "うち4機"),                # source: three of them to Port Allandale
    ("name", "warning", "NASO"),                     # abbreviation the source never gives
]
EXPECTED["err-solano-aeropuerto"] = [
    ("mismatch", "error", "17.5%安かった"),          # source: un 7,5 % más barata
    ("mismatch", "error", "約340世帯"),              # source: unas 430 familias
    ("unsupported", "warning", "幅60メートル"),      # invented runway width
]
EXPECTED["err-vauclair-controleurs"] = [
    ("mismatch", "error", "12.5%低下"),              # 78,9 % -> 66,4 % is 12.5 points, not percent
    ("mismatch", "error", "84人"),                   # source: 48 élèves supplémentaires
    ("spelling", "warning", "スタッサール"),         # first spelt スタサール (Stassart)
]
EXPECTED["err-juniper-drones"] = [
    ("mismatch", "error", "約430万ドル"),            # source: about $3.4 million
    ("mismatch", "error", "最長35分間"),             # source: circled for up to 25 minutes
    ("unsupported", "warning", "12人"),              # invented enforcement figure
]
EXPECTED["err-moosbach-laerm"] = [
    ("mismatch", "error", "午後11時半まで認められていた"),  # source: bisher bis 22.30 Uhr
    ("mismatch", "error", "2027年3月1日"),           # source: ab 1. Februar 2027
    ("unsupported", "warning", "地価が15%"),         # invented land-price figure
]
EXPECTED["err-kitaura-seibi"] = [
    ("mismatch", "error", "2029年度"),               # source: 2028年度の稼働
    ("mismatch", "error", "約250人"),                # source: 約200人を地元で採用
    ("citation", "warning", "2026.10.15"),           # published 2026-10-16 (event on the 15th)
]
EXPECTED["err-greywick-fuel"] = [
    ("mismatch", "error", "2028年4〜6月期"),         # source: third quarter of 2028 -> 7〜9月期
    ("mismatch", "error", "約36億リットル"),         # 95 million gallons = about 360 million litres (scale x10)
    ("name", "warning", "トーマス・ベイカー"),       # invented person
]
EXPECTED["err-marrow-delays"] = [
    ("mismatch", "error", "7〜9月の3カ月間"),        # source: three months from June to August -> 6〜8月
    ("mismatch", "error", "2027年1月6日(火)"),       # 6 Jan 2027 is a Wednesday
    ("citation", "warning", "Metro Herald"),         # outlet is Metro Ledger
]
EXPECTED["err-sandhaven-privatise"] = [
    ("mismatch", "error", "下限は25%"),              # source: with a floor of 22%
    ("mismatch", "error", "41%増えた"),              # source: up 14%
    ("spelling", "warning", "オカムポ"),             # first spelt オカンポ (Ocampo)
]
EXPECTED["err-quarry-glider"] = [
    ("mismatch", "error", "その3分の1"),             # source: a quarter of them -> 4分の1
    ("mismatch", "error", "約23キロ"),               # source: 23 miles (about 37 km)
    ("name", "warning", "FAA"),                      # abbreviation the source never gives
]
