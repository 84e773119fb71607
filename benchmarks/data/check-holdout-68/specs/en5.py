CASES = [
dict(name="clean-valemont-power-tariff", lang="en", outlet="Lakeshore Energy Daily", domain="www.lakeshoreenergy.example",
 path="/utilities/2025/02/03/valemont-power-tariff-increase", pub="2025-02-03T11:20:00-05:00",
 display="Monday, Feb. 3, 2025, 11:20 a.m. EST", author="Priscilla Dunaway", section="Utilities",
 title="Valemont Power seeks 8.5% rate rise as 18-month freeze ends",
 paras=[
  "Valemont Power, the largest electricity supplier in the province of Northmarch, asked regulators on Monday to raise household tariffs by 8.5% from April 1, ending an 18-month freeze imposed after a row over storm-repair costs.",
  "If approved, the residential rate would rise to 31.2 cents per kilowatt-hour from 28.75 cents. The average household, which the company says uses about 495 kilowatt-hours a month, now pays $142 a month.",
  "The utility said it needed the extra revenue to pay for $2.7 billion of grid upgrades over the next five years, including 640 kilometres of new transmission lines and the replacement of about 38,000 wooden poles.",
  "Valemont serves 1.9 million customers. Renewable sources supplied 37% of its electricity last year, up from 29% in 2022, and the company aims to reach 60% by 2030.",
  "The Northmarch Energy Board will hold the first public hearing on the request on Wednesday. Consumer groups said they would argue for an increase of no more than 4%.",
  "\"Nobody likes a higher bill, but the alternative is a grid that fails when it is needed most,\" said Valemont's president, Howard Kitteridge, 59. A storm in October 2023 left 410,000 customers without power, some of them for up to six days.",
  "The company also proposed a discount of 15% for about 120,000 low-income households and said business tariffs would rise by 6.1%.",
  "Valemont reported net income of $388 million last year, up 4% from the year before.",
 ],
 dtitle="バルモント電力:電気料金8.5%引き上げを申請", stamp="2025年02月04日 07:45",
 digest="""
【概要】
ノースマーチ州最大の電力会社バルモント電力(Valemont Power)は3日(月曜日)、4月1日から家庭向け料金を8.5%引き上げるよう規制当局に申請した。嵐の復旧費をめぐる対立を受けて続いた1年半の料金凍結が終わる。
主なハイライト
単価:認められれば、家庭向けの料金は1キロワット時あたり28.75セントから31.2セントへ2.45セント上がる。
家計への影響:平均的な家庭の月額料金は現在142ドルで、8.5%の値上げは月約12ドルの負担増となる。
投資計画:今後5年で27億ドルを送電網に投じ、640キロの送電線を新設し、木製の電柱約3万8000本を交換する。
文脈
再エネ比率:昨年の電力のうち再生可能エネルギーは37%で、2022年の29%から8ポイント上昇した。2030年までに6割を目指す。
停電の記憶:2023年10月の嵐では41万世帯が停電し、一部は最長6日間電気が使えなかった。
州のエネルギー委員会は5日(水曜日)に初の公聴会を開く。消費者団体は値上げ幅を4%以内に抑えるよう求める方針である。
【詳細】
バルモント電力は送電網への投資の財源として値上げを求めた。以下、申請の中身と反応を整理する。
値上げの中身
1.家庭向け料金
・値上げ率は8.5%で、4月1日から適用を求める。
・平均的な家庭は月約495キロワット時を使う。
2.その他の料金
・低所得の約12万世帯には15%の割引を提案した。
・事業者向け料金は6.1%引き上げる。
背景と反応
1.送電網の更新
・5年間で27億ドルを投資する。
・顧客数は190万件にのぼる。
2.会社と消費者の主張
・ハワード・キッテリッジ(Howard Kitteridge)社長(59)は「送電網が肝心なときに止まるほうが困る」と述べた。
・消費者団体は4%までの値上げを主張する。
一方、同社の昨年の純利益は3億8800万ドルで、前年より4%増えており、値上げへの反発も予想される。
【要点】
値上げの中身
1.家庭向け料金
・1キロワット時あたり31.2セントへ8.5%の値上げを申請。
2.その他の料金
・低所得世帯に15%割引、事業者向けは6.1%増。
背景と反応
1.送電網の更新
・5年で27億ドルを投じ、送電線640キロを新設。
2.会社と消費者の主張
・公聴会は5日、消費者団体は4%以内を要求。
"""),

dict(name="clean-qalbara-port-volumes", lang="en", outlet="Gulf Freight Gazette", domain="www.gulffreightgazette.example",
 path="/ports/2025/01/19/qalbara-container-volumes-record", pub="2025-01-19T13:40:00+04:00",
 display="19 January 2025 13:40 GST", author="Rania Al-Harith", section="Ports",
 title="Port of Qalbara handles record 6.48m containers, climbs global ranking",
 paras=[
  "The Port of Qalbara handled a record 6.48 million twenty-foot equivalent units (TEU) of containers in 2024, an increase of 11.3% on the previous year, the port authority said at a news conference at 11 a.m. on Sunday.",
  "The growth lifted Qalbara to 27th place in an industry ranking of the world's busiest container ports, up from 31st a year earlier. Volumes in the fourth quarter alone reached 1.71 million TEU.",
  "Ships diverted from other routes accounted for much of the rise, the authority said. Transshipment, in which containers are moved from one vessel to another, made up 58% of the total.",
  "Total cargo, including bulk goods such as grain and fertiliser, rose 6% to 42 million tonnes.",
  "The authority plans to invest $1.9 billion by 2028 in a new 1,200-metre quay and to dredge the access channel to a depth of 17.5 metres, so that the largest container ships, which carry up to 24,000 TEU, can call fully loaded.",
  "\"Last year proved that the region needs more capacity, not less,\" said Tariq Mansour, the authority's chairman. About 14,000 people work at the port and in its free zone.",
  "Average waiting time for ships at anchor fell to 9 hours from 14 hours after the authority extended working shifts, he said.",
  "The port expects volumes to grow by 5% to 7% in 2025 as some shipping lines return to their usual routes.",
 ],
 dtitle="カルバラ港:コンテナ取扱量が過去最高", stamp="2025年01月19日 22:30",
 digest="""
【概要】
カルバラ港(Port of Qalbara)の港湾当局は19日(日曜日)、2024年のコンテナ取扱量が前年比11.3%増の648万TEU(20フィートコンテナ換算)と過去最高になったと発表した。記者会見は現地時間午前11時(日本時間午後4時)に開かれた。
主なハイライト
順位の上昇:世界のコンテナ港の取扱量ランキングで、前年の31位から27位に上がった。
10〜12月期:四半期の取扱量は171万TEUだった。
積み替え:コンテナを船から船へ移す積み替えが全体の58%、6割近くを占めた。
文脈
迂回航路:他の航路から迂回した船が伸びの大部分を支えた。
貨物全体:穀物や肥料などばら積み貨物を含む総貨物量は6%増の4200万トンだった。
当局は2025年の取扱量について、一部の海運会社が通常の航路に戻ることから5〜7%の伸びを予想している。
【詳細】
カルバラ港は迂回船の受け皿となり、取扱量を大きく伸ばした。以下、実績と投資計画をまとめる。
2024年の実績
1.取扱量と順位
・コンテナ取扱量は648万TEU、総貨物量は4200万トン。
・ランキングは四つ順位を上げて27位となった。
2.待ち時間の短縮
・沖合での平均待ち時間は14時間から9時間へ5時間短くなった。
・当局が作業シフトを延長した効果である。
今後の投資
1.岸壁と航路
・2028年までに19億ドルを投じ、長さ1200メートルの岸壁を新設する。
・航路を水深17.5メートルまでしゅんせつし、最大2万4000TEU積みの大型船が満載で寄港できるようにする。
2.雇用
・港と自由貿易区では約1万4000人が働く。
・タリク・マンスール(Tariq Mansour)会長は「地域に必要なのは能力の拡大だ」と述べた。
一方、迂回船が元の航路に戻れば、伸び率は昨年の半分程度に鈍る見通しである。
【要点】
2024年の実績
1.取扱量と順位
・取扱量は11.3%増の648万TEUで、世界27位に浮上。
2.待ち時間の短縮
・平均待ち時間は9時間に短縮。
今後の投資
1.岸壁と航路
・19億ドルで1200メートルの岸壁と水深17.5メートルの航路を整備。
2.雇用
・港と自由貿易区で約1万4000人が働く。
"""),
]
