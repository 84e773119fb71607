CASES = []

CASES.append(dict(
slug="marseille-dockers-strike", lang="fr", outlet="Le Courrier du Littoral", author="Sandrine Olivetti", section="Économie",
url="https://www.courrierdulittoral.example/economie/2024/02/15/port-marseille-fos-fin-greve-dockers",
title="Port de Marseille-Fos : fin de la grève des dockers après neuf jours de blocage",
published="2024-02-15T18:20:00+01:00", time_display="Publié le jeudi 15 février 2024 à 18 h 20",
paras=[
"MARSEILLE — Les dockers du Grand Port maritime de Marseille-Fos ont voté jeudi la fin d'un mouvement de grève entamé le mardi 6 février, après la signature d'un accord salarial dans la nuit de mercredi à jeudi. Le travail reprendra vendredi à 6 heures.",
"Selon la direction du port, 42 navires attendaient encore mercredi soir au large de Fos-sur-Mer, et quelque 1 250 conteneurs réfrigérés étaient bloqués sur les quais. L'Union des entreprises portuaires estime les pertes à 3,5 millions d'euros par jour, soit environ 31,5 millions d'euros sur l'ensemble du conflit.",
"L'accord prévoit une hausse des salaires de 4,2 % au 1er mars, puis de 1,8 % au 1er janvier 2025, ainsi qu'une prime exceptionnelle de 850 euros versée en avril. Les syndicats réclamaient initialement une hausse de 7 % en une seule fois.",
"« Ce n'est pas une victoire totale, mais c'est un accord que nous pouvons défendre devant les collègues », a déclaré Karim Benali, secrétaire du syndicat des dockers. Le texte a été approuvé par 312 voix contre 97, sur 421 dockers inscrits.",
"Le port a traité 1,52 million d'EVP (équivalent vingt pieds) en 2023, en baisse de 7,3 % sur un an, alors que ses concurrents méditerranéens, Gênes et Valence, progressaient. La direction craint que la grève n'accélère le départ de plusieurs armateurs vers l'Espagne et l'Italie.",
"La présidente du directoire, Hélène Marchetti, a rappelé que le port emploie directement 1 050 personnes et fait vivre environ 45 000 emplois indirects dans la région. « Chaque jour de blocage est un jour où nos clients testent une autre route », a-t-elle dit.",
"La Commission européenne, qui a accordé l'an dernier une subvention de 62 millions d'euros pour l'électrification des quais, suit le dossier de près, a indiqué un porte-parole à Bruxelles.",
"Le trafic devrait revenir à la normale d'ici à mardi prochain, a précisé la capitainerie, le temps d'écouler les navires en attente. Les premiers porte-conteneurs sont attendus vendredi en fin de matinée.",
],
digest="""マルセイユ港:9日間のスト終結、港湾労働者が賃上げ合意を承認2024年02月16日 07:40

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 フランス南部のマルセイユ・フォス港で、2月6日(火)から続いていた港湾労働者のストライキが終結した。労使は14日から15日にかけての夜に賃金協定に署名し、労働者は15日の投票で協定を承認した。作業は16日(金)午前6時(現地時間、日本時間同日午後2時)に再開する。

 主なハイライト

 滞留した貨物:14日夜の時点でフォス・シュル・メール沖には42隻が待機し、岸壁には冷凍コンテナ約1250個が足止めされていた。港湾事業者団体は損失を1日あたり350万ユーロ、スト期間全体で約3150万ユーロと見積もる。

 合意の中身:賃金を3月1日に4.2%、2025年1月1日に1.8%引き上げ、合わせて約6%の賃上げとなる。4月には850ユーロの特別手当を支給する。

 文脈

 地盤沈下への懸念:同港の2023年のコンテナ取扱量は152万TEU(20フィートコンテナ換算)で前年比7.3%減った。一方、地中海の競合港であるジェノバとバレンシアは取扱量を伸ばしている。

 欧州の支援:欧州委員会は昨年、岸壁の電化に6200万ユーロの補助金を出しており、今回の紛争の行方を注視している。

 港湾当局によると、待機船の処理を終えて交通が平常に戻るのは20日(火)までの見通しである。

【詳細】

 9日間に及んだストは、組合の当初要求を下回る賃上げで決着した。以下、合意の内容と港の置かれた状況をまとめる。

 ストの終結

 1.合意と投票

 ・協定は投票で312票対97票の賛成多数で承認された。登録された港湾労働者は421人で、賛成は投じられた票の約4分の3にあたる。
 ・港湾労働者組合のカリム・ベナリ(Karim Benali)書記は「完全な勝利ではないが、仲間に対して胸を張って説明できる合意だ」と述べた。

 2.賃上げの内容

 ・組合は当初、一度に7%の賃上げを求めていた。
 ・合意は2段階で計約6%の引き上げと、850ユーロの一時金の組み合わせとなった。

 港への打撃

 1.損失と滞貨

 ・損失は1日350万ユーロ、9日間で約3150万ユーロにのぼる。
 ・最初のコンテナ船は16日昼前に着岸する見込み。

 2.雇用と競争

 ・エレーヌ・マルケッティ(Hélène Marchetti)理事長は、港の直接雇用が1050人、地域の間接雇用が約4万5000人にのぼると強調し、「封鎖が1日続くたびに、顧客は別の航路を試している」と語った。
 ・経営陣は、今回のストを機に一部の海運会社がスペインやイタリアへ拠点を移す動きが加速することを恐れている。

 組合の要求を下回る決着ではあったが、港の競争力低下への危機感が労使双方に妥協を促した形だ。

【要点】

 ストの終結

 1.合意と投票

 ・312票対97票で協定を承認、賛成は約4分の3。

 2.賃上げの内容

 ・3月に4.2%、2025年1月に1.8%の2段階賃上げと850ユーロの一時金。

 港への打撃

 1.損失と滞貨

 ・42隻が沖合で待機、損失は1日350万ユーロ。
 ・20日(火)までに平常化の見通し。

 2.雇用と競争

 ・直接雇用1050人、間接雇用約4万5000人。
 ・2023年の取扱量は152万TEUで7.3%減。

【引用・参照・底本】

Port de Marseille-Fos : fin de la grève des dockers après neuf jours de blocage Le Courrier du Littoral 2024.02.15

https://www.courrierdulittoral.example/economie/2024/02/15/port-marseille-fos-fin-greve-dockers
""",
errs=[
("2月6日(火)から", "2月6日(水)から", "mismatch", "error", "6日(水)"),
("損失を1日あたり350万ユーロ", "損失を1日あたり3500万ユーロ", "mismatch", "error", "3500万ユーロ"),
("登録された港湾労働者は421人で", "組合員約600人のうち登録された港湾労働者は421人で", "unsupported", "warning", "約600人"),
]))

CASES.append(dict(
slug="tours-by-election", lang="fr", outlet="Le Républicain du Val de Loire", author="Thomas Ferrand", section="Politique",
url="https://www.republicain-valdeloire.example/politique/legislative-partielle-3e-circonscription-devaux-elue",
title="Législative partielle : Claire Devaux l'emporte avec 54,2 % des voix dans la 3e circonscription",
published="2024-04-07T23:05:00+02:00", time_display="Dimanche 7 avril 2024 à 23 h 05",
paras=[
"TOURS — Claire Devaux, candidate de la coalition centriste, a remporté dimanche 7 avril le second tour de l'élection législative partielle de la 3e circonscription d'Indre-et-Loire avec 54,2 % des suffrages exprimés, contre 45,8 % pour le candidat écologiste Mathieu Fournel.",
"Sur 98 560 inscrits, 37 847 électeurs se sont déplacés, soit un taux de participation de 38,4 %, contre 47,1 % au premier tour, le dimanche précédent. Mme Devaux a obtenu 19 842 voix et M. Fournel 16 774, soit un écart de 3 068 voix. On compte 1 231 bulletins blancs ou nuls.",
"Les résultats définitifs ont été proclamés à la préfecture peu après 22 h 30.",
"Âgée de 41 ans, ancienne adjointe au maire de Tours chargée de l'éducation, Claire Devaux succède à Bernard Lhomme, député de la circonscription depuis 2012, décédé en janvier à l'âge de 67 ans.",
"Au premier tour, Mme Devaux était arrivée en tête avec 31,6 %, devant M. Fournel (24,9 %) et la candidate du Rassemblement pour la ruralité, Sophie Guérin (22,3 %). Les six autres candidats se partageaient le reste des voix. Mme Guérin n'avait donné aucune consigne de vote.",
"« Les électeurs ont choisi la continuité et le travail de terrain. Je serai la députée de tous, y compris de ceux qui ne se sont pas déplacés », a déclaré la nouvelle élue devant ses soutiens, réunis dans une salle des fêtes de Joué-lès-Tours.",
"Mathieu Fournel, 35 ans, a reconnu sa défaite tout en saluant « une dynamique réelle » : il a presque doublé son score entre les deux tours. « Nous avons gagné des milliers de voix en une semaine. Ce n'est qu'un début », a-t-il affirmé.",
"À l'Assemblée nationale, la coalition gouvernementale dispose désormais de 251 sièges sur 577, soit toujours 38 de moins que la majorité absolue de 289 sièges. Le mandat de Mme Devaux courra jusqu'aux prochaines élections législatives, prévues en juin 2027.",
"La faible participation a été attribuée par plusieurs élus locaux aux vacances scolaires de printemps, qui avaient commencé la veille dans la région.",
],
digest="""トゥール補選:中道のドゥボー氏が54.2%で当選2024年04月08日 09:20

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 フランス中部アンドル・エ・ロワール県第3選挙区の国民議会補欠選挙は7日(日)に決選投票が行われ、中道連合のクレール・ドゥボー(Claire Devaux)氏が有効票の54.2%を獲得して当選した。環境派のマチュー・フルネル(Mathieu Fournel)氏は45.8%にとどまった。

 主なハイライト

 票差:ドゥボー氏の得票は1万9842票、フルネル氏は1万6774票で、差は3068票だった。白票・無効票は1231票。

 低い投票率:有権者9万8560人のうち投票したのは3万7847人で、投票率は38.4%。1週間前の3月31日の第1回投票(47.1%)から8.7ポイント下がった。

 文脈

 空席の経緯:2012年から同選挙区の議員を務めたベルナール・ロム(Bernard Lhomme)氏が1月に67歳で死去したことに伴う補選だった。

 議会の勢力:政権連合は577議席中251議席で、過半数の289議席には依然38議席足りない。

 最終結果は現地時間7日午後10時30分過ぎ、日本時間8日午前5時30分過ぎに県庁で発表された。

【詳細】

 補選は第1回投票で首位だったドゥボー氏が、決選でも過半数を確保して逃げ切った。以下、結果と今後の議会への影響をまとめる。

 選挙結果

 1.決選投票

 ・ドゥボー氏54.2%、フルネル氏45.8%。
 ・投票率は38.4%にとどまり、有権者の半数に届かなかった。地元議員の一部は、前日に始まった春の学校休暇が影響したとみている。

 2.第1回投票からの変化

 ・第1回投票ではドゥボー氏が31.6%で首位、フルネル氏が24.9%、農村派の「農村のための連合」のソフィー・ゲラン(Sophie Guérin)氏が22.3%で続いた。ほかの6人で残る21.2%を分け合った。
 ・フルネル氏は2回の投票の間に得票率を20.9ポイント伸ばし、ほぼ倍増させた。
 ・ゲラン氏は決選に向けて投票先を指示しなかった。

 当選者と今後

 1.新議員の横顔

 ・ドゥボー氏は41歳。トゥール市の副市長として教育を担当した経歴を持つ。
 ・支持者を前に「有権者は継続と地道な活動を選んだ。投票に行かなかった人も含め、すべての人の議員になる」と語った。

 2.敗者の弁

 ・35歳のフルネル氏は敗北を認めつつ「1週間で何千票も上積みした。これは始まりにすぎない」と述べた。

 3.任期

 ・任期は2027年6月に予定される次の総選挙までとなる。

 一方、議会全体では政権連合が過半数に届かない状況が続いている。

【要点】

 選挙結果

 1.決選投票

 ・ドゥボー氏が54.2%で当選、差は3068票。
 ・投票率38.4%、第1回から8.7ポイント低下。

 2.第1回投票からの変化

 ・フルネル氏は24.9%から45.8%へほぼ倍増。

 当選者と今後

 1.新議員の横顔

 ・41歳の元トゥール副市長。

 2.敗者の弁

 ・フルネル氏「これは始まりにすぎない」。

 3.任期

 ・2027年6月の総選挙まで。

【引用・参照・底本】

Législative partielle : Claire Devaux l'emporte avec 54,2 % des voix dans la 3e circonscription Le Républicain du Val de Loire 2024.04.07

https://www.republicain-valdeloire.example/politique/legislative-partielle-3e-circonscription-devaux-elue
""",
errs=[
("差は3068票だった", "差は3608票だった", "mismatch", "error", "3608票"),
("日本時間8日午前5時30分過ぎ", "日本時間7日午前5時30分過ぎ", "mismatch", "error", "7日午前5時30分"),
("農村派の「農村のための連合」", "農村派の「農村のための連合」(RPR)", "name", "warning", "RPR"),
]))
