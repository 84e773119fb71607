CASE = dict(
    lang="en", outlet="Pacific Hoops Daily", author="Marcus Delgado", section="Basketball",
    title="Vance scores 41 as Condors outlast Lumberjacks 118-109 in overtime",
    url="https://www.pacifichoops.example/nba/2026/11/24/condors-lumberjacks-vance-41-overtime",
    published="2026-11-24T23:05:00-08:00", shown_time="November 24, 2026 11:05 PM PST",
    body=[
        "Jalen Vance scored 41 points, including the seven that opened overtime, and the Cascade City Condors beat the Redwood Valley Lumberjacks 118-109 on Tuesday night in front of a sellout crowd of 18,204.",
        "The game tipped off at 7:30 p.m. Pacific time. The Lumberjacks led by as many as 16 points in the third quarter before the Condors closed regulation on a 22-9 run; the score was tied 102-102 after four quarters.",
        "Vance, 31, made 14 of 25 shots from the field and added nine rebounds and eight assists. It was his third 40-point game of the season and the 27th of his career.",
        "The Condors made 17 of their 41 three-point attempts, while the Lumberjacks were 11 of 36 from beyond the arc. Redwood Valley center Obi Nwachukwu finished with 28 points and 15 rebounds before fouling out with 1:48 left in overtime.",
        "Cascade City have now won six games in a row and improved to 14-5, the best record in the Western Conference. The Lumberjacks fell to 11-8.",
        "Vance signed a five-year, $212 million contract extension in October, the largest in the history of the franchise, which was founded in 1967. \"I told them I would earn every dollar,\" he said. \"Nights like this are why.\"",
        "Condors coach Teresa Hollings said her team had been \"too passive for three quarters\" and credited reserve guard Ray Okonjo, who scored 12 of his 15 points in the fourth quarter.",
        "The teams meet again in Redwood Valley on Friday, November 27, the second of their four regular-season meetings.",
        'The Lumberjacks, who had won four of their previous five games, were without their starting point guard, who missed the game with a sprained ankle. Coach Danny Reyes said he expected him back within a week.',
    ],
    findings=[],
    digest="""
コンドルズ:延長戦でランバージャックスを振り切る2026年11月25日 17:40

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 米プロバスケットボールで、カスケードシティ・コンドルズ(Cascade City Condors)が24日(火)、レッドウッドバレー・ランバージャックス(Redwood Valley Lumberjacks)を延長戦の末118対109で下した。ジェイレン・バンス(Jalen Vance)が41得点を挙げ、チームを6連勝に導いた。

 主なハイライト

 延長を制す:第4クオーター終了時点で102対102の同点。延長開始直後にバンスが7連続得点を挙げ、延長を16対7で制した。

 エースの活躍:31歳のバンスはフィールドゴール25本中14本を決め、9リバウンド、8アシストも記録した。

 西カンファレンス首位:コンドルズは14勝5敗(勝率約7割4分)で、西カンファレンス最高の成績となった。

 文脈

 試合開始:試合は太平洋時間午後7時30分(日本時間25日(水)午後0時30分)に始まり、1万8204人の満員の観客が詰めかけた。

 大型契約:バンスは10月、5年総額2億1200万ドル(年平均4240万ドル)の契約延長に合意した。1967年創設の球団で史上最高額である。

 両チームは27日(金)にレッドウッドバレーで再び対戦する。

【詳細】

 コンドルズは最大16点差をはね返し、延長戦で勝利をつかんだ。以下、試合の流れと主な記録をまとめる。

 試合の流れ

 1.第3クオーターまで

 ・ランバージャックスは第3クオーターに最大16点をリードした。

 2.終盤の反撃

 ・コンドルズは第4クオーター終盤に22対9の猛攻を見せ、102対102で延長に持ち込んだ。
 ・控えガードのレイ・オコンジョ(Ray Okonjo)が15得点のうち12得点を第4クオーターに挙げた。

 主な記録

 1.バンス

 ・今季3度目、キャリア通算27度目の40得点以上の試合となった。
 ・「1ドル残らず見合う働きをすると約束した。こういう夜のためだ」と語った。

 2.3ポイントシュート

 ・コンドルズは41本中17本(約4割)を成功させ、ランバージャックスは36本中11本にとどまった。
 ・ランバージャックスのセンター、オビ・ヌワチュク(Obi Nwachukwu)は28得点、15リバウンドを記録したが、延長残り1分48秒で退場となった。

 ホリングス監督は「3クオーターの間、消極的すぎた」とチームに注文をつけた。ランバージャックスは11勝8敗となった。

【要点】

 試合の流れ

 1.第3クオーターまで

 ・ランバージャックスが最大16点リード。

 2.終盤の反撃

 ・22対9の追い上げで同点とし、延長で118対109。

 主な記録

 1.バンス

 ・41得点、今季3度目の40得点超え。

 2.3ポイントシュート

 ・コンドルズは17本成功、ランバージャックスは11本。

【引用・参照・底本】

Vance scores 41 as Condors outlast Lumberjacks 118-109 in overtime Pacific Hoops Daily 2026.11.24

https://www.pacifichoops.example/nba/2026/11/24/condors-lumberjacks-vance-41-overtime
""")
