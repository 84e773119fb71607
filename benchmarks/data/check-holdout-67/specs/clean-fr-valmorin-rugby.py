CASE = dict(
    lang="fr", outlet="Le Courrier des Cimes", author="Élodie Marchetti", section="Rugby",
    title="Le Stade valmorinois renverse Port-Aubrac et s'installe sur le podium",
    url="https://www.courrier-des-cimes.example/sport/rugby/2026/11/21/stade-valmorinois-port-aubrac-31-24",
    published="2026-11-21T23:55:00+01:00", shown_time="Publié le 21 novembre 2026 à 23h55",
    body=[
        "Mené de dix points à la pause, le Stade valmorinois s'est imposé 31 à 24 face à l'Union Port-Aubrac, samedi soir, lors de la 10e journée du championnat Élite 1. Le coup d'envoi avait été donné à 21h05 devant 14 280 spectateurs, un record pour le stade des Tilleuls.",
        "Les visiteurs menaient 17 à 7 à la mi-temps grâce à deux essais de leur ailier Kévin Dumoulin. Le Stade a inversé la tendance en inscrivant trois essais en vingt minutes, dont un doublé du troisième ligne Matéo Lacaze, 22 ans, qui disputait seulement son quatrième match en équipe première.",
        "L'ouvreur Romain Estève a réussi sept tirs au but sur huit, soit 14 points au total. « On a parlé calmement à la pause, sans crier. Les jeunes ont pris leurs responsabilités », a expliqué l'entraîneur Serge Bonnafous.",
        "Avec cette sixième victoire en dix matchs, le Stade remonte à la troisième place du classement avec 29 points, à quatre longueurs du leader, l'AS Montferrand-Ouest (33 points). Port-Aubrac recule à la cinquième place.",
        "Le club a par ailleurs présenté son budget cette semaine : il atteint 38,5 millions d'euros pour la saison, contre 34 millions la saison passée. Les recettes de billetterie représentent désormais 22 % des ressources, contre 19 % il y a un an, soit une hausse de trois points.",
        "Le nombre d'abonnés a franchi la barre des 9 000 pour la première fois. Le président, Alain Ferrandou, vise un stade de 18 000 places d'ici 2029 ; les travaux, estimés à 61 millions d'euros, doivent commencer au printemps.",
        "Prochain rendez-vous pour le Stade : un déplacement à Montferrand-Ouest, le samedi 28 novembre, pour un choc au sommet.",
    ],
    findings=[],
    digest="""
スタッド・ヴァルモリノワ:逆転勝ちで3位浮上2026年11月22日 12:00

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 フランスのラグビー・エリート1第10節で、スタッド・ヴァルモリノワ(Stade valmorinois)がユニオン・ポール・オブラック(Union Port-Aubrac)に31対24で逆転勝ちし、3位に浮上した。前半を10点差で折り返しながら、後半に3トライを挙げて試合をひっくり返した。

 主なハイライト

 逆転劇:前半は7対17とリードされたが、後半の20分間で3トライを奪った。

 若手の台頭:22歳のマテオ・ラカーズ(Matéo Lacaze)が2トライを挙げた。トップチームでの出場はまだ4試合目だった。

 正確なキック:スタンドオフのロマン・エステーヴ(Romain Estève)はゴールキック8本中7本を成功させ、14得点を記録した。

 文脈

 記録的な観客:キックオフは21日(土)午後9時5分(日本時間22日午前5時5分)で、観客1万4280人はティユール競技場の最多記録となった。

 予算の拡大:今季の予算は3850万ユーロで、昨季の3400万ユーロから450万ユーロ、約13%増えた。

 次節は首位モンフェラン・ウエストとの直接対決となる。

【詳細】

 若手の活躍で、スタッド・ヴァルモリノワが上位に食い込んだ。以下、試合と順位、クラブ経営の動きをまとめる。

 試合の展開

 1.前半

 ・ポール・オブラックはウイングのケヴィン・デュムラン(Kévin Dumoulin)の2トライで、前半を17対7とリードした。

 2.後半

 ・スタッドは20分間で3トライを挙げて逆転し、31対24で勝利した。
 ・ボナフー監督は「ハーフタイムは怒鳴らずに落ち着いて話した。若手が責任を果たした」と語った。

 順位

 1.3位に浮上

 ・10試合で6勝目を挙げ、勝ち点29で3位に上がった。
 ・首位ASモンフェラン・ウエスト(勝ち点33)との差は4となった。
 ・敗れたポール・オブラックは5位に後退した。

 クラブ経営

 1.予算とチケット収入

 ・今季予算は3850万ユーロ(昨季3400万ユーロ)。
 ・チケット収入が収入全体に占める割合は22%で、1年前の19%から3ポイント上昇した。

 2.観客とスタジアム計画

 ・シーズンチケット保有者が初めて9000人を超えた。
 ・アラン・フェランドゥ(Alain Ferrandou)会長は2029年までに1万8000席のスタジアムを目指しており、6100万ユーロと見込まれる工事が春に始まる予定だ。

 28日(土)の首位との一戦が、今季の行方を占う試金石となる。

【要点】

 試合の展開

 1.前半

 ・前半は7対17とリードを許す。

 2.後半

 ・20分間で3トライを奪い31対24で逆転勝ち。

 順位

 1.3位に浮上

 ・10試合で6勝目、勝ち点29で、首位と4差の3位。

 クラブ経営

 1.予算とチケット収入

 ・予算3850万ユーロ、チケット収入の比率は3ポイント上昇の22%。

 2.観客とスタジアム計画

 ・年間会員9000人超、2029年までに1万8000席の新スタジアムを計画。

【引用・参照・底本】

Le Stade valmorinois renverse Port-Aubrac et s'installe sur le podium Le Courrier des Cimes 2026.11.21

https://www.courrier-des-cimes.example/sport/rugby/2026/11/21/stade-valmorinois-port-aubrac-31-24
""")
