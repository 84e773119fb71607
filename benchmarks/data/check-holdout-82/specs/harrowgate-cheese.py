META = dict(lang="en", outlet="Upland Dairy Gazette", author="Fiona Ashcombe", section="Dairy",
    title="Harrowgate cheddar crowned world champion as milk price rises",
    url="https://www.uplanddairygazette.example/dairy/2025/06/29/harrowgate-cheddar-world-champion",
    pub="2025-06-29T10:05:00+01:00", pub_h="Sunday 29 June 2025 10.05 BST", topic="cheese award, milk and butter prices")
BODY = [
 "A cheddar made on a family farm in the Brannock valley has been named world champion cheese, beating 4,312 entries from 41 countries at the International Cheese Trials in Vellmar on Friday.",
 "Old Harrowgate Reserve, a two-year-old cheddar from Harrowgate Farm, scored 98.2 points out of 100, ahead of a Swiss mountain cheese on 97.6 and a Dutch aged gouda on 97.1. It is the first time in the contest's 34-year history that a cheese from the region has taken the top prize.",
 "\"We milk 780 cows and make cheese six days a week. I still can't quite believe it,\" said Emma Tolland, 44, who runs the farm with her brother. The Tollands have farmed the 1,150-acre holding since 1896.",
 "The award comes as dairy farmers get some relief on prices. Vale Milk, the region's biggest buyer, said it would raise its standard litre price by 1.5 pence to 41.25p from August 1, the third increase this year.",
 "Wholesale butter prices have risen 18% since January to £6,300 a tonne, while mild cheddar is trading at £4,150 a tonne, according to the market bulletin Dairy Desk.",
 "Harrowgate sells about 30% of its cheese abroad, mainly to Germany and Japan. Orders doubled within 24 hours of the win, Ms Tolland said, and the farm has taken on two extra staff.",
 "Hot weather is the next worry. Temperatures reached 31C (88F) in the valley on Thursday and forecasters expect another hot spell in mid-July, which tends to cut milk yields by as much as 10%.",
 "The trials were judged by a panel of 260 specialists over two days. Next year's contest will be held in Lisbon-on-Tarn in late June.",
]
DIGEST = """ハロウゲート:チェダーが世界一、乳価も上昇2025年06月29日 20:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 ブラノック渓谷の家族経営農場が作るチェダーチーズが、27日(金曜日)にヴェルマーで開かれた国際チーズ審査会で世界一に選ばれた。41カ国から寄せられた4312点の出品を抑えての受賞である。

 主なハイライト

 採点:ハロウゲート農場の「オールド・ハロウゲート・リザーブ」(熟成2年)は100点満点中98.2点で、2位のスイスの山のチーズ(97.6点)を0.6点上回った。3位はオランダの熟成ゴーダ(97.1点)。

 初の栄冠:34年の歴史を持つ審査会で、同地域のチーズが最高賞を得たのは初めて。

 文脈

 乳価の引き上げ:地域最大の乳業会社ベール・ミルクは8月1日から標準乳価を1リットルあたり1.5ペンス上げて41.25ペンスとする。今年3回目の値上げとなる。

 バター高:卸売のバター価格は1月から18%上がり、1トンあたり6300ポンドとなった。

 受賞を追い風に海外からの注文が急増する一方、夏の暑さが次の懸念材料となっている。

【詳細】

 小さな家族経営農場のチーズが世界の頂点に立った。以下、受賞の背景と酪農市場の動きをまとめる。

 世界一のチーズ

 1.農場の概要

 ・エマ・トランド(Emma Tolland)さん(44)は兄弟とともに、乳牛780頭を飼い、週6日チーズを作る。
 ・一家は1896年から1150エーカー(約465ヘクタール)の農地を営んでおり、130年近くになる。

 2.反響

 ・チーズの約3割を主にドイツと日本に輸出している。
 ・受賞から24時間で注文が倍増し、従業員を2人増やした。

 酪農市場

 1.価格

 ・マイルドチェダーの卸値は1トンあたり4150ポンド。

 2.暑さへの懸念

 ・26日(木曜日)には渓谷の気温が31度(華氏88度)に達した。
 ・7月中旬にも暑さが予想され、乳量が最大1割落ちる恐れがある。

 審査は260人の専門家が2日間かけて行った。来年の大会は6月下旬にリスボン・シュル・ターンで開かれる。

【要点】

 世界一のチーズ

 1.農場の概要

 ・乳牛780頭の家族経営農場のチェダーが98.2点で優勝。

 2.反響

 ・受賞後24時間で注文が倍増。

 酪農市場

 1.価格

 ・乳価は8月1日から1リットル41.25ペンスに、バターは1トン6300ポンド。

 2.暑さへの懸念

 ・気温31度を記録、7月中旬も暑さの恐れ。

{CITATION}"""
TRAPS = ["27日(金曜日) = on Friday (published Sun 29)", "26日(木曜日) = on Thursday", "0.6点 = 98.2-97.6", "約465ヘクタール = 1,150 acres",
         "130年近く = since 1896", "約3割 = 30%", "最大1割 = as much as 10%", "1リットルあたり", "さん(44)", "初めて"]
ERRS = [
 ("2位のスイスの山のチーズ(97.6点)を0.6点上回った", "2位のスイスの山のチーズ(97.6点)を1.1点上回った", "1.1点", "mismatch", "error", "wrong difference (98.2-97.6)"),
 ("・26日(木曜日)には渓谷の気温が31度(華氏88度)に達した。", "・25日(木曜日)には渓谷の気温が31度(華氏88度)に達した。", "25日(木曜日)", "mismatch", "error", "weekday/date moved (Thursday is the 26th)"),
 ("・マイルドチェダーの卸値は1トンあたり4150ポンド。", "・酪農団体NDFによると、マイルドチェダーの卸値は1トンあたり4150ポンド。", "NDF", "name", "warning", "invented abbreviation/body the source never names"),
]
