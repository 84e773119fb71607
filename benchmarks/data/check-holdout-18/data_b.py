CASES = []

CASES.append(dict(
slug="kourou-satellite-ocean", lang="fr", outlet="Ciel et Espace Quotidien", author="Julien Morvan", section="Espace",
url="https://www.cieletespace-quotidien.example/espace/lancement-reussi-sentinelle-ocean-3-kourou",
title="Kourou : le satellite Sentinelle-Océan 3 placé en orbite par le lanceur Aurore-2",
published="2024-12-05T09:30:00+01:00", time_display="Publié le 05/12/2024 à 09h30",
paras=[
"KOUROU — Le lanceur européen Aurore-2 a décollé mercredi 4 décembre à 22 h 17, heure de Guyane, du Centre spatial guyanais, soit 2 h 17 jeudi à Paris. Il a placé en orbite le satellite océanographique Sentinelle-Océan 3, qui s'est séparé du dernier étage 57 minutes après le décollage.",
"Le lancement, initialement prévu lundi, avait été reporté de deux jours en raison de vents trop forts en altitude. « Le lanceur a fonctionné parfaitement. C'est un soulagement après un automne difficile », a déclaré le directeur des lancements, Éric Lestrade.",
"D'une masse de 1 140 kilogrammes, Sentinelle-Océan 3 évoluera sur une orbite à 786 kilomètres d'altitude. Sa mission, d'une durée prévue de sept ans, consiste à mesurer la hauteur de la surface des océans avec une précision de 2,5 centimètres, ainsi que la température de surface et la hauteur des vagues.",
"Le satellite a été construit par la société toulousaine Orbitale Systèmes pour le compte de l'Agence spatiale européenne. Son coût total, lancement compris, s'élève à 412 millions d'euros, dont 95 millions pour le lancement.",
"Il s'agit du troisième vol d'Aurore-2, dont le premier lancement, en février, avait été partiellement réussi : un des deux satellites n'avait pas atteint l'orbite prévue. Le deuxième vol, en juillet, s'était déroulé sans incident.",
"« Les données de Sentinelle-Océan 3 serviront à la fois aux prévisions météorologiques, au suivi de la montée du niveau de la mer et à la navigation maritime », a expliqué la responsable scientifique de la mission, Anne-Laure Kerbrat. Depuis les premières missions de ce type, le niveau moyen des océans a monté d'environ 10 centimètres, selon elle.",
"Les premières données scientifiques sont attendues d'ici à trois mois, après une phase de recette en orbite. Le satellite prendra le relais de Sentinelle-Océan 2, lancé en 2016 et qui a dépassé sa durée de vie nominale.",
"Le Centre spatial guyanais prévoit encore un lancement avant la fin de l'année, puis une dizaine en 2025, un rythme qui n'avait plus été atteint depuis 2019.",
],
digest="""欧州ロケット:海洋観測衛星の打ち上げに成功2024年12月05日 19:20

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 欧州のロケット「オーロール2」(Aurore-2)が、南米の仏領ギアナにあるギアナ宇宙センターから現地時間12月4日(水)午後10時17分、日本時間5日(木)午前10時17分に打ち上げられ、海洋観測衛星「センチネル・オセアン3」(Sentinelle-Océan 3)を軌道に投入した。衛星は打ち上げから57分後に最終段から分離された。

 主なハイライト

 2日遅れの打ち上げ:当初は2日(月)の予定だったが、上空の強風のため2日延期された。打ち上げ責任者のエリック・レストラード(Éric Lestrade)氏は「ロケットは完璧に機能した。厳しい秋の後だけに安堵している」と語った。

 衛星の概要:重さ1140キロで、高度786キロの軌道を回る。設計寿命は7年で、海面の高さを2.5センチの精度で測るほか、海面水温や波の高さも観測する。

 文脈

 費用:衛星はトゥールーズのオービタル・システム(Orbitale Systèmes)が欧州宇宙機関(ESA)の発注で製造した。打ち上げ費9500万ユーロを含む総費用は4億1200万ユーロで、衛星本体などが3億1700万ユーロを占める。

 ロケットの実績:今回はオーロール2の3回目の飛行。2月の初号機は衛星2基のうち1基が予定の軌道に届かず一部失敗、7月の2号機は問題なく成功していた。

 ギアナ宇宙センターは2025年に10回前後の打ち上げを予定しており、2019年以来の高い頻度となる。

【詳細】

 欧州の新型ロケットは3回目の飛行で安定した性能を示した。以下、打ち上げと衛星の任務、今後の予定をまとめる。

 打ち上げ

 1.日時

 ・現地時間4日午後10時17分(パリ時間5日午前2時17分、日本時間5日午前10時17分)に打ち上げた。
 ・衛星の分離は現地時間午後11時14分だった。

 2.ロケットの信頼性

 ・初号機の一部失敗の後、2号機、3号機と続けて成功した。

 衛星の任務

 1.観測内容

 ・海面の高さ、海面水温、波の高さを測る。
 ・ミッション科学責任者のアンヌロール・ケルブラ(Anne-Laure Kerbrat)氏は「データは気象予報、海面上昇の監視、船舶の航行のすべてに役立つ」と説明した。同氏によると、この種の観測が始まって以来、世界の平均海面は約10センチ上昇した。

 2.今後の予定

 ・軌道上での試験を経て、3カ月以内に最初の科学データが届く見込み。
 ・2016年に打ち上げられ、設計寿命を過ぎたセンチネル・オセアン2の後継となる。

 年内にもう1回の打ち上げが予定されており、欧州の宇宙輸送は打ち上げ頻度の回復に向けて動き出している。

【要点】

 打ち上げ

 1.日時

 ・日本時間5日午前10時17分に打ち上げ、57分後に衛星を分離。

 2.ロケットの信頼性

 ・オーロール2は3回目の飛行で2回連続の成功。

 衛星の任務

 1.観測内容

 ・重さ1140キロ、高度786キロから海面の高さを2.5センチの精度で観測。

 2.今後の予定

 ・3カ月以内に最初のデータ、2016年打ち上げの2号機の後継。

【引用・参照・底本】

Kourou : le satellite Sentinelle-Océan 3 placé en orbite par le lanceur Aurore-2 Ciel et Espace Quotidien 2024.12.05

https://www.cieletespace-quotidien.example/espace/lancement-reussi-sentinelle-ocean-3-kourou
""",
errs=[
("・日本時間5日午前10時17分に打ち上げ", "・日本時間5日午前11時17分に打ち上げ", "mismatch", "error", "午前11時17分"),
("・重さ1140キロ、高度786キロから", "・重さ1410キロ、高度786キロから", "mismatch", "error", "1410キロ"),
("Ciel et Espace Quotidien 2024.12.05", "Ciel et Espace Magazine 2024.12.05", "citation", "warning", "Ciel et Espace Magazine"),
]))

CASES.append(dict(
slug="brabant-airlines-resultats", lang="fr", outlet="La Gazette Économique de Bruxelles", author="Nathalie Dewulf", section="Entreprises",
url="https://www.gazette-eco-bruxelles.example/entreprises/brabant-airlines-resultats-annuels-2024",
title="Brabant Airlines renoue avec une rentabilité solide malgré un quatrième trimestre dans le rouge",
published="2025-02-27T08:00:00+01:00", time_display="Jeudi 27 février 2025, 8h00",
paras=[
"BRUXELLES — Brabant Airlines a dégagé en 2024 un bénéfice opérationnel de 84,6 millions d'euros, contre 52,3 millions un an plus tôt, a annoncé jeudi la compagnie bruxelloise. Son chiffre d'affaires a progressé de 9 % pour atteindre 1,37 milliard d'euros.",
"La compagnie a transporté 9,8 millions de passagers, soit 6 % de plus qu'en 2023. Le taux de remplissage moyen de ses avions est passé de 82,9 % à 84,2 %.",
"Le quatrième trimestre a toutefois été décevant, avec une perte opérationnelle de 12,4 millions d'euros, liée notamment à trois jours de grève des contrôleurs aériens en octobre, qui ont coûté à eux seuls 7 millions d'euros, et à la hausse des redevances aéroportuaires.",
"« 2024 a été l'année de la consolidation. Nous avons remboursé l'intégralité de l'aide publique reçue pendant la pandémie et nous pouvons de nouveau investir », a déclaré le patron de la compagnie, Marc Vandenberghe.",
"Brabant Airlines, fondée en 2002, exploite actuellement 46 avions. Elle a confirmé une commande de huit Airbus A220-300, dont les premiers exemplaires seront livrés en 2026 pour remplacer des appareils plus anciens et plus gourmands en carburant.",
"La compagnie ouvrira deux nouvelles lignes au départ de Bruxelles à partir du 30 mars, vers Dakar et Montréal, avec trois vols par semaine chacune. Elle envisage aussi de desservir Kinshasa quotidiennement au lieu de cinq fois par semaine.",
"La directrice financière, Sophie Lemaire, a précisé que la dette nette avait été ramenée à 310 millions d'euros, contre 455 millions fin 2023. Aucun dividende ne sera versé au titre de 2024.",
"Pour 2025, la direction table sur une nouvelle hausse du nombre de passagers, à plus de 10 millions, mais reste prudente sur les marges en raison du prix du kérosène et de la concurrence des compagnies à bas coûts.",
"Les syndicats, qui réclament une revalorisation des salaires du personnel de cabine, ont prévu de rencontrer la direction le mardi 4 mars.",
],
digest="""ブラバント航空:2024年は営業増益、10〜12月期は赤字2025年02月28日 06:10

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 ベルギーのブラバント航空(Brabant Airlines)は27日(木)、2024年の営業利益が8460万ユーロと、前年の5230万ユーロから3230万ユーロ増えたと発表した。売上高は9%増の13億7000万ユーロだった。

 主なハイライト

 旅客の増加:旅客数は前年比6%増の980万人。平均搭乗率は82.9%から84.2%へ1.3ポイント上がった。

 10〜12月期の赤字:10〜12月期は1240万ユーロの営業赤字となった。10月の3日間の航空管制官のストだけで700万ユーロの損失が出たほか、空港使用料の値上げも響いた。

 文脈

 財務の改善:純負債は2023年末の4億5500万ユーロから3億1000万ユーロへ1億4500万ユーロ減った。2024年度の配当は見送る。

 路線網の拡大:3月30日からブリュッセル発のダカール線とモントリオール線を、それぞれ週3便で開設する。キンシャサ線は週5便から毎日運航への増便を検討している。

 2002年の創業から20年余りの同社は、コロナ禍で受けた公的支援を完済し、再び投資に動き出す。

【詳細】

 ブラバント航空は年間で大幅な増益を確保したが、年末にかけて逆風も受けた。以下、決算の内容と今後の戦略をまとめる。

 2024年の業績

 1.通期決算

 ・営業利益8460万ユーロ、売上高13億7000万ユーロ。
 ・旅客数は980万人、搭乗率は84.2%。

 2.10〜12月期

 ・1240万ユーロの営業赤字。
 ・管制官ストによる損失は700万ユーロで、赤字額の半分強にあたる。

 3.経営陣の評価

 ・マルク・ファンデンベルヘ(Marc Vandenberghe)最高経営責任者は「2024年は足固めの年だった。パンデミック中に受けた公的支援を全額返済し、再び投資できるようになった」と述べた。

 今後の戦略

 1.機材の更新

 ・現在46機を運航し、エアバスA220-300を8機発注した。初号機は2026年に納入され、燃費の悪い旧型機を置き換える。

 2.2025年の見通し

 ・旅客数は1000万人超を見込むが、ジェット燃料価格や格安航空会社との競争から、利益率には慎重な見方を示した。

 3.労使交渉

 ・客室乗務員の賃上げを求める労働組合は、3月4日(火)に経営陣と会談する予定。

 路線拡大と機材更新を進める一方、コスト上昇への対応が今後の課題となる。

【要点】

 2024年の業績

 1.通期決算

 ・営業利益8460万ユーロ、売上高9%増。

 2.10〜12月期

 ・1240万ユーロの赤字、管制官ストが響く。

 3.経営陣の評価

 ・公的支援を完済し「再び投資できる」。

 今後の戦略

 1.機材の更新

 ・A220-300を8機発注、2026年から納入。

 2.2025年の見通し

 ・旅客数1000万人超を見込む。

 3.労使交渉

 ・3月4日に組合と会談。

【引用・参照・底本】

Brabant Airlines renoue avec une rentabilité solide malgré un quatrième trimestre dans le rouge La Gazette Économique de Bruxelles 2025.02.27

https://www.gazette-eco-bruxelles.example/entreprises/brabant-airlines-resultats-annuels-2024
""",
errs=[
("2024年の営業利益が8460万ユーロと", "2024年の営業利益が8640万ユーロと", "mismatch", "error", "8640万ユーロ"),
("・1240万ユーロの赤字、管制官ストが響く。", "・7〜9月期は1240万ユーロの赤字、管制官ストが響く。", "mismatch", "error", "7〜9月期"),
("・マルク・ファンデンベルヘ(Marc Vandenberghe)最高経営責任者は", "・ソフィー・ルメール最高経営責任者は", "name", "warning", "ソフィー・ルメール"),
]))
