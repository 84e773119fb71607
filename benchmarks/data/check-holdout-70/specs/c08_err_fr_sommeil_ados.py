SPEC = dict(
name="err-fr-sommeil-ados", lang="fr", outlet="La Gazette du Haut-Lisère", domain="gazette-haut-lisere.example",
path="/societe/enquete-sommeil-adolescents-ecrans", published="2026-05-27T08:15:00+02:00",
title="Les adolescents dorment 1 h 10 de moins qu'il y a quinze ans, selon une vaste enquête", section="Société", author="Mathilde Roussel-Ankri",
paras=[
"Les collégiens et lycéens du département du Haut-Lisère dorment en moyenne 7 heures 5 minutes par nuit en semaine, soit 1 heure 10 de moins qu'en 2011, selon une enquête de l'observatoire régional de la santé publiée mardi.",
"L'étude repose sur un questionnaire rempli au printemps par 4 600 élèves âgés de 11 à 18 ans, dans 38 établissements. Parmi eux, 2 990 déclarent utiliser leur téléphone au lit après 23 heures au moins trois soirs par semaine, soit 65 %.",
"Les médecins recommandent entre 8 et 10 heures de sommeil à cet âge. Seuls 22 % des lycéens atteignent les 8 heures, contre 47 % des collégiens. Le déficit est plus marqué le dimanche soir : les élèves interrogés se couchent en moyenne à 23 h 40, contre 22 h 50 les autres soirs de la semaine.",
"Les conséquences se font sentir en classe. Près d'un élève sur trois, 31 %, dit s'être endormi au moins une fois en cours depuis la rentrée. Les infirmières scolaires ont enregistré 12 800 passages liés à la fatigue ou aux maux de tête l'an dernier, contre 9 400 en 2022.",
"Le docteur Yannick Obrecht, pédiatre et coordinateur de l'étude, plaide pour un décalage des horaires. « Commencer les cours à 8 heures, c'est demander à un adolescent d'être à son poste alors que son horloge biologique le pousse à dormir », explique-t-il.",
"Le conseil départemental a annoncé une expérimentation dans six collèges à partir de la rentrée de septembre : les cours y débuteront à 9 heures le lundi et le jeudi. Le dispositif coûtera 1,4 million d'euros sur deux ans, principalement pour réorganiser le transport scolaire, qui concerne 18 000 élèves dans le département.",
"La présidente du conseil départemental, Sylvie Armand-Tessier, a précisé que les résultats seraient évalués en juin 2028 avant toute généralisation.",
],
digest="""
オー・リゼール県:中高生の睡眠、15年前より1時間10分短く2026年05月27日 16:40

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 オー・リゼール(Haut-Lisère)県で、中学生と高校生の平日の睡眠時間が平均7時間5分となり、2011年より1時間10分短くなったことが、地域保健観測所が26日(火)に公表した調査でわかった。

 主なハイライト

 寝床でのスマホ:11〜18歳の生徒4600人のうち2990人、約3分の2が週3晩以上、午後11時以降にベッドでスマートフォンを使っていた。

 推奨に届かず:推奨される睡眠は8〜10時間だが、8時間に達している高校生は22%にとどまり、中学生の47%を大きく下回った。

 日曜の夜:日曜の就寝時刻は平均午後11時40分で、他の平日の午後10時50分より50分遅い。

 文脈

 授業中の居眠り:生徒のほぼ3人に1人、31%が新学期以降に授業中に寝てしまったことがあると答えた。

 保健室の利用:疲労や頭痛による保健室の利用は昨年1万2800件で、2022年の9400件から3400件、約25%増えた。

 県は9月から6つの中学校で始業を遅らせる試行を行う。

【詳細】

 大規模な調査で、10代の睡眠不足が深刻になっていることが示された。以下、調査の結果と県の対策を整理する。

 調査の結果

 1.睡眠時間

 ・平日の睡眠は平均7時間5分で、2011年比1時間10分減った。
 ・調査は春に38校の4600人を対象に行われた。

 2.学校生活への影響

 ・31%が授業中に居眠りをした経験があると回答した。
 ・調査をまとめた小児科医のヤニック・オブレヒト(Yannick Obrecht)医師は「午前8時に授業を始めるのは、体内時計が眠れと言っている若者に働けと求めるようなものだ」と述べた。

 県の対策

 1.始業時刻の試行

 ・9月から6校で、月曜と木曜の始業を午前9時にする。
 ・費用は2年間で140万ユーロで、主にスクールバスの再編に充てる。対象となる通学バスの利用者は県内で1万8000人。

 2.評価

 ・シルヴィー・アルマン=テシエ(Sylvie Armand-Tessier)県議会議長は、2028年6月に結果を評価してから全県への拡大を判断するとした。
 ・オブレクト医師は、始業時刻の見直しを訴えている。

 試行の結果次第で、全県の中学校の時間割が変わる可能性がある。

【要点】

 調査の結果

 1.睡眠時間

 ・平日の睡眠は平均7時間5分、15年前より1時間10分短い。

 2.学校生活への影響

 ・31%が授業中に居眠り、保健室利用は1万2800件。

 県の対策

 1.始業時刻の試行

 ・6校で月・木の始業を午前9時に、2年で140万ユーロ。

 2.評価

 ・2028年6月に評価。

【引用・参照・底本】

Les adolescents dorment 1 h 10 de moins qu'il y a quinze ans, selon une vaste enquête La Gazette du Haut-Lisère 2026.05.27

https://gazette-haut-lisere.example/societe/enquete-sommeil-adolescents-ecrans
""",
findings=[
 ("mismatch", "error", "約25%"),
 ("spelling", "warning", "オブレクト"),
],
)
