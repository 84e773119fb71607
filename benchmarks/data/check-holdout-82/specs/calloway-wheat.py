META = dict(lang="en", outlet="Prairie Grain Journal", author="Dana Whitcombe", section="Harvest",
    title="Calloway Plains wheat crop climbs to 41.6 million tonnes despite July heat",
    url="https://www.prairiegrainjournal.example/harvest/2025/08/14/calloway-wheat-crop-estimate",
    pub="2025-08-14T17:45:00-05:00", pub_h="August 14, 2025 5:45 p.m. CDT", topic="wheat harvest estimate")
BODY = [
 "Wheat growers in the Calloway Plains are on course for their biggest crop in years, the region's Crop Board said on Thursday, raising its harvest estimate to 41.6 million tonnes from 38.2 million tonnes last season despite a punishing heatwave in July.",
 "The board released its August estimate at 11 a.m. Central time, a few hours before the close of trading in Lakeport, where the December wheat contract fell 9 cents to $5.42 a bushel. In bushel terms the crop is put at 1.53 billion bushels.",
 "Farmers planted 12.4 million acres of wheat this year, about 300,000 acres more than in 2024, and yields averaged 47 bushels an acre, according to the board's survey of 2,150 farms.",
 "The estimate comes despite a heatwave that peaked on Tuesday, July 15, when the thermometer at the Fort Ardley weather station reached 104 degrees Fahrenheit. Agronomist Ruth Calder of Ardley State University said most of the winter wheat had already been harvested by then. \"The heat came two weeks too late to do serious damage,\" she said.",
 "Cash prices at country elevators averaged $212 a tonne in the first half of August, down from $236 a year earlier, as a large crop weighed on the market. \"Our costs have not come down by anything like that,\" said Mark Ostrander, who farms 3,400 acres near Fort Ardley and chairs the Calloway Wheat Growers Association.",
 "Exports are expected to reach 14.2 million tonnes in the marketing year that began on June 1, of which 5.9 million tonnes are forecast to go to buyers in Asia. The region shipped 12.8 million tonnes in the previous marketing year.",
 "Rail operators have added 600 hopper cars to handle the crop, and the port of Lakeport expects grain loadings to run at a record pace through October, the board said.",
 "The board will publish its next estimate on September 11.",
]
DIGEST = """カロウェイ平原:猛暑を越えて小麦が4160万トンへ2025年08月15日 09:30

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 カロウェイ平原の作物委員会は14日(木曜日)、今季の小麦の収穫見通しを4160万トンに引き上げた。前季の3820万トンを340万トン(約9%)上回り、7月の猛暑にもかかわらずここ数年で最大の収穫となる見込みである。

 主なハイライト

 価格の下落:8月前半のカントリーエレベーターでの平均価格は1トンあたり212ドルで、前年同期の236ドルから24ドル(約1割)下がった。

 作付けと単収:作付面積は1240万エーカー(約502万ヘクタール)で、単収は1エーカーあたり平均47ブッシェルだった。

 文脈

 7月の猛暑:15日(火曜日)にはフォート・アードリーの観測所で華氏104度(摂氏40度)を記録したが、冬小麦の大半はすでに収穫を終えていた。

 輸出の見通し:6月1日に始まった販売年度の輸出は1420万トンと見込まれ、その約4割にあたる590万トンがアジア向けとなる。

 豊作は価格の重荷となっており、生産者はコストの高止まりに不満を募らせている。

【詳細】

 作物委員会の8月の推計は、収穫量と輸出の両面で前季を上回る数字となった。以下、主な内容を整理する。

 収穫の見通し

 1.収穫量

 ・委員会は中部時間午前11時(日本時間15日午前1時)に推計を公表し、収穫量を4160万トン(15億3000万ブッシェル)とした。
 ・作付面積は前年より約30万エーカー多い1240万エーカーで、2150戸の農場を対象とした調査に基づく。

 2.猛暑の影響

 ・アードリー州立大学の農学者ルース・コールダー(Ruth Calder)氏は「暑さが来たのが2週間遅く、深刻な被害にはならなかった」と話した。

 市場と輸出

 1.価格

 ・レイクポートの12月限の小麦先物は9セント下げて1ブッシェルあたり5.42ドルとなった。
 ・カロウェイ小麦生産者協会会長で3400エーカーを耕作するマーク・オストランダー(Mark Ostrander)氏は、コストはそれほど下がっていないと訴えた。

 2.輸送と輸出

 ・前年度の輸出は1280万トンで、今年度は140万トン増える見通しである。
 ・鉄道会社はホッパー車600両を追加し、レイクポート港では10月まで記録的なペースで穀物の積み込みが続く見込みだ。

 次回の推計は9月11日に公表される。

【要点】

 収穫の見通し

 1.収穫量

 ・収穫見通しは4160万トンで、前季より約9%増加。

 2.猛暑の影響

 ・7月15日に華氏104度を記録したが、冬小麦の大半は収穫済み。

 市場と輸出

 1.価格

 ・平均価格は1トンあたり212ドルと前年の236ドルから下落。

 2.輸送と輸出

 ・輸出見通しは1420万トン、うちアジア向けが590万トン。

{CITATION}"""
TRAPS = ["340万トン(約9%) = 41.6-38.2 / 38.2", "24ドル(約1割) = 236-212", "約502万ヘクタール = 12.4m acres",
         "摂氏40度 = 104°F", "約4割 = 5.9/14.2", "日本時間15日午前1時 = 11 a.m. CDT Thu 14", "140万トン増 = 14.2-12.8", "14日(木曜日)", "15日(火曜日)"]
ERRS = [
 ("前季の3820万トンを340万トン(約9%)上回り", "前季の3820万トンを430万トン(約9%)上回り", "430万トン", "mismatch", "error", "wrong difference (3.4m → 430万)"),
 ("(日本時間15日午前1時)", "(日本時間14日午前2時)", "日本時間14日午前2時", "mismatch", "error", "wrong JST conversion (day not shifted to the 15th, hour off by one)"),
 ("約30万エーカー多い1240万エーカーで、", "約30万エーカー多い1240万エーカーと2019年以来の広さで、", "2019年", "unsupported", "warning", "invented year"),
]
