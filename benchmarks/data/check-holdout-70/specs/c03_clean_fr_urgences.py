SPEC = dict(
name="clean-fr-urgences", lang="fr", outlet="Le Courrier des Deux Rives", domain="courrierdeuxrives.example",
path="/sante/2026/01/14/urgences-hopitaux-bilan-annuel", published="2026-01-14T21:10:00+01:00",
title="Urgences : 2,3 millions de passages en 2025, un record dans la région Val-d'Ormonde", section="Santé", author="Claire Vasseur-Lindqvist",
paras=[
"Les services d'urgence des 27 hôpitaux publics de la région Val-d'Ormonde ont enregistré 2,3 millions de passages en 2025, un niveau jamais atteint, selon le bilan annuel publié mercredi par l'agence régionale de santé.",
"Ce total représente une hausse de 6 % par rapport à 2024, année où l'on avait compté 2,17 millions de passages. Le temps d'attente médian avant la première prise en charge médicale s'est établi à 2 heures 40 minutes, contre 2 heures 15 minutes un an plus tôt.",
"Les patients âgés de 75 ans et plus représentent désormais 18 % des passages, contre 15 % en 2021. L'agence souligne que ces patients restent en moyenne 9 heures aux urgences lorsqu'ils doivent ensuite être hospitalisés.",
"Pour faire face à l'afflux, la région a ouvert 340 lits supplémentaires depuis 2023 et recruté 410 infirmiers. Le plan régional prévoit une enveloppe de 96 millions d'euros sur quatre ans, soit 24 millions par an, pour créer des « unités d'aval » chargées d'accueillir les patients après leur passage aux urgences.",
"Le directeur de l'agence, Étienne Marchetti-Roux, reconnaît que « les chiffres de l'hiver sont préoccupants ». Au cours de la semaine du 5 janvier, 11 hôpitaux sur 27 ont déclenché leur plan de crise hospitalier, une mesure exceptionnelle qui permet de déprogrammer des opérations non urgentes.",
"Les syndicats de soignants jugent l'effort insuffisant. Selon une enquête menée en décembre auprès de 1 200 infirmiers de la région, 62 % envisagent de quitter l'hôpital public dans les cinq ans.",
"Le ministre régional de la santé, Arnaud Pellegrin, doit présenter jeudi à 10 h 30 de nouvelles mesures lors d'une conférence de presse à Saint-Vérane. Il a promis de réduire le temps d'attente médian sous les deux heures d'ici à 2028.",
],
digest="""
ヴァル・ドルモンド地域:救急外来、2025年は過去最多の230万件2026年01月15日 07:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 ヴァル・ドルモンド(Val-d'Ormonde)地域の公立病院27カ所の救急部門の受診件数が、2025年に230万件と過去最多に達した。地域保健庁が14日(水)に公表した年次報告で明らかになった。

 主なハイライト

 受診の増加:受診件数は2024年の217万件から6%増えた。

 待ち時間の延長:最初の診察までの待ち時間の中央値は2時間40分で、前年の2時間15分から25分延びた。

 高齢患者:75歳以上の患者が受診の18%を占め、2021年の15%から3ポイント上昇した。入院となる場合、救急外来での滞在は平均9時間に及ぶ。

 文脈

 受け入れ体制:地域は2023年以降、病床を340床増やし、看護師を410人採用した。4年間で9600万ユーロ、年2400万ユーロを投じ、救急後の患者を受け入れる「後方病棟」を設ける。

 医療従事者の不満:12月の看護師1200人への調査では、62%が5年以内に公立病院を辞めることを考えていると答えた。

 地域の保健担当相は、2028年までに待ち時間の中央値を2時間未満に短縮すると約束している。

【詳細】

 地域保健庁の年次報告は、救急外来への負担が増し続けていることを示した。以下、報告の内容と当局の対応をまとめる。

 報告の内容

 1.受診件数と待ち時間

 ・27病院の救急受診は230万件で、前年比6%増だった。
 ・待ち時間の中央値は2時間40分となった。

 2.冬の逼迫

 ・1月5日の週には27病院のうち11病院が病院危機計画を発動し、緊急性のない手術を延期できるようにした。
 ・エティエンヌ・マルケッティ=ルー(Étienne Marchetti-Roux)長官は「冬の数字は憂慮すべきだ」と認めた。

 当局の対応

 1.後方病棟の整備

 ・4年間で9600万ユーロを投じる計画で、年あたり2400万ユーロとなる。
 ・2023年以降に340床を増設し、看護師410人を採用した。

 2.新たな対策の発表

 ・アルノー・ペルグラン(Arnaud Pellegrin)地域保健担当相が15日(木)10時30分(日本時間同日18時30分)に、サン・ヴェラーヌで記者会見を開き、新たな対策を示す。
 ・看護師の労働組合は、対策は不十分だとしている。

 冬の流行期を迎え、救急外来の逼迫がどこまで続くかが焦点となる。

【要点】

 報告の内容

 1.受診件数と待ち時間

 ・救急受診は230万件(前年比6%増)、待ち時間の中央値は2時間40分。

 2.冬の逼迫

 ・27病院中11病院が危機計画を発動。

 当局の対応

 1.後方病棟の整備

 ・4年間で9600万ユーロ、340床増設、看護師410人採用。

 2.新たな対策の発表

 ・ペルグラン担当相が15日(木)に会見、看護師の62%が離職を検討。

【引用・参照・底本】

Urgences : 2,3 millions de passages en 2025, un record dans la région Val-d'Ormonde Le Courrier des Deux Rives 2026.01.14

https://courrierdeuxrives.example/sante/2026/01/14/urgences-hopitaux-bilan-annuel
""",
findings=[],
)
