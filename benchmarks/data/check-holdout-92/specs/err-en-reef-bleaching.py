SPEC = dict(
    lang="en", outlet="Coral Coast Herald", section="Environment", author="Liam Tereora",
    title="Bleaching hits 61% of surveyed reefs as marine heatwave lingers",
    url="https://www.coralcoastherald.example/environment/2025/04/03/reef-bleaching-survey-61-percent",
    published="2025-04-03T07:15:00+10:00", shown="Thursday 3 April 2025 7.15am AEST",
    body=[
        "Bleaching has been recorded on 61% of the reefs examined in this year's aerial and underwater survey of the Tanager Barrier system, up from 44% in 2022, a rise of 17 percentage points, scientists from the Marine Observation Institute said on Wednesday.",
        "The survey covered 2,340 individual reefs strung along roughly 1,430 miles (2,300 km) of coastline and took 47 days to complete, ending in the third week of March. Teams flew low-level transects and then sent divers to 312 sites to confirm what the spotters had seen from the air.",
        "Sea surface temperatures off the central section peaked at 31.4C in late February, about 1.8C above the long-term average for that time of year. The heat lasted longer than in previous events, the institute's chief scientist Helena Marwick said.",
        "\"It is the duration that worries us,\" Marwick told reporters. \"Corals can recover from a short spike. Eight or nine weeks of heat stress is a different story.\"",
        "The institute counted 412 species of hard coral in the survey area, 37 of which are listed as threatened. Divers reported that branching species, which grow fastest, were the worst affected, while massive boulder corals had mostly held their colour.",
        "Rainfall over the catchment was also well below normal. The coastal town of Port Eskdale recorded 180mm over the summer months, against an average of 410mm, meaning less cooling runoff and cloud cover over the inshore reefs.",
        "The regional government said it would add $28 million to the reef protection fund over the next two years, bringing the fund to $190 million. Conservation groups called the top-up welcome but small beside the scale of the damage.",
        "Marwick said a follow-up survey in September would show how many of the bleached corals had died. In past events, between a fifth and a third of bleached colonies did not survive.",
    ],
)

DIGEST = """
タナジャー堡礁:白化が6割超の礁に拡大2025年04月03日 16:40

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 タナジャー堡礁の今年の調査で、調べた礁の61%で白化が確認された。2022年の44%から17%上昇した。海洋観測研究所の科学者が2日(水)に発表した。

 主なハイライト

 調査の規模:調査は約2300キロ(約1430マイル)の海岸線に沿った2340の礁を対象に、44日間かけて行われた。312地点にはダイバーを派遣して上空からの観察を確かめた。

 海水温:中部海域の海面水温は2月下旬に31.4度に達し、平年を約1.8度上回った。

 文脈

 長引く高温:研究所のヘレナ・マーウィック(Helena Marwick)首席科学者は、熱の継続期間の長さを懸念している。1998年以来最悪の白化だとみられている。

 少雨:沿岸の町ポート・エスクデールの夏季の雨量は180ミリで、平年の410ミリを大きく下回った。

 州政府は今後2年間でサンゴ礁保護基金に2800万ドルを追加し、基金は1億9000万ドルとなる。

【詳細】

 白化は前回調査から大きく広がった。以下、調査結果と対策をまとめる。

 調査の結果

 1.白化の広がり

 ・調査した礁の61%で白化を確認。2022年は44%だった。
 ・枝状のサンゴの被害が最も大きく、塊状のサンゴは多くが色を保っていた。

 2.サンゴの種類

 ・調査海域では412種の造礁サンゴが確認され、うち37種が絶滅危惧種に指定されている。

 熱と対策

 1.熱ストレス

 ・マーウィック氏は「短い急上昇なら回復できるが、8〜9週間の熱ストレスは別の話だ」と述べた。
 ・少雨で雲や冷たい流出水が減り、沿岸の礁を冷やす効果が弱まった。

 2.資金と今後の調査

 ・基金への追加は2800万ドル、総額は1億9000万ドルとなる。
 ・9月の追跡調査で死んだサンゴの割合を確認する。過去の白化では5分の1から3分の1の群体が死んだ。

 白化したサンゴがどれだけ回復するかは、秋の調査を待つことになる。

【要点】

 調査の結果

 1.白化の広がり

 ・礁の61%で白化、2022年の44%から拡大。

 2.サンゴの種類

 ・412種のうち37種が絶滅危惧種。

 熱と対策

 1.熱ストレス

 ・海面水温は31.4度、平年より約1.8度高い。

 2.資金と今後の調査

 ・保護基金に2800万ドルを追加、9月に追跡調査。

【引用・参照・底本】

Bleaching hits 61% of surveyed reefs as marine heatwave lingers Coral Coast Herald 2025.04.03

https://www.coralcoastherald.example/environment/2025/04/03/reef-bleaching-survey-61-percent
"""

FINDINGS = [
    ("mismatch", "error", "17%上昇"),
    ("mismatch", "error", "44日間"),
    ("unsupported", "warning", "1998年"),
]
