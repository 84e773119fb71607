CASE = dict(
    lang="en", outlet="Great Dividing Trail Dispatch", author="Nathan Pryce", section="Trail running",
    title="Kowalewska and Tuilagi set records at Ridgeline 100",
    url="https://www.greatdividingtrail.example/ultra/2026/11/29/ridgeline-100-records-kowalewska-tuilagi",
    published="2026-11-29T23:10:00+10:00", shown_time="29 November 2026 — 11:10pm AEST",
    body=[
        "Poland's Agata Kowalewska and Samoan-born Levi Tuilagi both broke course records at the Ridgeline 100 this weekend, in the fastest year in the race's 14-year history.",
        "Tuilagi, 31, covered the 100-mile course, which climbs a total of 5,900 metres, in 14 hours 22 minutes, beating the previous record by 38 minutes. He led from the 40-mile checkpoint at Gum Creek and finished 51 minutes ahead of the runner-up, Hamish Dunleavy.",
        "Kowalewska, 38, won the women's race in 16 hours 9 minutes, taking 1 hour 4 minutes off the record she set herself in 2023. She finished eighth overall.",
        "The race began at 4am on Saturday, and cool conditions helped the leaders: the temperature at the high point of the course, Mount Ellery, did not rise above 14C, compared with 27C last year.",
        "Of the 412 starters, 301 reached the finish within the 32-hour cut-off, a finishing rate of 73%, the highest since the race was first held. Last year only 58% finished.",
        "\"After the second night section last year I swore I would never come back,\" Tuilagi said. \"This time the weather was kind and my legs felt fresh until the last 20 miles.\"",
        "Kowalewska, a paediatric nurse who trains around night shifts, said she had run about 130 kilometres a week in the build-up. \"I wanted to prove my record could be beaten, even by me,\" she said.",
        "Both winners receive A$10,000, and the course record bonus of A$5,000 each brings their total to A$15,000. Race director Kerry-Ann Mills said entries for next year's race, limited to 450 runners, would open on February 1.",
    ],
    findings=[("mismatch", "error", "14時間32分"), ("spelling", "warning", "コワレフスカ"), ("citation", "warning", "2026.11.30")],
    digest="""
リッジライン100:男女ともにコース記録を更新2026年11月30日 08:00

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 100マイル(約161キロ)を走るトレイルランニングのリッジライン100が28日(土)から29日(日)にかけて行われ、男子はリーバイ・トゥイラギ(Levi Tuilagi)、女子はポーランドのアガタ・コヴァレフスカ(Agata Kowalewska)がともにコース記録を更新して優勝した。14年の大会史上で最も速い年となった。

 主なハイライト

 男子:31歳のトゥイラギは累積標高5900メートルのコースを14時間32分で走り、従来の記録を38分縮めた。2位のハミッシュ・ダンリービー(Hamish Dunleavy)には51分差をつけた。

 女子:38歳のコワレフスカは16時間9分で、2023年に自らつくった記録を1時間4分更新した。総合でも8位に入った。

 完走率:出走412人のうち301人が制限時間32時間以内にゴールし、完走率は73%と過去最高だった。昨年の58%から15ポイント上がった。

 文脈

 涼しい天候:レースは28日(土)午前4時にスタートした。最高地点マウント・エラリーの気温は14度を超えず、昨年の27度を大きく下回った。

 賞金:男女の優勝者にはそれぞれ1万豪ドルが贈られ、記録更新のボーナス5000豪ドルを合わせて1万5000豪ドルとなる。

【詳細】

 好天に恵まれた今年の大会は、男女とも記録ずくめとなった。以下、レースの内容と選手の声をまとめる。

 男子のレース

 1.独走

 ・トゥイラギは40マイル地点のガム・クリークの関門から先頭を走り続けた。

 2.本人の声

 ・「昨年は2度目の夜間区間の後、二度と来ないと誓った。今回は天候に恵まれ、最後の20マイルまで脚が軽かった」と話した。

 女子のレース

 1.記録更新

 ・コヴァレフスカは自己の記録を1時間以上縮めた。

 2.本人の声

 ・小児科の看護師で夜勤の合間に練習しており、大会前は週に約130キロを走り込んだ。
 ・「自分の記録でも破れることを証明したかった」と語った。

 大会の今後

 1.来年の大会

 ・来年の出場枠は450人で、エントリーは2月1日に始まる。ケリー・アン・ミルズ(Kerry-Ann Mills)大会ディレクターが明らかにした。

【要点】

 男子のレース

 1.独走

 ・トゥイラギがコース記録を38分更新。

 2.本人の声

 ・「最後の20マイルまで脚が軽かった」。

 女子のレース

 1.記録更新

 ・コヴァレフスカが16時間9分で優勝。

 2.本人の声

 ・週130キロの練習で記録更新。

 大会の今後

 1.来年の大会

 ・出場枠450人、2月1日にエントリー開始。

【引用・参照・底本】

Kowalewska and Tuilagi set records at Ridgeline 100 Great Dividing Trail Dispatch 2026.11.30

https://www.greatdividingtrail.example/ultra/2026/11/29/ridgeline-100-records-kowalewska-tuilagi
""")
