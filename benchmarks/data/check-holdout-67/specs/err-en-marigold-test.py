CASE = dict(
    lang="en", outlet="Coastal Crease Cricket Times", author="Arjun Menon", section="Cricket",
    title="Rao's five-for seals 87-run win as Marigold Islands level series",
    url="https://www.coastalcrease.example/cricket/2026/11/26/marigold-islands-win-second-test-rao",
    published="2026-11-26T17:40:00+05:30", shown_time="November 26, 2026 17:40 IST",
    body=[
        "Leg-spinner Devika Rao took five wickets for 43 runs as the Marigold Islands beat Northland by 87 runs on the fifth and final day of the second Test in Port Selvam on Thursday, levelling the three-match series at 1-1.",
        "Set 311 to win, Northland resumed on 142 for four and were bowled out for 223 shortly after the tea interval. Play began at 10.30am local time, and Rao took three wickets in her first eight overs of the morning to break the visitors' resistance.",
        "Rao, 29, now has 61 wickets in 14 Tests. Her figures of nine for 110 in the match are the best by a Marigold Islands bowler against Northland.",
        "Captain Leela Fernando had set up the win with 134 in the second innings, her ninth Test century. She batted for five hours 12 minutes and hit 16 fours and two sixes.",
        "\"Devika bowled like a champion on a pitch that gave her very little until today,\" Fernando said. \"We were 1-0 down and nobody gave us a chance.\"",
        "Northland captain Sarah Whitlock, who made 71, said her side had batted too cautiously on the fourth evening. Northland had won the first Test by six wickets in Kandaram last week.",
        "A total of 41,600 spectators attended over the five days, including 11,200 on the opening Sunday. Organisers said ticket revenue was the highest for a women's Test in the country.",
        "The deciding third Test begins in Anjali Bay on Thursday, December 3. Northland have not lost a Test series away from home since 2018.",
        'The pitch, which had offered little turn on the first three days, began to break up on the fourth afternoon. Groundstaff said the unseasonal heat had dried the surface faster than expected.',
    ],
    findings=[("mismatch", "error", "78ラン"), ("mismatch", "error", "午後1時"), ("unsupported", "warning", "3万人収容")],
    digest="""
マリゴールド諸島:ラオの5ウィケットで1勝1敗のタイに2026年11月27日 07:45

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 女子クリケットのテストマッチ第2戦最終日の26日(木)、マリゴールド諸島がノースランドに78ラン差で勝ち、3戦シリーズを1勝1敗とした。レッグスピナーのデビカ・ラオ(Devika Rao)が43ランで5ウィケットを奪った。

 主なハイライト

 決め手の投球:ラオは午前の最初の8オーバーで3ウィケットを挙げた。試合を通じた成績は110ランで9ウィケットで、対ノースランド戦で同国投手の最高記録となった。

 主将の100点:主将リーラ・フェルナンド(Leela Fernando)は第2イニングで134点を記録した。テストマッチ9度目のセンチュリーで、5時間12分打席に立った。

 文脈

 試合の流れ:勝利目標311点のノースランドは、4ウィケットを失って142点から再開したが、ティー休憩後まもなく223点で全員アウトとなった。最終日の試合は現地時間午前10時30分(日本時間午後1時)に始まった。

 観客:5日間の観客は4万1600人で、3万人収容のポート・セルバムのスタジアムは初日の日曜日に1万1200人を集めた。

 第3戦は12月3日(木)にアンジャリ湾で始まる。

【詳細】

 0勝1敗から追いついたマリゴールド諸島は、スピナーの好投で最終日に勝負を決めた。以下、試合の内容と両主将の声をまとめる。

 試合の内容

 1.最終日

 ・ノースランドは残り169点を追って最終日を迎えたが、81点を加えただけで力尽きた。
 ・ラオは29歳で、テスト14試合で通算61ウィケットとなった。

 2.フェルナンドの活躍

 ・134点の内訳は4点打16本、6点打2本だった。

 両主将の声

 1.フェルナンド

 ・「今日までほとんど助けのないピッチで、デビカはチャンピオンのように投げた。0勝1敗で誰も私たちに期待していなかった」と語った。

 2.ウィットロック

 ・71点を挙げたノースランドのサラ・ウィットロック(Sarah Whitlock)主将は、4日目夕方の打撃が慎重すぎたと認めた。ノースランドは先週の第1戦に6ウィケット差で勝っていた。

 ノースランドは2018年以来、敵地でのテストシリーズで負けていない。入場料収入は国内の女子テストマッチとして過去最高だった。

【要点】

 試合の内容

 1.最終日

 ・ノースランドを223点で退け、87ランの大差で勝利。

 2.フェルナンドの活躍

 ・主将が134点で勝利をお膳立て。

 両主将の声

 1.フェルナンド

 ・ラオの投球をたたえる。

 2.ウィットロック

 ・打撃が慎重すぎたと反省。

【引用・参照・底本】

Rao's five-for seals 87-run win as Marigold Islands level series Coastal Crease Cricket Times 2026.11.26

https://www.coastalcrease.example/cricket/2026/11/26/marigold-islands-win-second-test-rao
""")
