META = dict(lang="en", outlet="Harbour Freight Ledger", author="Priya Oduya", section="Shipping",
    title="Tamsin Line profit falls 37% as container rates slide",
    url="https://www.harbourfreightledger.example/shipping/2025/11/05/tamsin-line-second-quarter-results",
    pub="2025-11-05T19:20:00+00:00", pub_h="5 November 2025 19:20 GMT", topic="container line quarterly results, freight rates")
BODY = [
 "Tamsin Line, the world's eighth-largest container carrier, said on Wednesday that net profit for the second quarter of its fiscal year, which runs from April to March, fell 37% to $412 million from $655 million a year earlier, as freight rates slid from last year's peaks.",
 "Revenue dropped to $3.8bn from $4.6bn. The average rate the company earned for a forty-foot container (FEU) fell to $1,940 from $2,710, while volumes rose 5% to 2.31 million twenty-foot equivalent units (TEU).",
 "\"We are carrying more boxes for less money,\" chief executive Lars Hemmingway, 58, told reporters. \"The market has too many ships and that will not change quickly.\"",
 "The company operates 118 vessels, 23 of them chartered, and has 14 newbuildings on order for delivery by 2028. Fuel costs fell 11% in the quarter to $690 million.",
 "Tamsin Line, founded in 1919 as a coastal steamer company in the port of Tamsin, cut its full-year profit forecast to between $1.4bn and $1.7bn, from $1.9bn previously. Its shares fell 6.2% in Singapore trading.",
 "Analysts at Corvid Securities said spot rates on the Asia-Europe route had fallen for nine consecutive weeks. Their note put the average spot price in the last week of October at $1,610 per FEU.",
 "The carrier said it was slowing some of its ships on the long Asia-Europe loop to save fuel and absorb spare capacity, and that it had withdrawn one weekly service to the Mediterranean until demand recovers. It also said insurance costs for vessels passing through conflict zones remained high.",
 "The company will hold a call with investors at 4 p.m. GMT on Thursday, November 6, when it will also set out plans for a share buyback of up to $300 million.",
]
DIGEST = """タムシン・ライン:運賃下落で純利益37%減2025年11月06日 08:30

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 世界8位のコンテナ船会社タムシン・ライン(Tamsin Line)は5日、7〜9月期(2026年3月期第2四半期)の純利益が前年同期比37%減の4億1200万ドルだったと発表した。前年同期の6億5500万ドルから2億4300万ドル減った。運賃が昨年のピークから下落したことが響いた。

 主なハイライト

 減収:売上高は46億ドルから38億ドルに減少した。

 運賃と輸送量:40フィートコンテナ(FEU)1個あたりの平均運賃は2710ドルから1940ドルに下がる一方、輸送量は5%増の231万TEUとなった。

 文脈

 船腹過剰:ラース・ヘミングウェイ(Lars Hemmingway)最高経営責任者(CEO、58)は「市場には船が多すぎ、それはすぐには変わらない」と語った。

 通期予想の下方修正:通期の純利益予想は従来の19億ドルから14億〜17億ドルに引き下げられた。

 1919年創業、100年以上の歴史を持つ同社は、運賃の低迷が続くなかで自社株買いによる株主還元を打ち出す。

【詳細】

 タムシン・ラインの7〜9月期決算は、輸送量の増加を運賃下落が打ち消す内容となった。以下、要点を整理する。

 決算の内容

 1.利益と売上高

 ・純利益は4億1200万ドルで37%減、売上高は38億ドル。
 ・燃料費は11%減の6億9000万ドルだった。

 2.船隊

 ・運航する118隻のうち23隻が用船で、自社保有は95隻。
 ・2028年までに引き渡される新造船14隻を発注済み。

 市場の見方

 1.運賃の動向

 ・コービッド証券によると、アジア-欧州航路のスポット運賃は9週連続で下落し、10月最終週の平均は1FEUあたり1610ドルだった。

 2.株価と株主還元

 ・同社株はシンガポール市場で6.2%下落した。
 ・6日(木曜日)午後4時(GMT)、日本時間7日午前1時に投資家向け説明会を開き、最大3億ドルの自社株買いの計画を示す。

 船腹過剰による運賃低迷は当面続くとみられ、同社は数量拡大と株主還元で投資家をつなぎ留めようとしている。

【要点】

 決算の内容

 1.利益と売上高

 ・7〜9月期の純利益は37%減の4億1200万ドル。

 2.船隊

 ・118隻を運航、うち23隻が用船。

 市場の見方

 1.運賃の動向

 ・スポット運賃は9週連続で下落。

 2.株価と株主還元

 ・通期予想を14億〜17億ドルに下方修正、最大3億ドルの自社株買いへ。

{CITATION}"""
TRAPS = ["7〜9月期(2026年3月期第2四半期) = Q2 of April–March fiscal year", "2億4300万ドル = 655-412", "46億ドル/38億ドル = $4.6bn/$3.8bn",
         "CEO、58", "14億〜17億ドル range", "100年以上 = since 1919", "自社保有は95隻 = 118-23", "日本時間7日午前1時 = 4 p.m. GMT Thu 6", "1FEUあたり"]
ERRS = [
 ("7〜9月期(2026年3月期第2四半期)", "4〜6月期(2026年3月期第2四半期)", "4〜6月期", "mismatch", "error", "wrong quarter → months for an April fiscal year"),
 ("・運航する118隻のうち23隻が用船で、自社保有は95隻。", "・運航する118隻のうち23隻が用船で、自社保有は105隻。", "105隻", "mismatch", "error", "wrong difference (118-23)"),
 ("・スポット運賃は9週連続で下落。", "・スポット運賃は9週連続で下落、ヘミングウエイCEOは船腹過剰が続くとみる。", "ヘミングウエイ", "spelling", "warning", "second katakana spelling of the CEO"),
]
