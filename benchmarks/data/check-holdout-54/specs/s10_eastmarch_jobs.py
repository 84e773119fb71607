SPEC = {
 "clean_name": "clean-eastmarch-jobs", "err_name": "err-eastmarch-jobs",
 "lang": "en", "outlet": "The Eastmarch Sentinel", "section": "Economy",
 "author": "Fiona Caldwell-Brooks",
 "title": "Eastmarch unemployment rises to 4.6% as vacancies keep falling",
 "url": "https://www.eastmarchsentinel.example/economy/2026/feb/17/unemployment-rises-vacancies-fall",
 "published": "2026-02-17T09:10:00+00:00", "dateline": "Tue 17 Feb 2026 09.10 GMT",
 "body": [
  "Eastmarch's unemployment rate rose to 4.6% in the fourth quarter of 2025, up from 4.4% in the previous three months and the highest level in almost five years, official figures published at 7am on Tuesday showed.",
  "The number of people out of work climbed by 68,000 to 1.62 million in the three months to December, the National Statistics Bureau said. Job vacancies fell for the 31st month in a row, to 781,000, the lowest since early 2021.",
  "Regular pay growth, excluding bonuses, slowed to 5.1% from 5.6%. With consumer price inflation running at 3.2% in January, that left real wages rising at the slowest pace in 18 months.",
  "Youth unemployment jumped to 14.8%, and the Bureau said about 210,000 people aged 16 to 24 were neither in work nor in education. Among the country's nine regions, the north-east had the highest jobless rate at 6.1%, while the capital region ranked fourth.",
  "Employment minister Rachel Ormsby, 44, said the figures reflected \"a cooling, not a collapse\" and pointed to a 12-week training scheme that she said had placed 35,000 people in jobs since it began in September.",
  "Economists said the data would strengthen the case for the Bank of Eastmarch to cut interest rates from 4% at its next meeting on Thursday, March 19. Money markets now put the chance of a cut at about 70%, up from 55% a week ago.",
  "\"The labour market has clearly turned,\" said Priyanka Hollis, chief economist at Westbridge Capital. \"Firms are not firing in large numbers, but they have stopped hiring.\"",
  "The pound fell 0.4% against the US dollar after the release, to $1.262.",
 ],
 "digest": """
イーストマーチ:失業率4.6%に上昇、求人は減少続く2026年02月17日 23:50

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 イーストマーチの2025年10〜12月期の失業率は4.6%で、前の3カ月の4.4%から0.2ポイント上昇し、約5年ぶりの高水準となった。統計は2月17日(火)午前7時(日本時間同日午後4時)に公表された。

 主なハイライト

 失業者の増加:12月までの3カ月間の失業者数は6万8000人増えて162万人となった。

 求人の減少:求人件数は31カ月連続で減少し、78万1000件と2021年初め以来の低水準になった。

 賃金の伸びの鈍化:賞与を除く賃金の伸び率は5.6%から5.1%に鈍化した。1月の消費者物価上昇率3.2%を差し引いた実質賃金の伸びは、18カ月で最も小さかった。

 文脈

 若年層の苦境:若年失業率は14.8%に上昇し、16〜24歳の約21万人が就業も就学もしていない。9地域のうち失業率が最も高いのは北東部の6.1%で、首都圏は4番目だった。

 利下げ観測:エコノミストは、イーストマーチ中銀が3月19日(木)の次回会合で政策金利を4%から引き下げるとの見方を強めている。市場が織り込む利下げの確率は1週間前の55%から約70%に高まった。

 ポンドは発表後に対ドルで0.4%下落し、1ポンド=1.262ドルとなった。

【詳細】

 イーストマーチの雇用市場は冷え込みが鮮明になった。以下、統計の内容と政策への影響をまとめる。

 雇用統計

 1.失業率と失業者数

 ・10〜12月期の失業率は4.6%だった。
 ・失業者数は162万人で、6万8000人増えた。

 2.求人と賃金

 ・求人件数は78万1000件に減った。
 ・賃金の伸び率は5.1%に鈍化した。

 政府と市場の反応

 1.政府の見解

 ・レイチェル・オームズビー(Rachel Ormsby)雇用相(44)は「冷え込みであって崩壊ではない」と述べた。
 ・9月に始まった12週間の職業訓練で、3万5000人が就職したと説明した。

 2.金融政策への影響

 ・ウェストブリッジ・キャピタルのプリヤンカ・ホリス(Priyanka Hollis)チーフエコノミストは「企業は解雇こそしていないが、採用をやめた」と指摘した。
 ・利下げの確率は約70%に上昇した。

【要点】

 雇用統計

 1.失業率と失業者数

 ・失業率は0.2ポイント上昇して4.6%。

 2.求人と賃金

 ・求人は31カ月連続の減少、賃金の伸びは5.1%。

 政府と市場の反応

 1.政府の見解

 ・雇用相は「崩壊ではない」と強調。

 2.金融政策への影響

 ・3月19日の利下げ観測が強まる。

【引用・参照・底本】

Eastmarch unemployment rises to 4.6% as vacancies keep falling  The Eastmarch Sentinel  2026.02.17

https://www.eastmarchsentinel.example/economy/2026/feb/17/unemployment-rises-vacancies-fall
""",
 "edits": [
  ("・失業率は0.2ポイント上昇して4.6%。", "・失業率は0.2%上昇して4.6%。", "mismatch", "error", "0.2%上昇"),
  ("3月19日(木)の次回会合", "3月19日(金)の次回会合", "mismatch", "error", "3月19日(金)"),
  ("約5年ぶりの高水準となった。", "約5年ぶりの高水準となった。1990年代以来の長い上昇局面の終わりを示すとの見方もある。", "unsupported", "warning", "1990年代"),
 ],
}
