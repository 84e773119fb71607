CASE = dict(
    lang="en", outlet="Desert Coast Motorsport Review", author="Omar Haddadin", section="Motorsport",
    title="Ferreira-Lind clinches title with Dunes Grand Prix win under the lights",
    url="https://www.desertcoastmotorsport.example/racing/2026/11/22/dunes-grand-prix-ferreira-lind-title",
    published="2026-11-22T23:30:00+04:00", shown_time="22 November 2026, 11:30pm GST",
    body=[
        "Sofia Ferreira-Lind won the Dunes Grand Prix on Sunday night to clinch her first world championship with one race to spare, finishing 4.218 seconds ahead of her closest rival, Kasper Ødegaard.",
        "The race started at 8pm local time under floodlights at the Qasr Bay circuit. Ferreira-Lind, 26, started from second on the grid, passed Ødegaard for the lead at the first pit stop on lap 19 and controlled the rest of the 57-lap race, which she completed in 1 hour 31 minutes 44.870 seconds.",
        "Ødegaard finished second and Luca Benvenuti was third, 11.905 seconds behind the winner. Ferreira-Lind also set the fastest lap, a 1:35.112 on lap 48.",
        "The result gives Ferreira-Lind 412 points, 38 more than Ødegaard with only 26 points still available at the season finale in two weeks. She is the youngest champion since 2008 and the first from her team in 17 years.",
        "Track temperature at the start was 31C, down from 44C during Friday afternoon practice. The circuit, which measures 5.412 km, staged its first race in 2009.",
        "\"I dreamed about this as a kid karting in Porto,\" said Ferreira-Lind, who joined the team as a test driver in 2019. \"Tonight the car was perfect after the stop.\"",
        "Organisers said 148,000 spectators attended over the three days, 9% more than last year. The race promoter recently extended its contract with the championship for ten years, until 2036.",
        "The final round takes place at Lakeshore Park on Sunday, December 6.",
        'Ødegaard, who needed to win and hope Ferreira-Lind failed to score, congratulated his rival on the team radio after the chequered flag. "She was faster all weekend. She deserves it," he said later.',
    ],
    findings=[],
    digest="""
フェレイラ・リンド:ナイトレースを制して初の年間王者に2026年11月23日 09:00

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 自動車レースのデューンズ・グランプリが22日(日)夜に行われ、26歳のソフィア・フェレイラ・リンド(Sofia Ferreira-Lind)が優勝し、最終戦を待たずに初の年間王者を決めた。2位のカスパー・ウーデゴール(Kasper Ødegaard)に4.218秒差をつけた。

 主なハイライト

 ピットで逆転:2番グリッドからスタートし、19周目の1回目のピットストップでウーデゴールをかわして首位に立ち、57周を1時間31分44秒870で走り切った。

 最速ラップも:48周目に1分35秒112のファステストラップを記録した。3位のルカ・ベンヴェヌーティ(Luca Benvenuti)は優勝者から11.905秒遅れだった。

 文脈

 王座確定:フェレイラ・リンドは412点で、ウーデゴールとの差は38点。最終戦で獲得できるのは最大26点のため、逆転の可能性はなくなった。

 夜のスタート:レースは現地時間午後8時(日本時間23日(月)午前1時)にスタートした。

 2008年以来の最年少王者であり、チームにとっては17年ぶりの王者となる。

【詳細】

 若き女性ドライバーが、投光器に照らされたカスル湾サーキットで頂点に立った。以下、レースの内容と大会の概要をまとめる。

 レースの展開

 1.首位奪取

 ・フェレイラ・リンドは19周目のピットストップで首位に立ち、その後は独走した。
 ・「子どもの頃にポルトでカートに乗りながら夢見ていた。今夜はピット後のマシンが完璧だった」と語った。

 2.上位の結果

 ・2位ウーデゴール、3位ベンヴェヌーティ。2位と3位の差は7.687秒だった。

 選手権と大会

 1.選手権の行方

 ・412点のフェレイラ・リンドは2位に38点差をつけ、王座を確定させた。
 ・2019年にテストドライバーとしてチームに加わっていた。

 2.サーキットと観客

 ・1周5.412キロのサーキットで、2009年に最初のレースが開かれた。
 ・スタート時の路面温度は31度で、金曜午後の練習走行時の44度から13度下がった。
 ・3日間の観客は14万8000人で、前年より9%増えた。主催者は選手権との契約を10年延長し、2036年までとした。

 最終戦は12月6日(日)にレイクショア・パークで行われる。

【要点】

 レースの展開

 1.首位奪取

 ・19周目のピットで首位に立ち、4.218秒差で優勝。

 2.上位の結果

 ・3位ベンヴェヌーティは11.905秒差。

 選手権と大会

 1.選手権の行方

 ・38点差で最終戦を残して初の王座。

 2.サーキットと観客

 ・観客14万8000人、契約は2036年まで。

【引用・参照・底本】

Ferreira-Lind clinches title with Dunes Grand Prix win under the lights Desert Coast Motorsport Review 2026.11.22

https://www.desertcoastmotorsport.example/racing/2026/11/22/dunes-grand-prix-ferreira-lind-title
""")
