SPEC = dict(
    lang="fr", outlet="Le Messager Scientifique", section="Espace", author="Bastien Leclerc-Morin",
    title="Le télescope Orméa découvre 26 exoplanètes, dont neuf de taille terrestre",
    url="https://www.messagerscientifique.example/espace/telescope-ormea-26-exoplanetes",
    published="2025-01-23T11:45:00+01:00", shown="Publié le jeudi 23 janvier 2025 à 11h45",
    body=[
        "Le télescope spatial Orméa a détecté 26 nouvelles exoplanètes au cours de ses dix-huit premiers mois d'observation, dont neuf ont une taille comparable à celle de la Terre, a annoncé mercredi l'Agence spatiale de la Confédération alpine.",
        "La plus proche se trouve à environ 140 années-lumière. Trois des neuf planètes de taille terrestre orbitent dans la zone dite habitable de leur étoile, où la température pourrait permettre la présence d'eau liquide en surface. Pour l'une d'elles, les modèles donnent une température moyenne comprise entre -20 °C et 15 °C.",
        "Orméa surveille en permanence environ 85 000 étoiles et repère les planètes lorsqu'elles passent devant leur étoile, ce qui en fait baisser légèrement la luminosité. La plus petite baisse détectée jusqu'ici est de 0,008 %.",
        "« Trente ans après la découverte de la première exoplanète autour d'une étoile semblable au Soleil, en 1995, nous entrons dans l'ère des petites planètes », s'est félicitée la responsable scientifique de la mission, Élise Fontanel.",
        "Le télescope, lancé en juin 2023, a coûté 410 millions d'euros, dont 85 millions pour son instrument principal. Sa mission nominale est de quatre ans, mais l'agence espère la prolonger jusqu'en 2031 au moins, pour un coût supplémentaire d'environ 60 millions d'euros.",
        "Les astronomes comptent désormais sur les grands télescopes au sol pour mesurer la masse de ces planètes et, à plus long terme, analyser leur atmosphère. Une demande de 120 nuits d'observation a été déposée pour l'année prochaine.",
        "Depuis 1995, plus de 5 800 exoplanètes ont été confirmées dans le monde. Orméa devrait en ajouter plusieurs dizaines d'ici la fin de sa mission, selon Élise Fontanel.",
    ],
)

DIGEST = """
オルメア望遠鏡:系外惑星26個を発見、9個は地球サイズ2025年01月24日 07:30

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 アルプス連邦宇宙機関は22日(水)、宇宙望遠鏡「オルメア」が観測開始から18カ月で26個の新たな系外惑星を検出したと発表した。このうち9個、約3分の1が地球と同程度の大きさである。

 主なハイライト

 生命居住可能領域:地球サイズの9個のうち3個は、表面に液体の水が存在しうるハビタブルゾーンを公転している。そのうち1個の平均気温は、モデルではマイナス20度から15度の間と推定される。

 観測の方法:オルメアは約8万5000個の恒星を常時監視し、惑星が恒星の前を横切る際のわずかな減光をとらえる。これまでに検出した最小の減光は0.008%である。

 文脈

 節目の年:太陽に似た恒星を回る初の系外惑星が見つかった1995年から30年を迎える。

 費用:2023年6月に打ち上げられた望遠鏡の費用は4億1000万ユーロで、うち8500万ユーロが主要観測装置に充てられた。

 最も近い惑星は約140光年の距離にある。

【詳細】

 小さな惑星の発見が相次ぐ時代に入ったと、研究者は手応えを語る。以下、発見の内容と今後の計画をまとめる。

 発見の内容

 1.26個の系外惑星

 ・18カ月の観測で26個を検出、うち9個が地球サイズ。
 ・最も近いものは約140光年先。

 2.研究者の声

 ・ミッションの科学責任者エリーズ・フォンタネル(Élise Fontanel)氏は「小さな惑星の時代に入った」と喜んだ。

 今後の計画

 1.ミッションの延長

 ・4年間の基本ミッションを少なくとも2031年まで延長したい考えで、追加費用は約6000万ユーロとなる。

 2.地上観測

 ・惑星の質量を測るため、大型地上望遠鏡での120夜の観測を申請した。

 1995年以降、世界で確認された系外惑星は5800個を超える。

【要点】

 発見の内容

 1.26個の系外惑星

 ・26個のうち9個が地球サイズ、3個がハビタブルゾーン。

 2.研究者の声

 ・「小さな惑星の時代に入った」とフォンタネル氏。

 今後の計画

 1.ミッションの延長

 ・2031年まで延長を目指し、追加費用は約6000万ユーロ。

 2.地上観測

 ・120夜の地上観測を申請。

【引用・参照・底本】

Le télescope Orméa découvre 26 exoplanètes, dont neuf de taille terrestre Le Messager Scientifique 2025.01.23

https://www.messagerscientifique.example/espace/telescope-ormea-26-exoplanetes
"""

FINDINGS = []
