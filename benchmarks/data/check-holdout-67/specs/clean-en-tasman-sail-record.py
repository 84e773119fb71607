CASE = dict(
    lang="en", outlet="Harbourline Yachting Herald", author="Tamsin Whitaker", section="Sailing",
    title="Southern Kestrel smashes Tasman Crossing record by almost eight hours",
    url="https://www.harbourline-yachting.example/offshore/2026/12/01/southern-kestrel-tasman-record",
    published="2026-12-01T09:15:00+13:00", shown_time="Tuesday 1 December 2026, 9:15am NZDT",
    body=[
        "The 100-foot maxi Southern Kestrel crossed the finish line in Port Ardley at 3:42am on Tuesday to set a record for the 1,280-nautical-mile Tasman Crossing race, completing the course in 3 days 6 hours 11 minutes.",
        "The previous record of 3 days 14 hours 2 minutes had stood since 2017, when it was set by the Australian yacht Blue Meridian. Southern Kestrel averaged 16.4 knots over the course, and on Sunday she covered 462 nautical miles in 24 hours, a record for any boat in the race's 52-year history.",
        "Skipper Hemi Walcott, 58, said his crew of 11 had \"hardly slept since Friday\". \"The wind came from the south-west exactly when the forecasters said it would, and we were ready for it,\" he said on the dock. \"After that it was about not breaking anything.\"",
        "The fleet of 64 yachts started on Friday evening. By Tuesday morning 58 were still racing; six had retired, four of them with rudder or rigging damage after a storm on the first night brought gusts of up to 48 knots.",
        "Second across the line was the 80-foot Whistling Jack, about 140 nautical miles behind the leader at the time Southern Kestrel finished. The overall winner on handicap will not be known until smaller boats finish later in the week.",
        "Walcott has now taken part in 19 Tasman Crossings, and this was his fourth line-honours win. The yacht, launched in 2021, is owned by a group of eight investors led by the shipping businessman Graham Pettigrew, who sailed as navigator.",
        "Race organisers said the boat's crew would receive the Ardley Trophy at a ceremony on Saturday evening. They also confirmed that the entry fee for next year's race will rise by 12% to cover higher safety costs, the first increase since 2022.",
        "The water temperature at the finish was 17C, and several crew members jumped into the harbour after mooring.",
    ],
    findings=[],
    digest="""
サザン・ケストレル:タスマン横断レースで記録を8時間近く更新2026年12月01日 12:00

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 1280海里(約2371キロ)を走るヨットレース、タスマン・クロッシングで、100フィート(約30メートル)のマキシ艇サザン・ケストレル(Southern Kestrel)が3日6時間11分でゴールし、コース記録を塗り替えた。2017年から破られていなかった記録を7時間51分縮めた。

 主なハイライト

 ゴールの時刻:ポート・アードリーへのゴールは現地時間1日(火)午前3時42分で、日本時間では11月30日(月)午後11時42分にあたる。

 記録ずくめ:平均速度は16.4ノット(時速約30キロ)。日曜日には24時間で462海里を走り、52年の大会史上で全艇の最長記録となった。

 文脈

 荒れた序盤:金曜夕方にスタートした64艇のうち、6艇がリタイアした。初日の夜の嵐では最大48ノットの突風が吹き、4艇が舵や艤装を損傷した。

 ベテランの統率:58歳のヘミ・ウォルコット(Hemi Walcott)艇長は19回目の出場で、4度目の一番乗りとなった。

 ハンディキャップによる総合優勝は、小型艇がゴールする週後半に決まる。

【詳細】

 強い南西の風をとらえたサザン・ケストレルが、長く破られなかった記録を大幅に更新した。以下、レースの内容と艇の横顔をまとめる。

 レースの内容

 1.記録更新

 ・従来の記録は2017年にオーストラリアのブルー・メリディアンが樹立した3日14時間2分だった。
 ・ウォルコット艇長は「予報どおりに南西の風が吹き、準備はできていた。あとは何も壊さないことだった」と語った。

 2.後続とリタイア

 ・2番手の80フィート艇ホイッスリング・ジャックは、首位のゴール時点で約140海里後方にいた。
 ・火曜朝の時点で58艇がレースを続けていた。

 艇と大会

 1.艇の横顔

 ・2021年進水の同艇は、海運業のグレアム・ペティグルー(Graham Pettigrew)氏が率いる8人の投資家が所有し、同氏自らナビゲーターとして乗り込んだ。
 ・11人の乗組員は金曜以降ほとんど眠っていなかった。

 2.今後の予定

 ・アードリー杯の授与式は5日(土)夜に行われる。
 ・来年の参加費は安全対策費の上昇を受けて12%引き上げられ、2022年以来の値上げとなる。

 ゴール地点の水温は17度で、係留後には乗組員が次々と港に飛び込んだ。

【要点】

 レースの内容

 1.記録更新

 ・3日6時間11分で、従来記録を7時間51分短縮。

 2.後続とリタイア

 ・64艇中6艇がリタイア、58艇がレース続行。

 艇と大会

 1.艇の横顔

 ・19回目の出場のウォルコット艇長が4度目の一番乗り。

 2.今後の予定

 ・参加費は来年12%上昇。

【引用・参照・底本】

Southern Kestrel smashes Tasman Crossing record by almost eight hours Harbourline Yachting Herald 2026.12.01

https://www.harbourline-yachting.example/offshore/2026/12/01/southern-kestrel-tasman-record
""")
