META = dict(lang="fr", outlet="La Gazette du Vignoble", author="Amélie Dufresnoy", section="Viticulture",
    title="Après la grêle, la vallée de la Sorne revoit sa récolte à la baisse",
    url="https://www.gazette-du-vignoble.example/viticulture/2025/08/04/sorne-grele-recolte",
    pub="2025-08-04T07:00:00+02:00", pub_h="Publié le 4 août 2025 à 07h00", topic="hailstorm and wine harvest forecast")
BODY = [
 "L'orage de grêle qui s'est abattu samedi 2 août vers 17h30 sur la vallée de la Sorne a touché environ 2 300 hectares de vignes, sur les 18 400 que compte l'appellation, selon un premier bilan de l'interprofession publié dimanche.",
 "Des grêlons « gros comme des balles de ping-pong » sont tombés pendant une vingtaine de minutes sur les communes de Vaudrey, Mérignac-sur-Sorne et Les Aubiers. Sur les parcelles les plus exposées, les pertes dépassent 80 %, estime la chambre d'agriculture.",
 "L'interprofession table désormais sur une récolte de 0,96 million d'hectolitres, contre 1,07 million l'an dernier. Le rendement moyen reculerait à 52 hectolitres par hectare, contre 58 en 2024. Avant l'orage, elle espérait encore une récolte proche de celle de l'an dernier.",
 "« Nous avions enfin une belle vigne, saine, après deux années difficiles », soupire Thierry Gaudry, 49 ans, président de la cave coopérative de Vaudrey, fondée en 1921, qui réunit 312 viticulteurs. « En vingt minutes, certains ont perdu le travail d'une année. »",
 "La perte de volume intervient dans un marché déjà tendu. Le vin en vrac de l'appellation se négocie autour de 1 450 euros le tonneau de 900 litres, en baisse de 9 % sur un an. Les exportations de l'appellation ont atteint 1,2 milliard d'euros en 2024, dont un quart vers les États-Unis.",
 "La préfecture a annoncé lundi l'ouverture d'une cellule de crise et promis des reports de cotisations sociales. Seuls 35 % des viticulteurs de la vallée sont assurés contre la grêle, selon la chambre d'agriculture, qui appelle l'État à soutenir davantage l'assurance récolte.",
 "Les vendanges devraient commencer vers le 8 septembre, une dizaine de jours plus tôt que la moyenne des trente dernières années, en raison d'un printemps particulièrement chaud.",
]
DIGEST = """ソルヌ渓谷:ひょう害でワインの収穫見通し下方修正2025年08月04日 19:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 ソルヌ渓谷を2日(土曜日)午後5時30分ごろ(日本時間3日午前0時30分ごろ)にひょうを伴う嵐が襲い、産地全体1万8400ヘクタールのうち約2300ヘクタール、約8分の1のブドウ畑が被害を受けた。業界団体は今年の収穫見通しを引き下げた。

 主なハイライト

 収穫見通し:業界団体は今年の収穫量を96万ヘクトリットルと見込む。昨年の107万ヘクトリットルから11万ヘクトリットル減る計算である。

 収量の低下:1ヘクタールあたりの平均収量は52ヘクトリットルと、2024年の58ヘクトリットルから6ヘクトリットル下がる見通し。

 文脈

 厳しい市場:アペラシオンのバルクワインは900リットル入りの樽1つあたり約1450ユーロで取引され、1年前より9%安い。

 保険の不足:ひょう害に対する保険に加入している生産者は35%にとどまる。

 県庁は危機対策室を設け、社会保険料の支払い猶予を約束したが、農業会議所は国に収穫保険への支援拡大を求めている。

【詳細】

 わずか20分ほどのひょうが、ようやく健全なブドウが育った産地に大きな打撃を与えた。以下、被害と市場への影響をまとめる。

 ひょう害

 1.被害の状況

 ・ヴォードレ、メリニャック・シュル・ソルヌ、レ・ゾービエの各村にピンポン玉大のひょうが降った。
 ・最も被害の大きい区画では損失が8割を超えると農業会議所はみている。

 2.生産者の声

 ・1921年設立で312人の生産者が加わるヴォードレ協同組合の代表ティエリー・ゴードリー(Thierry Gaudry)氏(49)は「20分で1年分の仕事を失った人もいる」と語った。

 市場と今後

 1.輸出

 ・アペラシオンの2024年の輸出額は12億ユーロで、その4分の1、約3億ユーロが米国向けだった。

 2.収穫の時期

 ・春の高温により、収穫は過去30年の平均より10日ほど早い9月8日ごろに始まる見込み。

 被害の全容はまだ固まっておらず、生産者の多くが保険に未加入であることから、公的支援のあり方が焦点となる。

【要点】

 ひょう害

 1.被害の状況

 ・2日の嵐で約2300ヘクタールが被害、損失8割超の区画も。

 2.生産者の声

 ・協同組合代表は「20分で1年分の仕事を失った人もいる」。

 市場と今後

 1.輸出

 ・収穫見通しは96万ヘクトリットル、輸出額は12億ユーロ。

 2.収穫の時期

 ・収穫開始は9月8日ごろと例年より早い。

{CITATION}"""
TRAPS = ["日本時間3日午前0時30分ごろ = 17h30 CEST Sat 2", "約8分の1 = 2300/18400", "11万ヘクトリットル = 1.07-0.96", "6ヘクトリットル = 58-52",
         "12億ユーロ = 1,2 milliard", "約3億ユーロ = a quarter of 1.2bn", "8割 = 80%", "10日ほど = une dizaine de jours", "氏(49)", "1ヘクタールあたり"]
ERRS = [
 ("(日本時間3日午前0時30分ごろ)", "(日本時間2日午後11時30分ごろ)", "日本時間2日午後11時30分ごろ", "mismatch", "error", "wrong JST conversion (day shift to the 3rd lost, hour wrong)"),
 ("・アペラシオンの2024年の輸出額は12億ユーロで", "・アペラシオンの2024年の輸出額は1億2000万ユーロで", "1億2000万ユーロ", "mismatch", "error", "wrong scale (milliard read as 100 millions)"),
 ("・協同組合代表は「20分で1年分の仕事を失った人もいる」。", "・ゴドリー代表は「20分で1年分の仕事を失った人もいる」。", "ゴドリー", "spelling", "warning", "second katakana spelling"),
]
