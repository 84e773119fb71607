SPEC = dict(
    lang="en", outlet="Northern Skies Gazette", section="Space", author="Rhona McAllister",
    title="Comet Ferrow-Blane to make closest approach next week",
    url="https://www.northernskiesgazette.example/space/comet-ferrow-blane-closest-approach-december",
    published="2025-12-04T16:30:00+00:00", shown="Thursday 4 December 2025, 16:30 GMT",
    body=[
        "Comet Ferrow-Blane, discovered by two amateur astronomers in March 2023, will make its closest approach to Earth at 19:20 GMT on Friday 12 December, passing at a distance of about 38 million miles (61 million km).",
        "The comet is expected to reach a brightness that makes it visible through ordinary binoculars from dark sites for roughly ten days either side of the closest approach. Under very clear skies it may be faintly visible to the naked eye.",
        "Its orbit takes about 6,400 years to complete, meaning this is the only chance for anyone alive to see it. \"The last time it came by, people were only just starting to farm in this part of the world,\" said Dr Ewan Stroud of the Kelvinhaugh Observatory.",
        "Amateur observers have already sent more than 1,200 reports from 41 countries to the observatory's tracking project. Stroud said 930 of those included usable brightness measurements, which professional teams use to predict how the comet will behave as it warms.",
        "The comet's nucleus is estimated to be 4 to 6 kilometres across. It passed closest to the Sun on 18 November, when its surface temperature was estimated at around 300F (about 150C), driving off gas and dust that formed a tail stretching several million kilometres.",
        "The two discoverers, retired teacher Agnes Ferrow, 71, and software engineer Tomasz Blane, 34, spotted it independently on the same night from gardens 400 miles apart. They have since met twice and plan to watch the flyby together.",
        "The observatory has just completed a £3.5m upgrade of its main telescope, paid for largely by a public appeal, and will stream live images on the night. Stroud advised observers to look low in the north-east after 9pm local time and to allow 20 minutes for their eyes to adapt to the dark.",
    ],
)

DIGEST = """
フェロー・ブレーン彗星:来週、地球に最接近2025年12月05日 08:10

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 2023年3月に2人のアマチュア天文家が発見したフェロー・ブレーン彗星が、グリニッジ標準時12日(金)19時20分、日本時間13日(土)午前4時20分に地球に最接近する。距離は約6100万キロ(約3800万マイル)。

 主なハイライト

 見え方:最接近の前後約10日間、暗い場所なら双眼鏡で見える見込みで、空が非常に澄んでいれば肉眼でもかすかに見える可能性がある。

 一生に一度:公転周期は約6400年で、今生きている人にとって唯一の観測機会となる。

 市民の観測:これまでに41カ国から1200件以上の報告が寄せられ、うち930件に使える明るさの測定値が含まれていた。約8割にあたる。

 文脈

 発見者:元教師のアグネス・フェロー(Agnes Ferrow)さん(71)とソフトウエア技術者のトマシュ・ブレーン(Tomasz Blane)さん(34)が、約640キロ離れた自宅の庭から同じ夜にそれぞれ発見した。発見から2年余りで最接近を迎える。

 望遠鏡の改修:ケルヴィンハウ天文台は主望遠鏡の350万ポンドの改修を終え、当夜は映像を生中継する。

 観測には午後9時以降に北東の低い空を見て、目が暗さに慣れるまで20分待つよう天文台は勧めている。

【詳細】

 彗星の最接近を前に、観測の条件と発見の経緯をまとめる。

 彗星の特徴

 1.軌道と大きさ

 ・公転周期は約6400年、核の直径は4〜6キロと推定される。
 ・11月18日に太陽に最接近し、表面温度は約150度(華氏約300度)に達したとみられる。

 2.最接近

 ・12日(金)19時20分(グリニッジ標準時)に約6100万キロまで近づく。
 ・天文台のユアン・ストラウド(Ewan Stroud)博士は「前回来たときは、この地域で人々がようやく農耕を始めた頃だった」と語った。

 観測と発見者

 1.市民の報告

 ・41カ国から1200件超の報告があり、930件が明るさの測定を含む。

 2.2人の発見者

 ・71歳のフェローさんと34歳のブレーンさんは発見後2回会い、最接近は一緒に観測する予定。

 天文台の改修費の大半は一般からの寄付でまかなわれた。

【要点】

 彗星の特徴

 1.軌道と大きさ

 ・公転周期約6400年、核の直径4〜6キロ。

 2.最接近

 ・日本時間13日午前4時20分に約6100万キロまで接近。

 観測と発見者

 1.市民の報告

 ・41カ国から1200件超の報告。

 2.2人の発見者

 ・2023年3月に約640キロ離れた場所から同じ夜に発見。

【引用・参照・底本】

Comet Ferrow-Blane to make closest approach next week Northern Skies Gazette 2025.12.04

https://www.northernskiesgazette.example/space/comet-ferrow-blane-closest-approach-december
"""

FINDINGS = []
