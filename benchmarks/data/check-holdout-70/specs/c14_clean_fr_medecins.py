SPEC = dict(
name="clean-fr-medecins-generalistes", lang="fr", outlet="L'Écho des Trois Vallées", domain="echo-trois-vallees.example",
path="/sante/2026/12/02/deserts-medicaux-medecins-generalistes-departement", published="2026-12-02T19:30:00+01:00",
title="Déserts médicaux : un habitant sur cinq n'a plus de médecin traitant dans la Marvienne", section="Santé", author="Hugo Delaunay-Sarr",
paras=[
"Un habitant sur cinq du département de la Marvienne n'a plus de médecin traitant, selon une étude de la caisse primaire d'assurance maladie présentée ce mercredi au conseil départemental. Sur les 412 000 assurés de plus de 16 ans, 83 500 n'ont déclaré aucun médecin traitant, soit 20,3 %, contre 14,8 % en 2021.",
"Le département compte aujourd'hui 268 médecins généralistes libéraux, contre 331 il y a dix ans. Leur moyenne d'âge atteint 54 ans et 41 % d'entre eux ont plus de 60 ans, ce qui laisse craindre de nouveaux départs à la retraite d'ici à 2030.",
"La situation est la plus tendue dans le nord du département, autour de Sainte-Colombe-des-Prés, où l'on compte un généraliste pour 2 400 habitants, contre un pour 1 150 à Valmorin, le chef-lieu. Certains patients parcourent plus de 35 kilomètres pour une consultation.",
"Pour attirer de jeunes médecins, le conseil départemental a voté mercredi un budget de 6,8 millions d'euros sur cinq ans. Il financera la construction de quatre maisons de santé pluriprofessionnelles et une bourse de 1 200 euros par mois pour les internes qui s'engagent à exercer au moins trois ans dans le département.",
"Le président du conseil départemental, Bertrand Lafosse-Millet, espère attirer 40 nouveaux généralistes d'ici à 2031. « Nous ne pouvons plus attendre que l'État règle le problème seul », a-t-il déclaré.",
"La première maison de santé doit ouvrir à Sainte-Colombe-des-Prés au printemps 2028 et accueillera six médecins, deux dentistes et quatre infirmiers. Les travaux commenceront le lundi 1er mars 2027.",
"Les syndicats de médecins saluent l'effort mais rappellent que les internes choisissent leur lieu d'installation selon la qualité de vie, l'emploi du conjoint et la présence d'écoles. Selon une enquête auprès de 300 internes de la faculté de Valmorin, seuls 18 % envisagent de s'installer en zone rurale.",
],
digest="""
マルヴィエンヌ県:住民の5人に1人、かかりつけ医なし2026年12月03日 08:20

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 マルヴィエンヌ(Marvienne)県で、住民の5人に1人がかかりつけ医を持っていないことが、地域の初級疾病保険金庫が2日(水)に県議会に示した調査でわかった。

 主なハイライト

 かかりつけ医のいない人:16歳を超える被保険者41万2000人のうち8万3500人、20.3%がかかりつけ医を届け出ておらず、2021年の14.8%から5.5ポイント上昇した。

 開業医の減少:県内の開業一般医は268人で、10年前の331人から63人減った。平均年齢は54歳で、41%が60歳を超えている。

 地域差:北部のサント・コロンブ・デ・プレ周辺では一般医1人あたり住民2400人で、県庁所在地ヴァルモランの1150人の2倍以上となっている。受診のために35キロ以上移動する患者もいる。

 文脈

 県の対策:県議会は2日、5年間で680万ユーロの予算を可決した。多職種が集まる医療センターを4カ所建設し、県内で3年以上働くことを約束した研修医に月1200ユーロの奨学金を支給する。

 若手医師の意向:ヴァルモランの医学部の研修医300人への調査では、農村部での開業を考えているのは18%にとどまった。

 県は2031年までに一般医を40人増やすことを目指している。

【詳細】

 医師不足が深刻な県で、独自の対策が動き出した。以下、調査の内容と県の計画をまとめる。

 調査の内容

 1.かかりつけ医の不在

 ・かかりつけ医のいない被保険者は8万3500人で、20.3%にあたる。
 ・2021年の14.8%から大きく上昇した。

 2.医師の高齢化

 ・一般医の41%が60歳超で、2030年までにさらに引退が続くおそれがある。

 県の計画

 1.医療センターの建設

 ・最初の医療センターは2028年春にサント・コロンブ・デ・プレに開設され、医師6人、歯科医2人、看護師4人が勤務する。
 ・工事は2027年3月1日(月)に始まる。

 2.県議会議長の発言

 ・ベルトラン・ラフォス=ミレ(Bertrand Lafosse-Millet)県議会議長は「国が一人で問題を解決するのをもう待ってはいられない」と述べた。

 医師の労働組合は努力を評価しつつ、研修医は生活の質や配偶者の仕事、学校の有無で開業地を選ぶと指摘している。

【要点】

 調査の内容

 1.かかりつけ医の不在

 ・20.3%がかかりつけ医なし(2021年比5.5ポイント上昇)。

 2.医師の高齢化

 ・開業一般医は268人、10年で63人減。

 県の計画

 1.医療センターの建設

 ・5年で680万ユーロ、医療センター4カ所を建設。

 2.県議会議長の発言

 ・2031年までに一般医40人の確保を目指す。

【引用・参照・底本】

Déserts médicaux : un habitant sur cinq n'a plus de médecin traitant dans la Marvienne L'Écho des Trois Vallées 2026.12.02

https://echo-trois-vallees.example/sante/2026/12/02/deserts-medicaux-medecins-generalistes-departement
""",
findings=[],
)
