SPEC = dict(
    lang="en", outlet="Cape Horn Science Bulletin", section="Environment", author="Tomás Whitaker",
    title="Antarctic sea ice peaks at third-lowest level on record",
    url="https://www.capehornscience.example/environment/antarctic-sea-ice-maximum-third-lowest",
    published="2025-10-01T10:20:00-03:00", shown="October 1, 2025 | 10:20 ART",
    body=[
        "Antarctic sea ice reached its winter maximum on September 17 at 16.2 million square kilometers (6.25 million square miles), the third-lowest peak in the satellite record and 1.1 million square kilometers below the 1981-2010 average, scientists at the Austral Ice Data Centre said on Tuesday.",
        "Only 2023 and 2024 saw smaller maximums. The centre's lead scientist, Ingrid Sæther, said the run of low winters suggested that the Southern Ocean had shifted into a new, warmer state. \"Three years ago we were calling it an anomaly,\" she said. \"Now it looks like a pattern.\"",
        "Ocean temperatures around the continent's edge were about 0.9C above average in the upper 100 meters over the winter, according to data from floating sensors. Warmer water slows the formation of new ice and thins existing floes from below.",
        "The loss of sea ice exposes ice shelves to waves and warmer air. In August, an iceberg of about 1,540 square kilometers (595 square miles) broke off the Vennor Ice Shelf, the largest calving there in two decades.",
        "Sæther's team has just returned from a 96-day expedition aboard the research vessel Petrel, during which 42 scientists took ice cores and deployed 30 new ocean floats. The voyage cost $18 million, roughly a quarter of the centre's annual budget.",
        "Less sea ice also matters for wildlife. Emperor penguins need stable ice from April to December to raise their chicks, and researchers recorded breeding failures at four of the 11 colonies they monitor this year.",
        "Sæther cautioned against reading too much into a single season, but said the three-year trend was clear. The centre will publish a full analysis in December.",
    ],
)

DIGEST = """
南極の海氷:冬の最大面積、観測史上3番目の小ささ2025年10月02日 08:00

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 南極の海氷面積が9月17日に冬の最大に達し、1620万平方キロ(625万平方マイル)となった。1979年の衛星観測開始以来2番目に低い最大値で、1981〜2010年の平均を110万平方キロ下回った。南方氷データセンターが9月30日(火)に発表した。

 主なハイライト

 続く低水準:これより小さかったのは2023年と2024年だけである。同センターの主任科学者イングリッド・セーテル(Ingrid Sæther)氏は「3年前は異常と呼んでいたが、今では傾向に見える」と述べた。

 海水温:冬の間、大陸の縁の表層100メートルの水温は平年より約0.9度高かった。

 文脈

 棚氷の崩壊:8月にはヴェナー棚氷から約1540平方キロ(595平方マイル)の氷山が分離した。同棚氷では過去20年で最大である。

 ペンギン:コウテイペンギンは4月から12月まで安定した海氷を必要とし、今年は監視する11のコロニーのうち4カ所で繁殖に失敗した。

 センターは12月に詳しい分析を公表する。

【詳細】

 南極の海氷は3年続けて低い水準にとどまった。以下、観測の結果と影響をまとめる。

 海氷の観測

 1.最大面積

 ・最大面積は1620万平方キロで、平均を110万平方キロ下回った。

 2.海洋の温暖化

 ・温かい海水は新しい氷の形成を遅らせ、既存の氷を下から薄くする。
 ・セター氏は、南極海が新たな温かい状態に移行した可能性を指摘した。

 調査と影響

 1.観測航海

 ・調査船ペトレルによる96日間の航海で、42人の科学者が氷床コアを採取し、30基の新しい海洋フロートを設置した。
 ・航海費用は1800万ドルで、センターの年間予算の約4分の1にあたる。

 2.野生生物

 ・コロニーの3分の1以上で繁殖失敗が確認された。

 1シーズンだけで判断するのは早いが、3年間の傾向は明らかだという。

【要点】

 海氷の観測

 1.最大面積

 ・1620万平方キロで観測史上3番目の低さ。

 2.海洋の温暖化

 ・表層の水温が平年より約0.9度高い。

 調査と影響

 1.観測航海

 ・96日間の航海、費用1800万ドル。

 2.野生生物

 ・11コロニー中4カ所で繁殖失敗。

【引用・参照・底本】

Antarctic sea ice peaks at third-lowest level on record Cape Horn Science Bulletin 2025.10.01

https://www.capehornscience.example/environment/antarctic-sea-ice-maximum-third-lowest
"""

FINDINGS = [
    ("unsupported", "warning", "1979年"),
    ("mismatch", "error", "2番目"),
    ("spelling", "warning", "セター"),
]
