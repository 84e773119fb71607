CASE = dict(
    lang="en", outlet="Harbourside Evening Post", author="Renee Castellano", section="Running",
    title="Velikov breaks Lakeport Marathon course record as Lindgren takes women's title",
    url="https://www.harbourside-post.example/sports/running/2026/11/08/lakeport-marathon-velikov-record",
    published="2026-11-08T18:20:00-05:00", shown_time="Nov. 8, 2026, 6:20 p.m. EST",
    body=[
        "Tomas Velikov broke the Lakeport Marathon course record on Sunday, crossing the finish line on Bayfront Drive in 2 hours 5 minutes 47 seconds to win the men's race by 15 seconds.",
        "The 29-year-old took 44 seconds off the previous record of 2:06:31, set in 2019 by Samuel Ndereba. Velikov went through halfway in 62 minutes 40 seconds and broke clear of the lead group near the 22-mile mark.",
        "Abebe Kiros, the 2024 champion, finished second in 2:06:02, and Luis Arriaga was third in 2:07:15.",
        "The women's race was decided in the final two miles. Marta Lindgren, 33, pulled away from Hana Sato along the lakeshore and won in 2:21:09, 42 seconds ahead of Sato, who finished in 2:21:51. It was Lindgren's first marathon victory in the United States.",
        "The race started at 7:30 a.m. in cool, dry conditions, with a temperature of 48 degrees Fahrenheit (9 degrees Celsius) and a light wind off the lake. Organisers said 34,250 runners started the 26.2-mile course and 31,870 finished, both figures the highest since the race was first held in 1978.",
        "Velikov and Lindgren each receive $100,000 in prize money, and Velikov also collects a $50,000 bonus for the course record, bringing his earnings for the day to $150,000.",
        "\"I knew the record was possible if the wind stayed calm,\" Velikov said. \"After 35 kilometres I stopped looking at my watch and just ran.\"",
        "Lindgren said she had been unsure of her form after a hamstring injury kept her out of competition for four months this spring. \"I didn't know if I could race for two hours and twenty minutes again,\" she said.",
        "Race director Paula Whitcombe said the event raised $4.2 million for local charities this year, up from $3.6 million in 2025.",
    ],
    findings=[("mismatch", "error", "17秒差"), ("mismatch", "error", "2017年"), ("unsupported", "warning", "約2000人")],
    digest="""
ベリコフ:レイクポート・マラソンで大会新記録2026年11月09日 10:15

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 米国のレイクポート・マラソンが8日に行われ、男子はトマス・ベリコフ(Tomas Velikov)が2時間5分47秒の大会新記録で優勝した。女子はマルタ・リンドグレン(Marta Lindgren)が2時間21分9秒で制した。

 主なハイライト

 大会記録を更新:29歳のベリコフは、従来の記録2時間6分31秒を44秒更新し、2位に17秒差をつけた。

 女子は終盤の勝負:33歳のリンドグレンは残り約3キロでハナ・サトウ(Hana Sato)を振り切り、42秒差で米国でのマラソン初優勝を飾った。

 過去最多の参加者:3万4250人がスタートし、3万1870人が完走した。完走率は約93%である。

 文脈

 好条件:スタートは現地時間午前7時30分(日本時間同日午後9時30分)で、気温は9度(華氏48度)と涼しく、湖からの風も弱かった。

 賞金:優勝賞金は各10万ドルで、ベリコフは大会記録のボーナス5万ドルと合わせて15万ドルを手にした。

 1978年に始まった大会は、約2000人のボランティアに支えられ、参加者数でも過去最多を更新した。

【詳細】

 湖畔の42.195キロで、男女とも見応えのあるレースとなった。以下、レースの展開と選手の声をまとめる。

 男子のレース

 1.記録更新までの展開

 ・ベリコフは中間点を62分40秒で通過し、22マイル(約35キロ)付近で先頭集団から抜け出した。
 ・従来の大会記録は2017年にサミュエル・ヌデレバ(Samuel Ndereba)が樹立した2時間6分31秒だった。

 2.上位の顔ぶれ

 ・2位は2024年覇者のアベベ・キロス(Abebe Kiros)で2時間6分2秒、3位はルイス・アリアガ(Luis Arriaga)で2時間7分15秒だった。
 ・ベリコフは「35キロを過ぎてからは時計を見ずにただ走った」と振り返った。

 女子のレース

 1.終盤の駆け引き

 ・リンドグレンは最後の2マイルで湖岸沿いにサトウを引き離し、2時間21分9秒で優勝した。
 ・サトウは2時間21分51秒で2位だった。

 2.けがからの復活

 ・リンドグレンは今春、太ももの裏のけがで4カ月間レースから離れていた。
 ・「また2時間20分を走れるか分からなかった」と語った。

 大会の運営

 1.参加者と慈善活動

 ・スタート3万4250人、完走3万1870人は、いずれも1978年の第1回以来で最多となった。
 ・今年の大会は地元の慈善団体のために420万ドルを集め、2025年の360万ドルから60万ドル増えた。

 好天と速いペースが重なり、記録ずくめの大会となった。

【要点】

 男子のレース

 1.記録更新までの展開

 ・ベリコフが2時間5分47秒で、従来の大会記録を44秒更新。

 2.上位の顔ぶれ

 ・2位キロス、3位アリアガ。

 女子のレース

 1.終盤の駆け引き

 ・リンドグレンがサトウに42秒差をつけて優勝。

 2.けがからの復活

 ・4カ月の離脱から復帰して米国初優勝。

 大会の運営

 1.参加者と慈善活動

 ・完走3万1870人で過去最多、寄付は420万ドル。

【引用・参照・底本】

Velikov breaks Lakeport Marathon course record as Lindgren takes women's title Harbourside Evening Post 2026.11.08

https://www.harbourside-post.example/sports/running/2026/11/08/lakeport-marathon-velikov-record
""")
