SPEC = dict(
name="err-en-nurse-strike", lang="en", outlet="Pacific Harbor Ledger", domain="pacificharborledger.example",
path="/news/health/nurses-strike-vote-st-alder-hospitals", published="2026-07-15T19:05:00-07:00",
title="Nurses at four St. Alder hospitals to strike for 72 hours from Monday", section="Health", author="Marcus Yeboah-Lind",
paras=[
"About 3,900 nurses at four St. Alder Health hospitals in the Corrin Bay area will walk off the job at 7 a.m. Pacific time on Monday, July 20, after talks over staffing levels broke down on Wednesday night, their union said.",
"The strike is scheduled to last 72 hours and to end at 7 a.m. on Thursday, July 23. The Corrin Bay Nurses Association said 94 percent of the 3,410 members who cast ballots had voted in favour of the walkout. Turnout was 87 percent of the union's eligible members.",
"The dispute centres on nurse-to-patient ratios. The union wants a limit of one nurse for every four patients on medical and surgical wards, where it says nurses now routinely care for six or seven. St. Alder has offered a ratio of one to five, phased in over 18 months, and a pay rise of 11 percent over three years. The union is asking for 16 percent.",
"St. Alder, a non-profit system that reported revenue of $2.8 billion last year and a surplus of $96 million, said it had hired replacement nurses through an agency at a cost of about $14 million. Elective surgeries at its flagship Harbor Point hospital, which has 612 beds, will be postponed during the strike.",
"\"We have not taken this decision lightly,\" said Lorna Fitzwilliam-Cho, a cardiac nurse and the union's president. \"Our members are exhausted. A quarter of the nurses we surveyed in the spring said they planned to leave within two years.\"",
"The hospital system's chief nursing officer, Dr. Bernard Qualls, said patient safety would not be compromised. \"Our emergency departments will remain open around the clock,\" he said. The system handles about 410,000 emergency visits a year across its four sites.",
"It would be the first strike at St. Alder since 2019, when nurses walked out for two days. The state mediation service has invited both sides to resume talks on Saturday morning.",
],
digest="""
セント・オルダー病院:看護師3900人、20日から72時間スト2026年07月16日 12:20

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 コリン湾(Corrin Bay)地域にあるセント・オルダー・ヘルス(St. Alder Health)の4病院で、看護師約3900人が7月20日(月)午前7時(太平洋時間、日本時間21日午前0時)からストライキに入る。人員配置をめぐる交渉が15日(水)夜に決裂した。

 主なハイライト

 スト投票:コリン湾看護師協会によると、投票した3410人の組合員の94%がストに賛成した。投票率は有資格組合員の87%だった。

 争点:組合は内科・外科病棟で看護師1人あたり患者4人の上限を求めている。病院側は1対5を18カ月かけて導入し、3年で11%の賃上げを提示したが、組合は16%を要求している。

 病院側の対応:病院は派遣会社を通じて代替の看護師を約1400万ドルで確保した。

 文脈

 病院の財務:非営利のセント・オルダーは昨年、28億ドルの収入と9600万ドルの黒字を計上した。

 過去の経緯:同病院でのストは2019年以来で、前回は2日間だった。

 州の調停機関は土曜の朝に交渉を再開するよう双方に呼びかけている。

【詳細】

 看護師の人員配置をめぐる労使交渉が決裂し、大規模なストライキが予定されている。以下、ストの概要と双方の主張をまとめる。

 ストの概要

 1.期間

 ・ストは7月20日(月)午前7時に始まり、96時間後の23日(木)午前7時に終わる予定である。
 ・612床を持つ中核のハーバー・ポイント病院では、予定手術が延期される。

 2.投票結果

 ・投票した3410人の94%が賛成した。

 双方の主張

 1.組合

 ・ローナ・フィッツウィリアム=チョー(Lorna Fitzwilliam-Cho)組合長は「組合員は疲れ切っている」と述べ、春の調査で4分の1の看護師が2年以内の離職を考えていたと明かした。

 2.病院

 ・バーナード・クォールズ(Bernard Qualls)最高看護責任者は、救急部門は24時間開けると述べた。4病院の救急受診は年約41万件にのぼる。

 調停の行方次第では、ストが回避される可能性も残っている。

【要点】

 ストの概要

 1.期間

 ・20日午前7時から72時間のスト。

 2.投票結果

 ・94%が賛成、投票率87%。

 双方の主張

 1.組合

 ・1対4の配置基準と16%の賃上げを要求。

 2.病院

 ・1対5と11%を提示、代替要員に約1400万ドル。

【引用・参照・底本】

Nurses at four St. Alder hospitals to strike for 72 hours from Monday Pacific Harbor Ledger 2026.07.15

https://pacificharborledger.example/news/health/nurses-strike-vote-st-alder-hospitals?utm_source=newsletter&utm_medium=email&utm_campaign=health_daily&sub_id=558213
""",
findings=[
 ("mismatch", "error", "日本時間21日午前0時"),
 ("mismatch", "error", "96時間"),
 ("citation", "warning", "https://pacificharborledger.example/news/health/nurses-strike-vote-st-alder-hospitals?utm_source=newsletter&utm_medium=email&utm_campaign=health_daily&sub_id=558213"),
],
)
