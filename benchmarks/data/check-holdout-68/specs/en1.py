CASES = [
dict(name="clean-ridgeline-q4", lang="en", outlet="Meridian Business Wire", domain="www.meridianwire.example",
 path="/companies/2025/02/13/ridgeline-foods-fourth-quarter", pub="2025-02-13T16:45:00-05:00",
 display="Thu 13 Feb 2025 4.45pm EST", author="Carla Benning", section="Companies",
 title="Ridgeline Foods posts 12% sales rise, lifts dividend and trims workforce",
 paras=[
  "Ridgeline Foods, the packaged-food maker based in Port Alder, said on Thursday that fourth-quarter revenue rose 12% to $4.8 billion, up from $4.3 billion a year earlier, as higher prices and stronger demand for frozen meals offset weaker sales of canned soup.",
  "Net income for the three months to December 31 climbed to $312 million from $268 million in the same period of 2023. Adjusted earnings per share came to $1.37, ahead of the $1.29 analysts had expected, according to figures compiled by the research firm Calloway Data.",
  "The company raised its quarterly dividend to 48 cents a share from 44 cents and said it expected sales to grow by 3% to 5% in fiscal 2025, a range that was broadly in line with forecasts.",
  "Ridgeline also said it would cut 1,150 jobs, about 4% of its workforce of 28,000, and close plants in Millbrook and Tansey by the end of the year. The closures are expected to generate savings of $90 million a year once completed.",
  "\"We are a century-old company, but we cannot run it as if it were still 1921,\" chief executive Dana Whitcombe, 57, told analysts. Ridgeline was founded in that year as a single cannery on the Alder river.",
  "Frozen meals now account for 41% of group sales. Ridgeline holds an 18.4% share of the US frozen-meal market, second only to Northgate Kitchens, the research firm estimated.",
  "Shares in Ridgeline rose 6.5% to $71.20 in after-hours trading. The company will hold a call with investors at 5 p.m. Eastern time on Thursday.",
  "Analysts said the price increases, which averaged 5% across the portfolio last year, were unlikely to be repeated in 2025 as retailers push back and cheaper store brands win customers.",
 ],
 dtitle="リッジライン・フーズ:増収増配、人員削減も", stamp="2025年02月14日 08:30",
 digest="""
【概要】
食品メーカーのリッジライン・フーズ(Ridgeline Foods)は13日、10〜12月期の売上高が前年同期比12%増の48億ドルになったと発表した。前年同期の43億ドルから5億ドル増えた。値上げと冷凍食品の好調が、缶詰スープの不振を補った。
主なハイライト
利益:純利益は3億1200万ドルで、前年同期の2億6800万ドルから4400万ドル増えた。調整後1株利益は1.37ドルで、市場予想の1.29ドルを上回った。
増配:四半期配当を1株44セントから48セントへ4セント引き上げた。
人員削減:従業員2万8000人の約4%にあたる1150人を削減し、ミルブルックとタンジーの2工場を年内に閉鎖する。
文脈
創業100年超:同社は1921年に1軒の缶詰工場として創業し、100年余りの歴史を持つ。ダナ・ホイットコム(Dana Whitcombe)最高経営責任者は「1921年のままの経営はできない」と述べた。
市場での位置:米国の冷凍食品市場でのシェアは18.4%で、ノースゲート・キッチンズに次ぐ2位である。
2025年度の売上高は3〜5%の伸びを見込む。時間外取引で株価は6.5%上昇した。
【詳細】
リッジラインの決算は、値上げ効果と冷凍食品の伸びに支えられた。以下、数字と今後の計画を整理する。
決算の内容
1.売上高と利益
・10〜12月期の売上高は48億ドル(前年同期43億ドル)で、12%増えた。
・純利益は3億1200万ドル(同2億6800万ドル)。
・冷凍食品はグループ売上高の41%を占める。
2.配当と見通し
・配当は1株48セントに引き上げ。
・2025年度の売上高の伸びは3〜5%と予想し、市場の見方とおおむね一致した。
リストラと株価
1.工場閉鎖
・1150人を削減し、2工場を年内に閉鎖する。完了後の節約効果は年9000万ドルを見込む。
・57歳のホイットコム最高経営責任者は、創業100年を超える企業でも変化が必要だと強調した。
2.市場の反応
・株価は時間外取引で6.5%高の71.20ドルとなった。
・投資家向け電話会議は米東部時間13日午後5時(日本時間14日午前7時)に開かれる。
一方、アナリストは、昨年平均5%だった値上げを今年も繰り返すのは難しいとみている。
【要点】
決算の内容
1.売上高と利益
・売上高は12%増の48億ドル、純利益は3億1200万ドル。
2.配当と見通し
・配当を48セントに引き上げ、2025年度は3〜5%の増収を予想。
リストラと株価
1.工場閉鎖
・1150人削減と2工場の閉鎖で年9000万ドルを節約。
2.市場の反応
・株価は6.5%上昇し71.20ドルに。
"""),

dict(name="err-harlow-airline-fuel", lang="en", outlet="Atlantic Ledger Review", domain="news.atlanticledger.example",
 path="/business/2025/07/24/harlow-air-second-quarter-profit-fuel", pub="2025-07-24T07:05:00+01:00",
 display="24 July 2025, 07:05 BST", author="Fiona Achterberg", section="Business",
 title="Harlow Air profit slides as fuel bill and strike costs bite",
 paras=[
  "Harlow Air, the budget carrier based at Kestrel Field airport, said on Thursday that pre-tax profit for the three months to June fell 27% to £184 million, from £252 million a year earlier, as a higher fuel bill and a four-day pilots' strike in May weighed on results.",
  "Revenue in the quarter rose 9% to £2.1 billion. The airline carried 14.6 million passengers, up from 13.9 million, and filled 91.2% of its seats, a load factor 1.4 percentage points lower than in the same quarter last year.",
  "The strike, which ran from May 12 to May 15, grounded about 1,800 flights and cost the company £46 million, including compensation paid to passengers under consumer rules.",
  "Fuel costs per passenger rose to £23.40 from £19.80. The carrier said it had hedged 78% of its expected fuel needs for the next twelve months at about $740 a tonne.",
  "Chief executive Tomas Rydell said summer bookings were \"robust\" but warned that average fares for July to September would be 3% to 4% lower than a year ago because of extra capacity on routes to southern Europe.",
  "Harlow Air, which was founded in 1998 with two leased aircraft, now operates a fleet of 176 jets and flies from 31 bases. It plans to take delivery of 22 new aircraft by March 2026.",
  "The company kept its forecast for full-year pre-tax profit of £610 million to £650 million. Shares fell 5.8% to 412 pence in early trading in London.",
  "Analysts at Pellworth Securities said the guidance looked \"stretched\" given the fare outlook, but noted that the airline's cash pile of £3.2 billion gave it room to absorb shocks.",
 ],
 dtitle="ハーロウ航空:燃料費とストで減益", stamp="2025年07月24日 18:20",
 digest="""
【概要】
格安航空会社ハーロウ航空(Harlow Air)は24日、4〜6月期の税引き前利益が前年同期比27%減の1億8400万ポンドになったと発表した。前年同期の2億5200万ポンドから6800万ポンド減った。燃料費の上昇と5月のパイロットによる4日間のストライキが響いた。
主なハイライト
増収:売上高は9%増の21億ポンド。旅客数は1390万人から1460万人に増えた。
搭乗率:座席の91.2%が埋まったが、搭乗率は前年同期を1.4%下回った。
ストの影響:5月12日から15日までのストで約1800便が欠航し、旅客への補償を含め4600万ポンドの損失となった。
文脈
燃料:旅客1人あたりの燃料費は19.80ポンドから23.40ポンドに上昇した。今後12カ月の必要量の78%をヘッジしている。
成長計画:1998年に2機のリース機で創業した同社は、現在176機を運航し、31の拠点を持つ。2026年3月までに新たに22機を受け取る。
通期の税引き前利益予想は6億1000万〜6億5000万ポンドに据え置いた。株価は朝方の取引で5.8%下落した。
【詳細】
ハーロウ航空は増収を確保したものの、コスト増で利益が大きく目減りした。以下、決算の内容と見通しを整理する。
4〜6月期の業績
1.利益と売上高
・税引き前利益は1億8400万ポンドで、27%減った。
・売上高は21億ポンドで9%増えた。
2.ストライキ
・ストは5月12日から15日まで4日間続き、約1800便が欠航した。
・損失額は4600万ポンドにのぼった。
見通しと市場の評価
1.運賃と予約
・トーマス・リデル(Tomas Rydell)最高経営責任者は夏の予約は「堅調」だとしたうえで、7〜9月期の平均運賃は前年より3〜4%下がると警告した。
・南欧路線の供給増が運賃を押し下げる。
2.株価と手元資金
・株価は5.8%安の421ペンスとなった。
・ペルワース証券のアナリストは予想を「背伸びしている」と評価しつつ、32億ポンドの手元資金が衝撃を吸収する余地になると指摘した。
一方、リディル氏が率いる同社は燃料を1トンあたり約740ドルでヘッジしており、コストの見通しは立てやすい。
【要点】
4〜6月期の業績
1.利益と売上高
・税引き前利益は27%減の1億8400万ポンド、売上高は9%増。
2.ストライキ
・4日間のストで約1800便が欠航し、4600万ポンドの損失。
見通しと市場の評価
1.運賃と予約
・7〜9月期の平均運賃は3〜4%低下の見通し。
2.株価と手元資金
・株価は421ペンスに下落、手元資金は32億ポンド。
""",
 findings=[("mismatch", "error", "1.4%", "1.4 percentage points written as 1.4%"),
           ("mismatch", "error", "421ペンス", "412 pence with digits swapped (twice)"),
           ("spelling", "warning", "リディル", "second katakana spelling of Rydell (first リデル)")]),
]
