CASE = dict(
    lang="en", outlet="Northern Terrace Review", author="Callum Ridley", section="Football",
    title="Okafor hat-trick sends Thornbury Rovers top after 4-2 derby win",
    url="https://www.northernterrace.example/football/2026/nov/28/thornbury-rovers-4-2-ashgate-united",
    published="2026-11-28T22:40:00+00:00", shown_time="Sat 28 Nov 2026 22.40 GMT",
    body=[
        "Daniel Okafor scored a hat-trick as Thornbury Rovers beat Ashgate United 4-2 in front of 38,412 fans at Millbank Road on Saturday night, a result that lifts Rovers to the top of the Northern Premier table for the first time since 2009.",
        "The match kicked off at 7.45pm GMT, and Rovers were ahead after only six minutes when Okafor turned in a low cross from the left. Ashgate equalised in the 29th minute through Piotr Zielak, but Okafor restored the lead with a penalty in the 41st minute.",
        "Ashgate drew level again three minutes after the break, Zielak heading in his second goal of the night. Rovers captain Liam Hartnett then scored from 25 yards in the 67th minute, and Okafor completed his hat-trick in the 88th minute with a shot that went in off the post.",
        "Okafor, 27, has now scored 14 goals in 16 league games this season. He joined Rovers from the Belgian side Leuven Athletic in the summer for a fee of £6.5 million, a club record.",
        "The win takes Rovers to 35 points from 16 matches, one point ahead of Ashgate, who have 34 points from the same number of games. Rovers have won 11, drawn two and lost three of their league games so far.",
        "The attendance was the highest at Millbank Road since the stadium was rebuilt in 1998, and 4,100 tickets had been set aside for visiting supporters.",
        "Rovers manager Sandra Kowalczyk said after the game: \"We were nervous after they came back twice, but this group does not panic. Daniel is in the form of his life.\"",
        "Ashgate manager Graham Oduya said his side had \"given away goals we would never give away in training\" and pointed out that his team had 58% of possession.",
        "Rovers travel to Castleford Town next Saturday, while Ashgate host Penrith Athletic on Sunday, December 6.",
    ],
    findings=[],
    digest="""
ソーンベリー・ローバーズ:ダービー快勝で首位浮上2026年11月29日 09:30

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 サッカーのノーザン・プレミアリーグで、ソーンベリー・ローバーズ(Thornbury Rovers)がアシュゲート・ユナイテッド(Ashgate United)を4対2で破り、2009年以来初めて首位に立った。ダニエル・オカフォー(Daniel Okafor)がハットトリックを達成し、ミルバンク・ロードには3万8412人が詰めかけた。

 主なハイライト

 試合の流れ:試合は現地時間28日(土)午後7時45分(日本時間29日午前4時45分)にキックオフ。ローバーズが6分に先制し、2度追いつかれながらも後半に突き放した。

 オカフォーの活躍:27歳のオカフォーは今季リーグ16試合で14得点となった。

 勝ち点差1:ローバーズは16試合で勝ち点35、2位アシュゲートは同34で、その差は1である。

 文脈

 クラブ最高額の補強:オカフォーは今夏、ベルギーのルーベン・アスレチック(Leuven Athletic)からクラブ史上最高額の650万ポンドで加入した。

 再建後最多の観客:観客数は、1998年にスタジアムが建て替えられて以降で最多となった。

 ローバーズは次節、アウェーでキャッスルフォード・タウンと対戦する。

【詳細】

 首位争いの直接対決は、ストライカーのハットトリックでローバーズが制した。以下、試合の展開と両監督の声をまとめる。

 試合の展開

 1.前半

 ・6分、オカフォーが左からの低いクロスを押し込んで先制した。
 ・29分、アシュゲートのピョートル・ジェラク(Piotr Zielak)が同点ゴールを決めた。
 ・41分、オカフォーがPKを決めて再びリードした。

 2.後半

 ・後半開始から3分後、ジェラクがヘディングでこの日2点目を挙げ、2対2とした。
 ・67分、主将リアム・ハートネット(Liam Hartnett)が約23メートルの距離から決めて勝ち越した。
 ・88分、オカフォーがポストに当たって入るシュートでハットトリックを完成させた。

 順位と記録

 1.リーグの順位

 ・ローバーズは11勝2分け3敗の勝ち点35で首位に立った。
 ・アシュゲートは勝ち点34で、1ポイント差の2位となった。

 2.観客数

 ・観客は3万8412人で、アウェー席として4100枚のチケットが割り当てられた。
 ・1998年の改築以降、ミルバンク・ロードで最多の入場者数だった。

 両監督の声

 1.ローバーズのコワルチク監督

 ・サンドラ・コワルチク(Sandra Kowalczyk)監督は「2度追いつかれて焦ったが、このチームは慌てない。ダニエルは人生最高の調子だ」と語った。

 2.アシュゲートのオドゥヤ監督

 ・グレアム・オドゥヤ(Graham Oduya)監督は、ボール支配率は58%だったとしたうえで、「練習では決して与えないような失点をした」と嘆いた。

 アシュゲートは12月6日(日)にホームでペンリス・アスレチックと対戦する。

【要点】

 試合の展開

 1.前半

 ・6分にオカフォーが先制、29分に同点、41分にPKで勝ち越し。

 2.後半

 ・48分に再び同点とされたが、67分と88分に加点して4対2。

 順位と記録

 1.リーグの順位

 ・ローバーズが勝ち点35で2009年以来の首位、2位とは1差。

 2.観客数

 ・3万8412人は1998年の改築以降で最多。

 両監督の声

 1.ローバーズのコワルチク監督

 ・「このチームは慌てない」と選手をたたえる。

 2.アシュゲートのオドゥヤ監督

 ・支配率58%でも敗れ、守備のミスを悔やむ。

【引用・参照・底本】

Okafor hat-trick sends Thornbury Rovers top after 4-2 derby win Northern Terrace Review 2026.11.28

https://www.northernterrace.example/football/2026/nov/28/thornbury-rovers-4-2-ashgate-united
""")
