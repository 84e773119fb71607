SPEC = dict(
    lang="en", outlet="Valley Courier Journal", section="Environment", author="Marcus Delgado",
    title="Record rain sends Osage Fork to highest crest in 38 years",
    url="https://www.valleycourierjournal.example/news/environment/osage-fork-record-crest-rainfall",
    published="2025-06-18T21:45:00-05:00", shown="Updated June 18, 2025 at 9:45 p.m. CDT",
    body=[
        "The Osage Fork crested at 31.4 feet in Millbrook on Wednesday afternoon, 9.4 feet above flood stage and its highest level in 38 years, after 9.6 inches (244 mm) of rain fell on the basin in 48 hours.",
        "The previous two-day rainfall record for the county, 7.1 inches, was set in April 1987. Forecasters at the regional weather office said a slow-moving storm system had stalled over the valley for most of Monday and Tuesday.",
        "About 2,300 residents were ordered to leave their homes, and emergency managers said 1,850 houses had water inside them by Wednesday evening. Four shelters were opened in schools on higher ground; the largest was housing 410 people.",
        "Farmers were counting their own losses. The county extension office estimated that 14,000 acres (about 5,700 hectares) of corn and soybeans were under water, roughly one in eight acres planted in the county this spring.",
        "County commissioner Ruth Abernathy put the early damage estimate at $340 million and said the county would ask the state for a disaster declaration on Thursday. \"This is going to take years, not months,\" she said.",
        "The river is forecast to fall below flood stage by Sunday, though more storms are possible over the weekend. Temperatures are expected to climb into the low 90s Fahrenheit, raising concerns about mold and heat stress for cleanup crews.",
        "Hydrologist Dana Whitcombe said the levee protecting the town's south side had held, but had been overtopped by about 6 inches at one point early Wednesday. Crews stacked 30,000 sandbags overnight to stop the breach from widening.",
    ],
)

DIGEST = """
オーセージ・フォーク川:38年ぶりの高水位2025年06月19日 15:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 オーセージ・フォーク川が18日(水)午後、ミルブルックで水位31.4フィート(約9.6メートル)に達し、38年ぶりの高さとなった。流域には48時間で9.6インチ(244ミリ)の雨が降った。

 主なハイライト

 記録的な雨:郡の2日間雨量の従来記録は1987年4月の7.1インチで、今回はこれを2.5インチ上回った。

 避難:住民約2300人に避難命令が出され、18日夜までに2300戸が浸水した。高台の学校4カ所に避難所が開設された。

 農地の被害:トウモロコシと大豆の畑1万4000エーカー(約5700ヘクタール)が水没した。今春の作付面積の約8分の1にあたる。

 文脈

 被害額:郡のルース・アバナシー(Ruth Abernathy)委員は初期の被害見積もりを3億4000万ドルとし、19日(木)に州へ災害宣言を求める考えを示した。

 堤防:町の南側の堤防は持ちこたえたが、一時約6インチ越水した。作業員は一晩で3万個の土のうを積んだ。

 川の水位は日曜日までに氾濫水位を下回る見込みだが、週末にも嵐の恐れがある。

【詳細】

 停滞した嵐が月曜から火曜にかけて流域に大雨を降らせた。以下、被害と今後の見通しをまとめる。

 洪水の状況

 1.水位

 ・水位は31.4フィートで、氾濫水位を8.4フィート上回った。
 ・南側の堤防は一時越水したが、決壊は免れた。

 2.住民と避難所

 ・最大の避難所には410人が身を寄せている。
 ・アバナシー氏は「数カ月ではなく数年かかる」と述べた。

 今後の課題

 1.農業

 ・水没した農地は1万4000エーカーに及ぶ。

 2.暑さ

 ・気温は華氏90度台前半(摂氏32〜34度前後)まで上がる見込みで、カビや作業員の熱中症が懸念される。

 郡は19日に州へ災害宣言を要請する。

【要点】

 洪水の状況

 1.水位

 ・31.4フィートに達し、38年ぶりの高水位。

 2.住民と避難所

 ・約2300人に避難命令、避難所4カ所。

 今後の課題

 1.農業

 ・農地1万4000エーカーが水没。

 2.暑さ

 ・華氏90度台前半の暑さで復旧作業に懸念。

【引用・参照・底本】

Record rain sends Osage Fork to highest crest in 38 years Valley Courier Journal 2025.06.18

https://www.valleycourierjournal.example/news/environment/osage-fork-record-crest-rainfall?utm_source=newsletter&utm_medium=email&utm_campaign=daily_briefing&subscriber_id=55821907
"""

FINDINGS = [
    ("mismatch", "error", "2300戸"),
    ("mismatch", "error", "8.4フィート"),
    ("citation", "warning", "https://www.valleycourierjournal.example/news/environment/osage-fork-record-crest-rainfall?utm_source=newsletter&utm_medium=email&utm_campaign=daily_briefing&subscriber_id=55821907"),
]
