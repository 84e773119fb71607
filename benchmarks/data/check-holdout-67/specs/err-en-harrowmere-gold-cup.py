CASE = dict(
    lang="en", outlet="Turf and Paddock Weekly", author="Fiona Gallagher", section="Racing",
    title="Silver Lantern lands Harrowmere Gold Cup for veteran trainer Doyle",
    url="https://www.turfandpaddock.example/racing/2026/11/28/harrowmere-gold-cup-silver-lantern",
    published="2026-11-28T18:10:00+00:00", shown_time="Saturday 28 November 2026 18:10",
    body=[
        "Silver Lantern won the Harrowmere Gold Cup on Saturday, giving the 71-year-old trainer Michael Doyle the biggest win of a career that began in 1979.",
        "The seven-year-old, ridden by Aisling Brennan, beat the favourite Northern Quay by three and a half lengths over the race's trip of three miles and two furlongs, with Copper Mill a further six lengths back in third. Sixteen horses started and eleven finished.",
        "Silver Lantern had been sent off at odds of 14-1. The winning time of 6 minutes 41.2 seconds was 4.8 seconds outside the course record set in 2015.",
        "The race carried total prize money of £600,000, of which £340,000 goes to the winning owner, the Ballyhone Racing Club, a syndicate of 46 members who each paid £2,500 to join when the horse was bought as a three-year-old.",
        "Brennan, 24, was riding in the race for the first time. \"He jumped beautifully and he was still pulling me along at the last,\" she said. \"I can't believe it.\"",
        "Doyle, who trains 38 horses at his yard near Kilcrea, said Silver Lantern would now be aimed at the National Chase in April. \"He's got the stamina for it, and the ground will suit him,\" he said.",
        "The going was officially soft after 22 millimetres of rain fell on the course on Thursday and Friday. The meeting's first race went off at 12.40pm.",
        "Northern Quay, last year's runner-up, led over the final fence but could not hold off the winner on the long run to the line. His jockey said the soft ground had blunted his finishing speed.",
        "Doyle's previous best result in the race was a second place, more than a decade ago. He said he would celebrate quietly with the syndicate members, several of whom had travelled from abroad to watch.",
    ],
    findings=[("mismatch", "error", "27日(土)"), ("mismatch", "error", "36万ポンド"), ("unsupported", "warning", "約5万人")],
    digest="""
シルバー・ランタン:ハロウミア・ゴールドカップを制覇2026年11月29日 06:20

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 競馬の障害レース、ハロウミア・ゴールドカップが27日(土)に行われ、7歳馬シルバー・ランタン(Silver Lantern)が1番人気のノーザン・キー(Northern Quay)に3馬身半差をつけて優勝した。71歳のマイケル・ドイル(Michael Doyle)調教師にとって、1979年に始まったキャリアで最大の勝利となった。

 主なハイライト

 伏兵の勝利:単勝オッズは15倍(14対1)で、騎乗したアシュリン・ブレナン(Aisling Brennan)はこのレース初騎乗だった。

 タイム:勝ちタイムは6分41秒2で、2015年に樹立されたコースレコードに4秒8及ばなかった。

 文脈

 賞金:賞金総額は60万ポンドで、うち34万ポンドが馬主のバリーホーン・レーシングクラブに入る。2着以下に配分される賞金は36万ポンドとなる。

 46人の共同馬主:同クラブは46人の会員が2500ポンドずつ出し合い、3歳時に馬を購入した。

 約5万人の観客が見守るなか、出走16頭のうち完走は11頭という厳しいレースとなった。

【詳細】

 ベテラン調教師と若手騎手のコンビが、大レースで金星を挙げた。以下、レースの内容と陣営の声をまとめる。

 レースの内容

 1.結果

 ・距離は3マイル2ハロン(約5.2キロ)。3着のカッパー・ミル(Copper Mill)はさらに6馬身遅れた。
 ・馬場は木、金曜の2日間で22ミリの雨が降り、公式発表で重馬場だった。

 2.騎手の声

 ・24歳のブレナンは「飛越は見事で、最後の障害でもまだ私を引っ張っていた。信じられない」と話した。

 陣営の今後

 1.次の目標

 ・ドイル調教師は、キルクレア近郊の厩舎で38頭を管理している。
 ・シルバー・ランタンは4月のナショナル・チェイスを目指す。ドイル調教師は「スタミナは十分で、馬場も合う」と述べた。

 当日の第1レースは午後0時40分に発走した。

【要点】

 レースの内容

 1.結果

 ・7歳のシルバー・ランタンが3馬身半差で優勝。

 2.騎手の声

 ・初騎乗のブレナンが大仕事。

 陣営の今後

 1.次の目標

 ・4月のナショナル・チェイスへ。

【引用・参照・底本】

Silver Lantern lands Harrowmere Gold Cup for veteran trainer Doyle Turf and Paddock Weekly 2026.11.28

https://www.turfandpaddock.example/racing/2026/11/28/harrowmere-gold-cup-silver-lantern
""")
