SPEC = dict(
    lang="en", outlet="Island Sky Review", section="Space", author="Keoni Alapa",
    title="Mars rover Tern seals its 31st sample as mission is extended to 2028",
    url="https://www.islandskyreview.example/space/2025/12/09/mars-rover-tern-31st-sample-extension",
    published="2025-12-09T15:30:00-10:00", shown="Tuesday, Dec. 9, 2025, 3:30 p.m. HST",
    body=[
        "The Mars rover Tern has sealed its 31st rock sample, leaving 12 of its 43 sample tubes empty, and its mission has been extended until September 2028, the Interplanetary Research Agency said on Tuesday.",
        "The latest sample was drilled from a layered rock on the rim of Halley's Basin, an ancient crater that scientists believe once held a lake. The rock contains fine grains of clay that may preserve traces of chemistry from a time when the planet was warmer and wetter.",
        "Since landing in February 2021, Tern has driven 42 kilometers (26 miles) and climbed about 500 meters in altitude. Its rotorcraft companion, which made 72 flights before a broken blade grounded it, is still used as a weather station.",
        "The extension will cost about $300 million on top of the mission's $2.7 billion budget to date. Project manager Lorena Vasquez said the team would use the extra time to explore the basin's outer slopes, where orbiting spacecraft have spotted minerals that form only in hot water.",
        "Operating the rover is a slow process. Mars is currently about 358 million kilometers (222 million miles) from Earth, so radio signals take roughly 20 minutes to travel each way, and the team sends a new set of commands only once a Martian day.",
        "Winter is coming to the rover's location, and night-time temperatures are dropping to about minus 80F (minus 62C). The rover, which draws its power from a nuclear generator, will keep working, but engineers will limit long drives to save energy for its heaters.",
        "The samples are meant to be brought back to Earth by a later mission, but that plan is being redesigned to cut its cost. Vasquez said the team was choosing the remaining sample sites carefully. \"Every tube we fill now has to count,\" she said.",
    ],
)

DIGEST = """
火星探査車ターン:31本目の試料を封入、運用は2028年まで延長2025年12月10日 20:15

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 惑星間研究機関は9日(火)、火星探査車「ターン」が31本目の岩石試料を封入し、運用期間を2028年9月まで延長すると発表した。試料管43本のうち約7割が埋まり、空きは12本となった。

 主なハイライト

 最新の試料:古代に湖があったとされるハレー盆地の縁の層状の岩から採取した。粘土の細かい粒を含み、火星が温暖で湿潤だった時代の化学的な痕跡を残している可能性がある。

 走行の実績:2021年2月の着陸から4年10カ月で42キロ(26マイル)を走り、標高を約500メートル上った。

 延長の費用:延長には、これまでの予算27億ドルに加えて約3億ドルかかり、総額は約30億ドルとなる。

 文脈

 遠い火星:火星は現在地球から約3億5800万キロ(2億2200万マイル)離れており、電波は片道約20分かかる。指令は火星の1日に1回しか送れない。

 冬の到来:探査車のいる場所では夜の気温が華氏マイナス80度(摂氏マイナス62度)前後まで下がる。

 試料は後の計画で地球に持ち帰る予定だが、その計画は費用削減のため見直されている。

【詳細】

 探査車ターンは、延長された期間で盆地の外側の斜面を調べる。以下、これまでの成果と今後の計画をまとめる。

 これまでの成果

 1.試料の採取

 ・43本の試料管のうち31本に試料を封入した。
 ・最新の試料はハレー盆地の縁の岩から採った。

 2.ヘリコプター

 ・同行する回転翼機は72回飛行した後、羽根の破損で飛べなくなったが、気象観測に使われている。

 今後の計画

 1.延長ミッション

 ・プロジェクトマネージャーのロレーナ・バスケス(Lorena Vasquez)氏によると、熱水でしかできない鉱物が見つかった外側の斜面を探査する。

 2.冬の運用

 ・原子力電池で動くため作業は続けるが、ヒーターの電力を確保するため長距離の走行は控える。
 ・バスケス氏は「今埋める試料管は1本1本が大切だ」と語った。

 運用は2028年9月まで続く。

【要点】

 これまでの成果

 1.試料の採取

 ・31本目の試料を封入、空きの試料管は12本。

 2.ヘリコプター

 ・72回飛行した回転翼機は気象観測に活用。

 今後の計画

 1.延長ミッション

 ・2028年9月まで延長、追加費用は約3億ドル。

 2.冬の運用

 ・夜は摂氏マイナス62度前後、長距離走行を控える。

【引用・参照・底本】

Mars rover Tern seals its 31st sample as mission is extended to 2028 Island Sky Review 2025.12.09

https://www.islandskyreview.example/space/2025/12/09/mars-rover-tern-31st-sample-extension
"""

FINDINGS = []
