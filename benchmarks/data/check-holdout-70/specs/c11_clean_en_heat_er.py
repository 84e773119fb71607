SPEC = dict(
name="clean-en-heat-er-visits", lang="en", outlet="Prairie State Sentinel", domain="prairiestatesentinel.example",
path="/health/2026/07/08/heat-emergency-room-visits-cooling-centers", published="2026-07-08T16:50:00-05:00",
title="Heat-related ER visits nearly double as Harlan City braces for 104-degree weekend", section="Health", author="Keisha Montclair",
paras=[
"Emergency rooms in Harlan City treated 1,248 people for heat-related illness in June, nearly double the 641 seen in June last year, the city health department said on Wednesday, as forecasters warned of temperatures as high as 104 degrees Fahrenheit this weekend.",
"The National Weather Office issued an extreme heat warning from noon Friday, July 10, until 9 p.m. Sunday, local time. Overnight lows are expected to stay above 80 degrees, which doctors say is especially dangerous because the body cannot recover at night.",
"More than a third of the June patients, 437, were aged 65 or older. Another 212 were outdoor workers, mostly in construction and landscaping. Six people died of heat-related causes during the month, the county medical examiner said, compared with two in June 2025.",
"The city will open 28 cooling centres, up from 19 last summer, in libraries, recreation centres and churches. Most will be open from 10 a.m. to 10 p.m. Buses to the centres will be free during the warning.",
"Dr. Helena Varga-Stone, the city's health commissioner, urged residents to check on elderly neighbours. \"Most heat deaths happen indoors, in apartments without air conditioning,\" she said. A city survey last year found that 14 percent of households in the Eastgate and Millbrook neighbourhoods had no working air conditioner, compared with 4 percent citywide.",
"The city council approved $3.2 million in May for a programme that gives window air-conditioning units to low-income residents over 60. So far, 2,150 units have been installed, at an average cost of about $1,490 each including installation.",
"Hospitals said they had added staff for the weekend. Mercy Crossing Medical Center, the city's largest hospital, said it would open a 20-bed overflow unit.",
],
digest="""
ハーラン市:熱中症の救急受診がほぼ倍増、週末は華氏104度の予報2026年07月09日 07:30

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 ハーラン市(Harlan City)の保健局は8日(水)、6月に熱中症関連で救急外来を受診した人が1248人に上り、前年6月の641人からほぼ倍増したと発表した。週末には気温が華氏104度(摂氏約40度)に達する見込みである。

 主なハイライト

 猛暑警報:国立気象局は10日(金)正午(現地時間、日本時間11日午前2時)から12日(日)午後9時(日本時間13日午前11時)まで極端な高温警報を出した。

 夜も下がらない気温:夜間の最低気温は華氏80度(摂氏約27度)を上回る見通しで、医師は体が夜に回復できないため特に危険だとしている。

 高齢者と屋外労働者:6月の患者のうち437人、3分の1以上が65歳以上で、212人は屋外で働く人だった。

 文脈

 死者の増加:郡の検視官によると、6月の熱中症による死者は6人で、2025年6月の2人の3倍となった。

 冷房の格差:昨年の市の調査では、イーストゲートとミルブルック地区の世帯の14%に使えるエアコンがなく、市全体の4%を大きく上回った。

 市はクーリングセンターを昨夏の19カ所から28カ所に増やし、警報中は施設へのバスを無料にする。

【詳細】

 記録的な暑さを前に、市は熱中症対策を強化している。以下、被害の状況と市の対応をまとめる。

 被害の状況

 1.救急受診

 ・6月の熱中症関連の救急受診は1248人で、前年同月の641人から607人増えた。
 ・このうち437人が65歳以上、212人が屋外労働者だった。

 2.死者

 ・6月の死者は6人で、前年同月は2人だった。
 ・ヘレナ・ヴァルガ=ストーン(Helena Varga-Stone)保健局長は「熱中症による死亡の多くは、エアコンのない集合住宅の室内で起きる」と述べた。

 市の対応

 1.クーリングセンター

 ・図書館や公民館、教会など28カ所に開設し、多くは午前10時から午後10時まで開く。

 2.エアコンの配布

 ・市議会は5月、60歳以上の低所得者に窓用エアコンを配る事業に320万ドルを承認した。
 ・これまでに2150台が設置され、設置費込みで1台あたり平均約1490ドルかかった。

 市内最大のマーシー・クロッシング医療センターは、20床の臨時病棟を設けて週末に備える。

【要点】

 被害の状況

 1.救急受診

 ・6月の救急受診は1248人(前年同月641人)。

 2.死者

 ・6月の死者は6人。

 市の対応

 1.クーリングセンター

 ・28カ所に開設、警報中はバス無料。

 2.エアコンの配布

 ・320万ドルで2150台を設置。

【引用・参照・底本】

Heat-related ER visits nearly double as Harlan City braces for 104-degree weekend Prairie State Sentinel 2026.07.08

https://prairiestatesentinel.example/health/2026/07/08/heat-emergency-room-visits-cooling-centers
""",
findings=[],
)
