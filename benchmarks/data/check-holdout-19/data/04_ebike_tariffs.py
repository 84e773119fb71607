SLUG = "ebike-tariffs"
LANG = "en"
META = dict(
    site="Capitol Trade Bulletin",
    title="US to raise tariffs on imported e-bikes to 35% from March 1",
    url="https://capitoltradebulletin.example/tariffs/2025/02/18/us-raises-ebike-tariffs-35-percent",
    published="2025-02-18T19:10:00-05:00",
    time_display="February 18, 2025 7:10 PM EST",
    author="Priya Raman and Scott Delaney",
    section="Trade",
)
BODY = [
    "The United States will raise tariffs on imported electric bicycles and e-bike parts to 35 percent from 11 percent, the Office of the Trade Representative said on Tuesday, in a move aimed at what officials called a flood of subsidized imports.",
    "The new duties will take effect at 12:01 a.m. ET on Saturday, March 1, and will also apply to goods shipped before that date but not yet cleared through customs, Trade Representative Dana Whitcombe told reporters at a briefing that began at 4:30 p.m.",
    "Imports of e-bikes and parts were worth $7.8 billion last year, according to the Commerce Department, up from $5.1 billion in 2022. About 62 percent came from three Asian exporters, with the rest spread across more than 40 countries.",
    "Whitcombe said domestic producers’ share of the market had fallen to 14 percent from 23 percent five years ago, and that two of the country’s largest assembly plants had closed since 2023 with the loss of 1,150 jobs.",
    "The tariff will be reviewed after 18 months. Conventional bicycles without motors, which account for about a third of the bikes sold in the country, are not affected, and children’s bicycles are also exempt.",
    "Retailers reacted with alarm. The National Cycle Retailers Association, which represents about 2,600 shops, estimated that the average price of an imported e-bike, now about $1,400, could rise by between $250 and $330. “This is a tax on commuters,” said its president, Greg Tolliver.",
    "The European Union, whose members shipped about $410 million worth of e-bikes to the United States last year, said it was studying the measure and would “respond proportionately if necessary.” A spokeswoman for the European Commission said talks with Washington were planned for next week.",
    "Shares of Corvo Cycles, the largest domestic manufacturer, closed up 9.2 percent on Tuesday. The company said it would add a second shift at its plant in Alder Falls and hire 300 workers over the next six months.",
    "Trade lawyers said importers were likely to rush shipments into bonded warehouses before the deadline. “You will see a surge in the next ten days, and then a sharp drop,” said Elaine Hsu, a partner at the law firm Marsh Kettering.",
]
HEADLINE = "米国:電動自転車の関税を11%から35%へ"
POSTED = "2025年02月19日 10:30"
CREDIT = "国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成"
DIGEST = """
【概要】

 米通商代表部は18日、輸入される電動自転車とその部品にかける関税を現行の11%から35%へ、24ポイント引き上げると発表した。当局者が「補助金を受けた輸入品の洪水」と呼ぶ事態への対抗措置である。

 主なハイライト

 発動の時期:新関税は3月1日(土)午前0時1分(米東部時間)、日本時間では同日午後2時1分に発動する。それ以前に出荷され、まだ通関していない貨物にも適用される。

 輸入の規模:商務省によると、昨年の電動自転車と部品の輸入額は78億ドルで、2022年の51億ドルから約5割増えた。約6割(62%)はアジアの3つの輸出国からで、残りは40カ国以上に分散している。

 国内産業の苦境:ダナ・ウィットコム(Dana Whitcombe)通商代表によると、国内メーカーの市場シェアは5年前の23%から14%へ9ポイント低下し、2023年以降に大手組立工場2カ所が閉鎖され、1150人が職を失った。

 文脈

 対象外の製品:モーターのない普通の自転車(国内販売の約3分の1)と子ども用自転車は対象外。関税は1年半(18カ月)後に見直される。

 欧州の反応:昨年、加盟国から約4億1000万ドル相当の電動自転車を米国に輸出した欧州連合(EU)は、措置を精査しており「必要なら相応に対応する」としている。

 小売業界は通勤者への負担増を警告する一方、国内最大手のメーカーは増産に動いている。

【詳細】

 米国が電動自転車の輸入に対する関税を3倍余りに引き上げる。以下、措置の中身と各方面の反応を整理する。

 関税引き上げの内容

 1.税率と発動日

 ・税率は11%から35%へ引き上げられる。
 ・発動は3月1日(土)午前0時1分(米東部時間)で、日本時間では同日午後2時1分となる。
 ・発表は米東部時間18日午後4時半、日本時間19日午前6時半に始まった記者会見で行われた。

 2.輸入の実態

 ・昨年の輸入額は78億ドルで、2022年の51億ドルを大きく上回った。
 ・輸入の62%がアジアの3カ国からだった。

 3.見直しと適用除外

 ・関税は18カ月後に見直す。
 ・モーターのない自転車と子ども用自転車は対象外とした。

 各方面の反応

 1.小売業界

 ・約2600店が加盟する全米自転車小売業協会は、現在約1400ドルの輸入電動自転車の平均価格が250〜330ドル上がる可能性があると試算した。
 ・グレッグ・トリバー(Greg Tolliver)会長は「通勤者への課税だ」と批判した。

 2.欧州連合

 ・EUは措置を精査しており、欧州委員会の報道官は来週、米政府と協議する予定だと明らかにした。

 3.国内メーカーと輸入業者

 ・国内最大手コルボ・サイクルズ(Corvo Cycles)の株価は18日、9.2%上昇して取引を終えた。同社はオールダーフォールズの工場で2交代制を導入し、今後半年で300人を雇用する。
 ・通商専門の弁護士エレイン・スー(Elaine Hsu)氏は、輸入業者が発動前に保税倉庫への搬入を急ぐとみて、「今後10日間で急増し、その後急減するだろう」と述べた。

 関税の発動まで10日余りとなり、駆け込み輸入と価格への影響が当面の焦点となる。

【要点】

 関税引き上げの内容

 1.税率と発動日

 ・関税を11%から35%へ24ポイント引き上げ、日本時間3月1日午後2時1分に発動。

 2.輸入の実態

 ・昨年の輸入額は78億ドル、62%がアジア3カ国から。

 3.見直しと適用除外

 ・18カ月後に見直し、普通の自転車と子ども用は対象外。

 各方面の反応

 1.小売業界

 ・平均価格が250〜330ドル上昇する恐れ。

 2.欧州連合

 ・EUは「必要なら相応に対応」。

 3.国内メーカーと輸入業者

 ・国内最大手は300人を追加雇用、輸入業者は駆け込みへ。
"""
ERRORS = [
    dict(old="3月1日(土)", new="3月1日(日)", kind="mismatch", severity="error", span="3月1日(日)"),
    dict(old="日本時間3月1日午後2時1分", new="日本時間3月2日午前2時1分", kind="mismatch", severity="error", span="日本時間3月2日午前2時1分"),
    dict(old="全米自転車小売業協会は", new="全米自転車小売業協会(NBDA)は", kind="name", severity="warning", span="NBDA"),
]
