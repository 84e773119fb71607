SPEC = dict(
    lang="en", outlet="Harbour Light Tribune", section="Environment", author="Nora Kealoha",
    title="Gray whale numbers fall 21% as strandings rise along the coast",
    url="https://www.harbourlighttribune.example/environment/2025/05/20/gray-whale-count-falls",
    published="2025-05-20T14:00:00-07:00", shown="May 20, 2025 2:00 PM PDT",
    body=[
        "The eastern population of gray whales has fallen to an estimated 14,500 animals, down 21% from 18,400 in the last survey two years ago, researchers at the Pacific Cetacean Institute said on Monday.",
        "The count, made by observers stationed on headlands during the whales' southbound migration, ran for 58 days from mid-December to early February. Observers logged sightings from dawn to dusk, and statistical models were used to estimate how many whales passed at night or too far offshore to see.",
        "A separate count of calves heading north this spring found 412, one of the lowest figures on record. In good years, observers have counted more than 1,000.",
        "At the same time, 61 gray whales have been found stranded along the coast since January, compared with 38 in the same period last year. Many were thin, suggesting they had not found enough food in their Arctic feeding grounds.",
        "\"The whales are telling us something is wrong up north,\" said institute director Marisol Pineda. Sea ice in the feeding areas is melting earlier, and the small bottom-dwelling crustaceans the whales eat appear to have become scarcer.",
        "Gray whales make one of the longest migrations of any mammal, a round trip of roughly 10,000 miles (16,000 km) between the Arctic and the lagoons where they give birth. A large adult can weigh 40 tons and live for more than 50 years.",
        "The population has recovered before. After a similar decline between 2019 and 2022, numbers rose again. Pineda said it was too early to say whether the current drop was a temporary swing or the start of a longer decline.",
        "The institute has asked for $4.6 million in federal funds to expand aerial surveys and to carry out necropsies on more of the stranded animals.",
    ],
)

DIGEST = """
コククジラ:推定個体数が21%減、漂着は増加2025年05月21日 10:45

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 コククジラの東部個体群の推定数が1万4500頭となり、2年前の前回調査の1万8400頭から21%減った。太平洋鯨類研究所が19日(月)に発表した。

 主なハイライト

 調査の方法:観測員が岬に陣取り、南下する回遊を12月中旬から2月上旬までの58日間数えた。夜間や沖合を通過した個体は統計モデルで推計した。

 子クジラの減少:今春北上した子クジラ61頭は、記録上最も少ない水準の一つである。多い年には1000頭を超えていた。

 漂着の増加:1月以降、沿岸で61頭が漂着しており、前年同期の38頭から33頭増えた。

 文脈

 餌不足:漂着個体の多くはやせており、北極の餌場で十分な餌をとれなかったとみられる。研究所のマリソル・ピネダ(Marisol Pineda)所長は「クジラは北で何かがおかしいと伝えている」と述べた。

 長い回遊:コククジラは北極と出産地の潟湖の間を往復約1万キロ移動する。大きな成体は40トンに達し、50年以上生きる。

 2019〜2022年にも同様に減った後、再び回復したことがある。

【詳細】

 個体数の減少と漂着の増加が同時に進んでいる。以下、調査結果と背景をまとめる。

 調査の結果

 1.個体数

 ・推定1万4500頭で、前回の1万8400頭から21%減。
 ・調査期間は58日間だった。

 2.漂着

 ・1月以降の漂着は61頭で、前年同期は38頭だった。

 背景と今後

 1.北極の変化

 ・餌場の海氷の融解が早まり、クジラが食べる海底の小型甲殻類が減っているとみられる。

 2.今後の調査

 ・研究所は航空調査の拡大と漂着個体の解剖のため、連邦政府に460万ドルを要求した。
 ・ピネダ所長は、一時的な変動か長期的な減少の始まりかは判断できないとしている。

 コククジラは哺乳類でも最長級の回遊を行う。

【要点】

 調査の結果

 1.個体数

 ・推定1万4500頭、21%減。

 2.漂着

 ・1月以降61頭が漂着。

 背景と今後

 1.北極の変化

 ・餌場の海氷が早く解け、餌が減少。

 2.今後の調査

 ・連邦予算460万ドルを要求。

【引用・参照・底本】

Gray whale numbers fall 21% as strandings rise along the coast Harbour Light Tribune 2025.05.20

https://www.harbourlighttribune.example/environment/2025/05/20/gray-whale-count-falls
"""

FINDINGS = [
    ("mismatch", "error", "子クジラ61頭"),
    ("mismatch", "error", "33頭"),
    ("mismatch", "error", "1万キロ"),
]
