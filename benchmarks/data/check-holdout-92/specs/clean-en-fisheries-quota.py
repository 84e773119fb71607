SPEC = dict(
    lang="en", outlet="Bayside Maritime Record", section="Environment", author="Gwen Tregarthen",
    title="Cod quota cut by a third as North Shelf stocks fall for fourth year",
    url="https://www.baysidemaritimerecord.example/environment/2025/oct/30/north-shelf-cod-quota-cut",
    published="2025-10-30T18:15:00+00:00", shown="Thu 30 Oct 2025 18.15 GMT",
    body=[
        "The catch limit for cod on the North Shelf will be cut by a third next year, from 27,000 tonnes to 18,000 tonnes, after scientists found that the spawning stock had declined for a fourth year in a row, the Shelf Fisheries Commission announced on Thursday.",
        "The commission's scientific panel estimated the spawning stock at 61,000 tonnes, below the 75,000-tonne level it regards as safe. Only 38% of the fish sampled in this year's survey were over five years old, down from 52% in 2021, a fall of 14 percentage points.",
        "Skippers reacted angrily. The Harbourside Fishermen's Association, which represents 340 vessels, said the cut would cost its members about £46m in lost earnings and could force some crews out of business. \"We are being asked to pay for decades of mistakes we did not make,\" said its chairman, Alun Pryce, 58.",
        "Marine biologists said warming water was part of the problem. Bottom temperatures on the shelf have risen by about 1.2C since 1990, and young cod appear to be moving north into deeper, colder water where fewer survive their first winter.",
        "The commission said it would review the quota in the second quarter of next year, once results from a spring survey were in. It also plans to close two spawning grounds, covering 2,600 square kilometres (about 1,000 square miles), from February to April.",
        "The government said it would offer £12m in support to affected fleets in the fiscal year starting in April, including money for crews to switch to other species such as hake and monkfish, which have become more plentiful as waters have warmed.",
        "Conservation groups welcomed the cut but said it should have come sooner. The stock was last this low in 2006, when the commission imposed a similar reduction that took eight years to reverse.",
    ],
)

DIGEST = """
北大陸棚のタラ:漁獲枠を3分の1削減2025年10月31日 09:30

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 大陸棚漁業委員会は30日(木)、北大陸棚のタラの来年の漁獲枠を2万7000トンから1万8000トンへ、9000トン(3分の1)削減すると発表した。産卵親魚の資源量が4年連続で減ったためである。

 主なハイライト

 資源の悪化:委員会の科学部会は産卵親魚量を6万1000トンと推定し、安全とみなす7万5000トンを1万4000トン下回った。

 若い魚の割合:今年の調査で5歳を超える魚の割合は38%で、2021年の52%から14ポイント低下した。

 漁業者の反発:340隻が加盟するハーバーサイド漁業者協会は、減収が約4600万ポンドに上ると試算した。アラン・プライス(Alun Pryce)会長(58)は「自分たちのせいではない何十年もの失敗のつけを払わされている」と述べた。

 文脈

 海の温暖化:大陸棚の海底水温は1990年以降約1.2度上昇し、若いタラがより深く冷たい北の海へ移って、最初の冬を越せる個体が減っているとみられる。

 過去の例:資源がこれほど低かったのは2006年以来で、当時の同様の削減は回復に8年かかった。

 委員会は来年4〜6月期に、春の調査結果を踏まえて漁獲枠を見直す。

【詳細】

 タラ資源の回復のため、委員会は厳しい削減に踏み切った。以下、決定の内容と影響をまとめる。

 漁獲枠の削減

 1.削減の規模

 ・漁獲枠は2万7000トンから1万8000トンに削減される。
 ・2月から4月まで、産卵場2カ所、計2600平方キロ(約1000平方マイル)を閉鎖する。

 2.資源の状態

 ・産卵親魚量は6万1000トンで、安全水準の約8割にとどまる。

 影響と支援

 1.漁業者への影響

 ・協会は減収を約4600万ポンドと見積もる。

 2.政府の支援

 ・政府は4月に始まる会計年度に1200万ポンドの支援を用意し、温暖化で増えたメルルーサやアンコウへの転換を後押しする。

 環境団体は削減を歓迎しつつ、もっと早く行うべきだったと指摘した。

【要点】

 漁獲枠の削減

 1.削減の規模

 ・漁獲枠を1万8000トンに、3分の1削減。

 2.資源の状態

 ・産卵親魚量6万1000トン、4年連続の減少。

 影響と支援

 1.漁業者への影響

 ・340隻の協会が約4600万ポンドの減収を試算。

 2.政府の支援

 ・政府は1200万ポンドを支援。

【引用・参照・底本】

Cod quota cut by a third as North Shelf stocks fall for fourth year Bayside Maritime Record 2025.10.30

https://www.baysidemaritimerecord.example/environment/2025/oct/30/north-shelf-cod-quota-cut
"""

FINDINGS = []
