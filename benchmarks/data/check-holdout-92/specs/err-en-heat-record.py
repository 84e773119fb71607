SPEC = dict(
    lang="en", outlet="Desert Basin Ledger", section="Environment", author="Carla Montoya",
    title="Saguaro Flats hits 118F, hottest day ever recorded in the city",
    url="https://www.desertbasinledger.example/news/2025/07/14/saguaro-flats-118-degrees-record",
    published="2025-07-14T06:10:00-07:00", shown="Monday, July 14, 2025, 6:10 a.m. MST",
    body=[
        "Saguaro Flats reached 118 degrees Fahrenheit on Sunday afternoon, the highest temperature recorded in the city since record-keeping began in 1896, forecasters at the Basin Weather Office said. The old record of 117 degrees had been set twice, most recently five years ago.",
        "Sunday was also the 41st consecutive day on which the temperature topped 110 degrees, extending a streak that has already broken the previous mark of 31 days. Overnight lows have stayed above 90 degrees on 12 nights this month, giving people little chance to cool down.",
        "The county opened 65 cooling centers in libraries, churches and community halls, up from 48 last summer. Public health director Leonard Ashby said 214 people had died of heat-related causes in the county last year and urged residents to check on elderly neighbors.",
        "\"The nights are what kill people,\" Ashby said. \"When it doesn't cool down, the body never gets a break.\"",
        "Electricity demand set a record of 8,420 megawatts at 6 p.m. on Sunday, according to the regional utility, which asked customers to avoid running dishwashers and washing machines in the late afternoon. The utility said it had enough reserve capacity but was watching the grid closely.",
        "Hospitals reported a surge in burn injuries from contact with hot pavement and car seats. Asphalt temperatures can exceed 160 degrees on such days, doctors said, hot enough to cause serious burns within seconds.",
        "Forecasters expect the heat to ease only slightly this week, with highs of 112 to 115 degrees. The monsoon, which usually brings clouds and storms in early July, has been late, and just 0.3 inches of rain has fallen in the city since March.",
    ],
)

DIGEST = """
サワロ・フラッツ:観測史上最高の華氏118度2025年07月14日 23:40

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 サワロ・フラッツで13日(日)午後、気温が華氏118度(摂氏約45度)に達し、1896年の観測開始以来の最高を記録した。盆地気象局(BWO)によると、これまでの記録は華氏117度だった。

 主なハイライト

 続く猛暑日:13日は華氏110度(摂氏約43度)を超えた日が41日連続となり、従来の記録31日を10日上回った。今月は最低気温が華氏90度を下回らない夜が12日あった。

 避暑施設:郡は図書館や教会などに65カ所のクーリングセンターを開設した。昨夏の48カ所から17カ所増えた。

 文脈

 熱中症の死者:郡の公衆衛生局長レナード・アシュビー(Leonard Ashby)氏によると、郡内では昨年214人が暑さに関連して死亡した。

 電力需要:地域の電力会社によると、13日午後6時の需要は過去最高の842万キロワットに達した。

 今週も最高気温は華氏112〜115度と、暑さはわずかに和らぐにとどまる見通しである。

【詳細】

 記録的な暑さが続き、健康や電力への影響が広がっている。以下、状況をまとめる。

 記録的な暑さ

 1.最高気温の更新

 ・華氏118度は1896年以来の最高で、従来の記録117度は2度記録されていた。

 2.熱帯夜

 ・アシュビー氏は「人の命を奪うのは夜だ。気温が下がらないと体が休めない」と語った。

 暮らしへの影響

 1.医療

 ・熱い舗装や車の座席に触れてのやけどが急増した。アスファルトは華氏160度を超えることがある。

 2.電力と雨

 ・電力会社は夕方の食器洗い機や洗濯機の使用を控えるよう求めた。
 ・3月以降の雨量はわずか0.3インチ(約8ミリ)で、モンスーンの到来が遅れている。

 郡は高齢の隣人の様子を確かめるよう住民に呼びかけている。

【要点】

 記録的な暑さ

 1.最高気温の更新

 ・華氏118度で観測史上最高。

 2.熱帯夜

 ・華氏110度超えが41日連続。

 暮らしへの影響

 1.医療

 ・舗装によるやけどが急増。

 2.電力と雨

 ・電力需要は842万キロワットで過去最高。

【引用・参照・底本】

Saguaro Flats hits 118F, hottest day ever recorded in the city Desert Basin Ledger 2025.07.14

https://www.desertbasinledger.example/news/2025/07/14/saguaro-flats-118-degrees-record?utm_source=facebook&utm_medium=social&utm_campaign=weather_alerts&fbclid=IwAR3xk9Qz
"""

FINDINGS = [
    ("mismatch", "error", "摂氏約45度"),
    ("name", "warning", "BWO"),
    ("citation", "warning", "https://www.desertbasinledger.example/news/2025/07/14/saguaro-flats-118-degrees-record?utm_source=facebook&utm_medium=social&utm_campaign=weather_alerts&fbclid=IwAR3xk9Qz"),
]
