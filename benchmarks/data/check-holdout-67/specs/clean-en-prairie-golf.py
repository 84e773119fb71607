CASE = dict(
    lang="en", outlet="Prairie State Golf Journal", author="Wesley Harlan", section="Golf",
    title="Rookie Nakamura-Reyes holds off Birkett to win Cedar Bluff Classic",
    url="https://www.prairiegolfjournal.example/tour/2026/11/15/cedar-bluff-classic-final-round",
    published="2026-11-15T19:05:00-06:00", shown_time="Nov. 15, 2026 at 7:05 p.m. CST",
    body=[
        "Elena Nakamura-Reyes, a 23-year-old rookie, won the Cedar Bluff Classic on Sunday by three shots, closing with a 4-under 68 for a 19-under total of 269 and her first victory as a professional.",
        "Nakamura-Reyes began the final round with a one-shot lead over Australia's Georgia Birkett and never trailed. She made birdies on the 13th, 15th and 16th holes and finished at 5:20 p.m. local time, tapping in for par on the 18th as a crowd of several thousand cheered around the green.",
        "Birkett, 31, shot 70 to finish alone in second at 16 under. Third place was shared by Hye-jin Park and defending champion Amelia Frost at 13 under.",
        "The victory is worth $1.656 million, 18% of the tournament's $9.2 million purse, the largest in the event's history. Nakamura-Reyes climbs from 74th to 29th in the world rankings.",
        "The course at Cedar Bluff Country Club measured 7,412 yards this week and covers 310 acres along the Cimarron Fork river. Temperatures reached 88 degrees Fahrenheit on Sunday afternoon, unusually warm for mid-November.",
        "\"I grew up two hours from here, and my grandparents were walking with me all day,\" Nakamura-Reyes said. \"I didn't look at a leaderboard until the 17th tee.\"",
        "She hit 15 of 18 greens in regulation in the final round and needed only 26 putts. Over four rounds she missed just nine of 56 fairways.",
        "Organizers said 62,000 spectators attended over the week. The tournament, first played in 1988, will remain at Cedar Bluff through at least 2030 under a contract extension announced on Wednesday.",
    ],
    findings=[],
    digest="""
ナカムラ・レイエス:ルーキーがプロ初優勝2026年11月16日 12:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 女子ゴルフのシーダーブラフ・クラシック最終日が15日(日)に行われ、23歳のルーキー、エレナ・ナカムラ・レイエス(Elena Nakamura-Reyes)が68で回り、通算19アンダーの269でプロ初優勝を果たした。2位に3打差をつける完勝だった。

 主なハイライト

 逃げ切り:首位から1打リードで出たナカムラ・レイエスは一度も首位を譲らず、13、15、16番でバーディーを奪った。

 上位の顔ぶれ:2位はオーストラリアのジョージア・バーケット(Georgia Birkett)で通算16アンダー。3位タイにはパク・ヘジン(Hye-jin Park)と前回覇者アメリア・フロスト(Amelia Frost)が13アンダーで並んだ。

 高額賞金:優勝賞金は165万6000ドルで、大会史上最高の賞金総額920万ドルの18%にあたる。

 文脈

 ホールアウト:ナカムラ・レイエスは現地時間午後5時20分(日本時間16日(月)午前8時20分)にホールアウトした。

 暑さのなかの戦い:日曜午後の気温は華氏88度(約31度)に達し、11月中旬としては異例の暑さとなった。

 世界ランキングは74位から29位へと45ランク上がった。

【詳細】

 地元近くで育ったルーキーが、安定したショットで初優勝をつかんだ。以下、最終日の内容とコースの特徴をまとめる。

 最終日のプレー

 1.スコア

 ・最終日は4アンダーの68で、通算269。
 ・パーオンは18ホール中15ホール、パット数は26だった。
 ・4日間でフェアウエーを外したのは56ホール中9回だけで、キープ率は8割を超えた。

 2.本人の声

 ・「ここから2時間のところで育ち、祖父母が一日中一緒に歩いてくれた。17番ティーまでリーダーボードは見なかった」と語った。

 コースと大会

 1.コース

 ・コースは全長7412ヤード(約6778メートル)で、シマロン・フォーク川沿いの310エーカー(約125ヘクタール)に広がる。

 2.大会

 ・1週間の観客は6万2000人だった。
 ・1988年に始まった大会は、水曜日に発表された契約延長で、少なくとも2030年までシーダーブラフで開かれる。

【要点】

 最終日のプレー

 1.スコア

 ・68で回り、通算19アンダーで3打差の優勝。

 2.本人の声

 ・「17番ティーまでリーダーボードは見なかった」。

 コースと大会

 1.コース

 ・7412ヤード、310エーカーのコース。

 2.大会

 ・観客6万2000人、2030年まで同コースで開催。

【引用・参照・底本】

Rookie Nakamura-Reyes holds off Birkett to win Cedar Bluff Classic Prairie State Golf Journal 2026.11.15

https://www.prairiegolfjournal.example/tour/2026/11/15/cedar-bluff-classic-final-round
""")
