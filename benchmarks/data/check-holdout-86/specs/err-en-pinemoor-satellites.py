lang = "en"
outlet = "Orbital Business Times"
title = "Pinemoor launches 24 broadband satellites as customer count passes 1.1 million"
url = "https://www.orbitalbusinesstimes.example/space/pinemoor-launch-24-satellites-april-2025"
published = "2025-04-27T09:30:00-04:00"
timestr = "April 27, 2025, 9:30 a.m. EDT"
author = "Grant Oyelowo"
section = "Space"
paras = [
 "Pinemoor Networks launched 24 broadband satellites from a coastal spaceport late on Saturday, bringing its constellation to 1,176 spacecraft, the company said. Liftoff took place at 11:32 p.m. EDT on April 26.",
 "The satellites will operate at an altitude of about 340 miles, lower than the company's first-generation craft, which circle at 550 miles. Pinemoor says the lower orbit will cut delay on video calls and online games.",
 "The company now serves more than 1.1 million customers in 41 countries, up from 640,000 a year ago. Its standard home plan costs $89 a month in the United States, with typical download speeds of 150 to 250 megabits per second.",
 "Pinemoor plans six more launches this year and aims to have 1,600 satellites in orbit by the end of 2026. Each launch costs about $62 million, chief financial officer Renata Kowalczyk-Moss said in an interview.",
 "The company's revenue reached $2.9 billion last year, and it expects to report its first annual operating profit in 2025. It has about 5,600 employees.",
 "Astronomers have raised concerns that large satellite constellations interfere with observations. Pinemoor said the new satellites have a darker coating that makes them about 40% dimmer than earlier models.",
 "Pinemoor, founded in 2016, is the second-largest satellite broadband operator by number of customers, behind a much larger rival. It competes mostly in rural areas where fiber lines are not available.",
 "Customers in remote parts of Canada and Australia account for a growing share of new sign-ups, the company said, and it has begun selling a smaller dish aimed at campers and boat owners for $349.",
 "The company said Saturday's launch was its 47th since 2019.",
]
digest = dict(
 headline="パインムーア:ブロードバンド衛星24基を打ち上げ", posted="2025年04月27日 23:00",
 lead=["衛星通信のパインムーア・ネットワークス(Pinemoor Networks)は米東部夏時間26日(土)午後11時32分、日本時間27日(日)午後0時32分に、ブロードバンド通信衛星24基を打ち上げた。運用する衛星は計1176基となった。"],
 highlights=[
  ("低い軌道", "新しい衛星は高度約340マイル(約550キロ)を回り、第1世代の550マイルより低い。ビデオ通話やオンラインゲームの遅延を減らせるという。"),
  ("利用者", "41カ国で110万人超にサービスを提供しており、1年前の64万人から大きく増えた。米国の標準的な家庭向けプランは月89ドルで、下り速度は毎秒150〜250メガビット。"),
  ("打ち上げ計画", "今年はあと6回の打ち上げを予定し、2026年末までに1600基体制を目指す。"),
 ],
 context=[
  ("費用と業績", "レナータ・コヴァルチク=モス(Renata Kowalczyk-Moss)最高財務責任者によると、打ち上げ1回の費用は約6200万ドル。昨年の売上高は29億ドルで、2025年に初の通期営業黒字を見込む。"),
  ("天文学者の懸念", "衛星群が天体観測を妨げるとの懸念に対し、新型衛星は暗い塗装で従来より約40%暗くしたと説明した。"),
 ],
 closing=["2016年創業の同社は、利用者数で業界2位。光回線が届かない地方を中心に競争している。"],
 intro=["パインムーアは衛星の数と利用者を急速に増やしている。以下、打ち上げの内容と事業の現状をまとめる。"],
 details=[
  ("今回の打ち上げ", [
   ("衛星の数", ["・24基を打ち上げ、運用数は1176基に。", "・2019年以来47回目の打ち上げとなった。"]),
   ("軌道", ["・高度は約340マイル(約550キロ)で、第1世代は550マイル。"]),
  ]),
  ("事業の現状", [
   ("利用者と料金", ["・41カ国で110万人超、1年前は64万人。", "・月89ドルで下り毎秒150〜250メガビット。"]),
   ("業績", ["・昨年の売上高は29億ドル。", "・従業員は約5600人。"]),
  ]),
  ("今後の計画", [
   ("打ち上げ", ["・年内にあと6回、2026年末に1600基。", "・1回の費用は約6200万ドル。"]),
  ]),
 ],
 dclosing=["一方、衛星の急増が天体観測に与える影響をめぐる議論は続きそうだ。"],
 points=[
  ("今回の打ち上げ", [("衛星の数", ["・24基を打ち上げ、計1176基。"]), ("軌道", ["・高度約340マイル。"])]),
  ("事業の現状", [("利用者と料金", ["・利用者110万人超、月89ドル。"]), ("業績", ["・売上高29億ドル。"])]),
  ("今後の計画", [("打ち上げ", ["・2026年末に1600基。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2025.04.27", cite_url=url,
)
plants = [
 ("・高度は約340マイル(約550キロ)で、第1世代は550マイル。", "・高度は約340キロで、第1世代は550マイル。"),
 ("・24基を打ち上げ、運用数は1176基に。", "・42基を打ち上げ、運用数は1176基に。"),
 ("Pinemoor launches 24 broadband satellites as customer count passes 1.1 million Orbital Business Times 2025.04.27", "Pinemoor launches 24 broadband satellites as customer count passes 1.1 million Orbital Space News 2025.04.27"),
]
findings = [
 {"kind": "mismatch", "severity": "error", "span": "約340キロ"},
 {"kind": "mismatch", "severity": "error", "span": "42基"},
 {"kind": "citation", "severity": "warning", "span": "Orbital Space News"},
]
