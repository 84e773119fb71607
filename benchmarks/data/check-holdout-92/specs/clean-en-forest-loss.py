SPEC = dict(
    lang="en", outlet="Tanjung Harbour Post", section="Environment", author="Farida Osman",
    title="Forest clearing in Sarawe province falls 23% as patrols expand",
    url="https://www.tanjungharbourpost.example/environment/sarawe-forest-loss-falls-23-percent",
    published="2025-03-05T11:00:00+08:00", shown="Wednesday, 5 March 2025 11:00 AM",
    body=[
        "Forest clearing in Sarawe province fell 23% last year to 41,000 hectares (about 101,000 acres), down from 53,200 hectares in 2023, according to satellite data released on Tuesday by the provincial forestry department.",
        "It was the second annual decline in a row and the lowest figure since the department began publishing yearly totals in 2012. Officials credited a tripling of ranger patrols and a ban on new palm oil concessions on peat soils.",
        "The province now employs 640 forest rangers, up from 210 three years ago. They are paid through a $120 million fund set up with foreign donors in 2021, which also pays villages that keep their forests standing.",
        "Peat forests store far more carbon than other land, and fires on drained peat were a major source of haze in the dry seasons of 2015 and 2019. Last year the province recorded 1,900 fire hotspots, against 7,400 in 2019.",
        "Conservation group Green Canopy Alliance welcomed the figures but noted that illegal logging had shifted to remote upland areas that are harder to patrol. It estimated that 9,000 hectares of the total was cleared without any permit.",
        "The department's survey of the province's orangutan population, carried out every five years, found about 2,150 animals, roughly the same as in 2019. Biologists said the stable count was encouraging after decades of decline.",
        "Forestry chief Rahmat Sulaiman said the province aimed to cut clearing to below 25,000 hectares a year by 2030. \"We have shown that the trend can be reversed,\" he said. \"Now we have to show that it lasts.\"",
        "Annual rainfall in the provincial capital was 3,150 mm last year, slightly above average, which officials said had also helped keep fires down.",
    ],
)

DIGEST = """
サラウェ州:森林伐採が23%減少2025年03月05日 19:30

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 サラウェ州の昨年の森林伐採面積は4万1000ヘクタール(約10万1000エーカー)で、2023年の5万3200ヘクタールから23%、1万2200ヘクタール減った。州林業局が4日(火)に衛星データを公表した。

 主なハイライト

 2年連続の減少:減少は2年連続で、2012年に年間集計の公表を始めて以来最も少ない。

 巡視の強化:森林警備員は3年前の210人から640人へと約3倍に増えた。泥炭地での新たなアブラヤシ農園の許可も禁止された。

 火災の減少:昨年の火災の発生地点は1900カ所で、2019年の7400カ所の約4分の1にとどまった。

 文脈

 資金:警備員の給与は、2021年に外国の援助国とともに設けた1億2000万ドルの基金から支払われ、森林を守る村にも資金が渡る。

 オランウータン:5年ごとの調査で約2150頭が確認され、2019年とほぼ同じだった。

 州は2030年までに年間の伐採を2万5000ヘクタール未満に抑えることを目指している。

【詳細】

 衛星データは伐採の減少を裏付けたが、違法伐採の移動など課題も残る。以下、データの内容と課題をまとめる。

 伐採の減少

 1.面積

 ・昨年の伐採は4万1000ヘクタールで、前年比23%減。
 ・2012年以降で最少となった。

 2.減少の理由

 ・巡視の強化と泥炭地での新規許可の禁止が効果を上げた。
 ・州都の昨年の降水量は3150ミリで平年をやや上回り、火災の抑制にもつながった。

 残る課題

 1.違法伐採

 ・環境団体グリーン・キャノピー・アライアンスは、伐採のうち9000ヘクタール、約2割が無許可だったと推計した。
 ・違法伐採は巡視の難しい奥地の高地に移っているという。

 2.今後の目標

 ・林業局長のラフマット・スライマン(Rahmat Sulaiman)氏は「流れは変えられることを示した。次はそれが続くことを示さなければならない」と語った。

 泥炭火災は2015年と2019年の乾季に煙害の大きな原因となった。

【要点】

 伐採の減少

 1.面積

 ・伐採面積は4万1000ヘクタール、前年比23%減。

 2.減少の理由

 ・森林警備員は640人に増員、泥炭地の新規許可を禁止。

 残る課題

 1.違法伐採

 ・9000ヘクタールが無許可の伐採と推計。

 2.今後の目標

 ・2030年までに年2万5000ヘクタール未満へ。

【引用・参照・底本】

Forest clearing in Sarawe province falls 23% as patrols expand Tanjung Harbour Post 2025.03.05

https://www.tanjungharbourpost.example/environment/sarawe-forest-loss-falls-23-percent
"""

FINDINGS = []
