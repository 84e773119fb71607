SPEC = dict(
    lang="en", outlet="Meridian Science Wire", section="Space", author="Dana Okafor",
    title="Selva-2 lander lifts off on 14-day mission to the lunar south pole",
    url="https://www.meridianscience.example/space/2025/09/16/selva-2-lander-launch",
    published="2025-09-16T23:05:00-04:00", shown="Tuesday, September 16, 2025, 11:05 p.m. EDT",
    body=[
        "The Selva-2 robotic lander lifted off from the Harrow Point spaceport at 9:42 p.m. EDT on Tuesday, September 16, beginning a journey of roughly 239,000 miles (384,000 km) to the Moon's south pole, where it is due to operate for 14 days.",
        "The mission, run by the Coastal Space Agency, has a total budget of $412 million, of which $95 million was spent on the launch contract. Agency officials said the remainder covered the spacecraft, its nine instruments and three years of ground operations.",
        "Six of the nine instruments were built by university teams, the rest by the agency's own laboratories. The largest is a drill designed to reach 1.2 meters (about 4 feet) below the surface to look for water ice trapped in permanently shadowed soil.",
        "Temperatures at the landing site swing from minus 280 degrees Fahrenheit in shadow to 130 degrees Fahrenheit in sunlight, and the lander's batteries are rated to survive only a short stretch of darkness. Mission manager Priya Lindqvist said the team had chosen a site that stays lit for most of the 14-day window.",
        "\"We have one lunar daylight period to do everything,\" Lindqvist said at a briefing after the launch. \"After that, the cold wins.\"",
        "The lander is expected to enter lunar orbit on September 21 and to attempt touchdown on September 24. The agency said the cruise phase would be shorter than for Selva-1, which took eight days to reach orbit in 2019 and lost contact during its descent.",
        "The earlier failure was traced to a software fault in the altimeter, according to an inquiry published in 2020. Lindqvist said the altimeter code had since been rewritten and tested more than 4,000 times in simulation.",
        "If it succeeds, Selva-2 would make the Coastal Space Agency the fourth national agency to land softly near the lunar south pole. A follow-up rover mission is pencilled in for 2028, though funding has not been approved.",
    ],
)

DIGEST = """
セルバ2号:月の南極へ14日間の挑戦2025年09月17日 14:20

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 沿岸宇宙機関の無人着陸機「セルバ2号」が米東部夏時間16日(火)午後9時42分(日本時間17日午前10時42分)、ハロー・ポイント宇宙基地から打ち上げられた。約38万4000キロ(約23万9000マイル)を飛行して月の南極付近に着陸し、14日間の観測を行う予定である。

 主なハイライト

 予算:総予算は4億1200万ドルで、このうち打ち上げ契約が9500万ドル、残る3億1700万ドルが探査機本体や9つの観測機器、3年間の地上運用に充てられる。

 観測機器:9つの機器のうち6つ(3分の2)を大学のチームが製作した。最大の機器は地下1.2メートル(約4フィート)まで掘り進むドリルで、永久影の土壌に閉じ込められた水の氷を探す。

 文脈

 過酷な環境:着陸地点の温度は日陰で華氏マイナス280度(摂氏約マイナス173度)、日なたで華氏130度(摂氏約54度)まで変化する。

 前回の失敗:2019年のセルバ1号は降下中に交信が途絶えており、2020年に公表された調査で高度計のソフトウエアの不具合が原因とされた。

 成功すれば、沿岸宇宙機関は月の南極付近に軟着陸した4番目の国の機関となる。

【詳細】

 セルバ2号は月の昼の期間に合わせて14日間の観測を行う。以下、計画の概要と前回の教訓をまとめる。

 ミッションの計画

 1.打ち上げと飛行

 ・16日(火)午後9時42分(米東部夏時間)に打ち上げられた。日本時間では17日午前10時42分にあたる。
 ・9月21日に月周回軌道に入り、24日に着陸を試みる予定。

 2.予算と機器

 ・総予算4億1200万ドルのうち、打ち上げ契約は9500万ドルで、全体の約23%にあたる。
 ・9つの観測機器のうち6つが大学製、3つが機関の研究所製。

 教訓と今後

 1.セルバ1号の失敗

 ・セルバ1号は2019年に8日かけて月周回軌道に到達したが、降下中に交信が途絶えた。
 ・高度計のプログラムは書き直され、シミュレーションで4000回以上試験された。

 2.次の計画

 ・ミッション責任者のプリヤ・リンドクヴィスト(Priya Lindqvist)氏は「月の昼1回ですべてをやり遂げる。その後は寒さに勝てない」と語った。
 ・後継の探査車ミッションは2028年に予定されているが、予算は承認されていない。

 着陸に成功すれば、セルバ1号の失敗から6年越しの雪辱となる。

【要点】

 ミッションの計画

 1.打ち上げと飛行

 ・日本時間17日午前10時42分に打ち上げ、24日に着陸を試みる。

 2.予算と機器

 ・総予算4億1200万ドル、うち打ち上げ契約9500万ドル。
 ・機器9つのうち6つが大学製。

 教訓と今後

 1.セルバ1号の失敗

 ・高度計のプログラムを書き直し、4000回以上の模擬試験を実施。

 2.次の計画

 ・リンドクヴィスト氏は「月の昼1回ですべてをやり遂げる」と語る。
 ・後継ミッションは2028年予定だが予算は未承認。

【引用・参照・底本】

Selva-2 lander lifts off on 14-day mission to the lunar south pole Meridian Science Wire 2025.09.16

https://www.meridianscience.example/space/2025/09/16/selva-2-lander-launch
"""

FINDINGS = []
