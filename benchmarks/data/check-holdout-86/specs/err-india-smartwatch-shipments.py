lang = "en"
outlet = "Meridian Gadget Post"
title = "India smartwatch shipments slide 18% as Zuri Wear widens lead"
url = "https://meridiangadgetpost.example/wearables/india-smartwatch-shipments-q3-2025"
published = "2025-11-13T12:10:00+05:30"
timestr = "13 Nov 2025, 12:10 PM IST"
author = "Ritika Sundaram"
paras = [
 "Smartwatch shipments in India fell 18% from a year earlier to 6.2 million units in the July-September quarter, the fourth straight quarterly decline, according to a report released on Thursday by the research firm Banyan Device Research.",
 "Zuri Wear kept its position as the market leader with a 24.5% share, up 3.1 percentage points from a year ago, helped by strong demand for its cheapest model during the festive season. Tarang Tech was second with 17.8%, and Pulsebeat third with 11.2%.",
 "The average selling price of a smartwatch dropped to ₹1,980 from ₹2,350 a year earlier, as brands cut prices to clear unsold stock. Watches priced below ₹2,000 made up 71% of shipments.",
 "Online channels accounted for 64% of sales, while the share of shops in smaller towns grew for the third consecutive quarter. Models with built-in calling features made up nine in ten watches shipped.",
 "Banyan said the market had been hurt by buyers holding on to their devices for longer. The average replacement cycle has stretched to 26 months from 19 months two years ago, the report said.",
 "Shipments of premium watches costing more than ₹30,000 bucked the trend, rising 22% to about 410,000 units. Two global brands account for most of that segment.",
 "For the full year, Banyan now expects shipments of 24 million units, down from its earlier forecast of 27 million and below the 30.5 million shipped in 2024.",
 "Zuri Wear, founded in 2016 in Bengaluru, said in a statement that it would launch its first watch with a blood-pressure sensor in January.",
]
digest = dict(
 headline="インドのスマートウォッチ:出荷18%減、ズーリが首位固め", posted="2025年11月13日 20:30",
 lead=["調査会社バニヤン・デバイス・リサーチ(Banyan Device Research)が13日(木)に公表した報告書によると、インドの7〜9月期のスマートウォッチ出荷台数は前年同期比18%減の620万台だった。前年割れは4四半期連続となる。"],
 highlights=[
  ("首位ズーリ", "ズーリ・ウェア(Zuri Wear)がシェア24.5%で首位を守り、前年同期から3.1ポイント伸ばした。2位はタラン・テック(Tarang Tech)の17.8%、3位はパルスビート(Pulsebeat)の11.2%。"),
  ("値下がり", "平均販売価格は前年の2350ルピーから370ルピー下がり、1980ルピーとなった。2000ルピー未満の製品が出荷の71%を占めた。"),
  ("買い替えの長期化", "平均の買い替えサイクルは2年前の19カ月から26カ月に延びた。"),
 ],
 context=[
  ("販売経路", "販売の64%がオンラインで、通話機能付きのモデルが出荷の9割を占めた。"),
  ("高級品は好調", "3万ルピーを超える高級モデルは22%増の約41万台と、市場全体とは逆に伸びた。"),
 ],
 closing=["バニヤンは通年の出荷見通しを2700万台から2400万台に下方修正した。2024年の3050万台を650万台下回る。"],
 intro=["インドのスマートウォッチ市場は縮小が続いている。以下、報告書の主な内容をまとめる。"],
 details=[
  ("7〜9月期の市場", [
   ("出荷台数", ["・出荷は18%減の620万台で、4四半期連続の減少。", "・販売の64%がオンライン経由。"]),
   ("ブランド別シェア", ["・ズーリ・ウェアが24.5%で首位、3.1ポイント上昇。", "・タラン・テックが17.8%、パルスビートが11.2%。"]),
  ]),
  ("価格と需要", [
   ("価格", ["・平均販売価格は1980ルピーで、前年は2350ルピー。", "・2000ルピー未満が出荷の71%。"]),
   ("高級モデル", ["・3万ルピー超のモデルは22%増の約41万台。"]),
   ("買い替え", ["・買い替えサイクルは26カ月に延びた。"]),
  ]),
  ("見通し", [
   ("通年予想", ["・通年の出荷は2400万台の見込みで、従来予想は2700万台だった。"]),
   ("ズーリの新製品", ["・2016年にベンガルールで創業したズーリ・ウェアは、1月に血圧センサー付きの初のモデルを発売する。"]),
  ]),
 ],
 dclosing=["一方、祝祭シーズンの需要に支えられた低価格モデルの販売が、来期以降も続くかは不透明だ。"],
 points=[
  ("7〜9月期の市場", [("出荷台数", ["・出荷620万台、18%減。"]), ("ブランド別シェア", ["・ズーリが24.5%で首位。"])]),
  ("価格と需要", [("価格", ["・平均価格は1980ルピー。"]), ("高級モデル", ["・高級モデルは22%増。"]), ("買い替え", ["・買い替えは26カ月に長期化。"])]),
  ("見通し", [("通年予想", ["・通年2400万台に下方修正。"]), ("ズーリの新製品", ["・1月に血圧センサー付きモデル。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2025.11.13", cite_url=url,
)
plants = [
 ("・ズーリ・ウェアが24.5%で首位、3.1ポイント上昇。", "・ズーリ・ウェアが24.5%で首位、3.1%上昇。"),
 ("インドの7〜9月期のスマートウォッチ出荷台数", "インドの10〜12月期のスマートウォッチ出荷台数"),
 ("・通年の出荷は2400万台の見込みで、従来予想は2700万台だった。", "・通年の出荷は2400万台の見込みで、従来予想は2700万台だった。報告書をまとめたアナンド・メータ(Anand Mehta)氏は、市場の回復には時間がかかるとみる。"),
]
findings = [
 {"kind": "mismatch", "severity": "error", "span": "3.1%上昇"},
 {"kind": "mismatch", "severity": "error", "span": "10〜12月期"},
 {"kind": "name", "severity": "warning", "span": "アナンド・メータ(Anand Mehta)"},
]
