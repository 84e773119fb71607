CASE = dict(
    lang="en", outlet="Open Road Cycling Chronicle", author="Beatriz Solano", section="Track cycling",
    title="Marchetti adds 417 metres to the Hour Record at altitude",
    url="https://www.openroadcycling.example/track/2026/10/17/marchetti-hour-record-altiplano",
    published="2026-10-17T15:25:00-06:00", shown_time="Oct 17, 2026, 3:25 p.m. CST",
    body=[
        "Italy's Giulia Marchetti set a new women's Hour Record on Saturday, riding 56.792 kilometres in 60 minutes at the Altiplano Velodrome, 1,830 metres above sea level.",
        "The 29-year-old beat the previous mark of 56.375km, set two years ago by the Dutch rider Femke Brouwer, by 417 metres. She started her attempt at 11:30 a.m. local time and was ahead of Brouwer's schedule after only eight minutes.",
        "Marchetti completed 227 laps of the 250-metre track, plus 42 metres. Her average speed was 56.792km/h, and her fastest lap, the 131st, took 15.61 seconds. The temperature inside the velodrome was 28C, which her team had requested to reduce air density.",
        "\"I lost feeling in my legs with 15 minutes to go,\" Marchetti said. \"I just counted the laps and listened to the bell.\" She needed several minutes to climb off the bike and was helped to the podium by two team staff.",
        "About 4,200 spectators watched in the sold-out velodrome, which was opened in 1994 and has been the site of 11 Hour Record attempts. Five of them were successful.",
        "Marchetti's team said the project had cost about $1.3 million, including a custom bike and four months of altitude training. She had ridden the distance in training twice, the last time three weeks ago.",
        "The record is the 17th set by an Italian rider since the Hour Record was first recognised. Marchetti won the individual pursuit world title in 2025 and plans to defend it in February.",
        "Brouwer, who watched from the track centre, was among the first to congratulate her. \"Records are there to be broken. Hers was perfect,\" the Dutch rider said.",
    ],
    findings=[],
    digest="""
ジュリア・マルケッティ:アワーレコードを417メートル更新2026年10月18日 09:00

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 自転車トラック競技で、イタリアのジュリア・マルケッティ(Giulia Marchetti)が17日(土)、標高1830メートルのアルティプラノ・ベロドロームで女子アワーレコードに挑み、60分間で56.792キロ(約35.3マイル)を走って新記録を樹立した。

 主なハイライト

 記録の更新:2年前にオランダのフェムケ・ブラウアー(Femke Brouwer)が出した56.375キロを417メートル上回った。

 周回数:1周250メートルのトラックを227周と42メートル走った。最速ラップは131周目の15秒61だった。

 文脈

 挑戦の時刻:スタートは現地時間午前11時30分(日本時間18日(日)午前2時30分)。開始8分でブラウアーのペースを上回った。

 環境の工夫:チームの要望で、場内の気温は空気密度を下げるため28度に設定された。

 29歳のマルケッティは、2025年の個人追い抜き世界王者でもあり、2月にタイトル防衛を目指す。

【詳細】

 高地のベロドロームで、イタリアの女子選手が1時間の走行距離の記録を塗り替えた。以下、挑戦の内容と関係者の声をまとめる。

 挑戦の内容

 1.記録

 ・60分間で56.792キロ、平均時速56.792キロ。
 ・前記録との差は417メートル。

 2.本人の声

 ・「残り15分で脚の感覚がなくなった。周回を数え、鐘の音だけを聞いていた」と語った。
 ・挑戦後は数分間自転車から降りられず、スタッフ2人に支えられて表彰台に向かった。

 会場と準備

 1.会場

 ・観客約4200人で満員となった。
 ・1994年に開場した同ベロドロームでは11回のアワーレコード挑戦が行われ、うち5回が成功している。

 2.準備

 ・専用バイクの製作と4カ月の高地トレーニングを含め、費用は約130万ドル。
 ・練習ではこの距離を2回走っており、最後は3週間前だった。

 イタリア人選手によるアワーレコードは、これで17回目となる。前記録保持者のブラウアーも「記録は破られるためにある。完璧だった」と祝福した。

【要点】

 挑戦の内容

 1.記録

 ・56.792キロで、前記録を417メートル更新。

 2.本人の声

 ・「周回を数え、鐘の音だけを聞いていた」。

 会場と準備

 1.会場

 ・標高1830メートルのベロドロームに約4200人。

 2.準備

 ・費用約130万ドル、4カ月の高地トレーニング。

【引用・参照・底本】

Marchetti adds 417 metres to the Hour Record at altitude Open Road Cycling Chronicle 2026.10.17

https://www.openroadcycling.example/track/2026/10/17/marchetti-hour-record-altiplano
""")
