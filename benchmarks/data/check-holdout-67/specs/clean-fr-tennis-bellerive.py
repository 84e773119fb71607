CASE = dict(
    lang="fr", outlet="Le Journal des Courts", author="Camille Desrosiers", section="Tennis",
    title="Open de Bellerive : Inès Valadier s'offre son premier grand titre",
    url="https://www.journal-des-courts.example/tennis/2026/11/08/open-de-bellerive-valadier-titre",
    published="2026-11-08T21:40:00+01:00", shown_time="Dimanche 8 novembre 2026 à 21h40",
    body=[
        "Inès Valadier a remporté dimanche l'Open de Bellerive, le plus important titre de sa carrière, en battant en finale la tête de série numéro 2, la Tchèque Klára Novotná, 6-4, 3-6, 7-5, au terme de 2 h 47 min de jeu.",
        "La Française de 21 ans, 38e mondiale au début de la semaine, avait dû passer par les qualifications. Elle a remporté huit matchs en neuf jours, dont trois face à des joueuses du top 20. Lundi, elle fera son entrée dans le top 20, à la 17e place du classement mondial.",
        "Menée 5-3 dans la dernière manche, Valadier a sauvé une balle de match sur son service avant d'aligner quatre jeux consécutifs. Elle a conclu sur un coup droit le long de la ligne, son 41e coup gagnant de la rencontre selon les statistiques officielles.",
        "« Je n'ai pas pensé à la balle de match. Je me suis dit qu'il fallait jouer chaque point comme le premier », a réagi la joueuse, entraînée depuis l'âge de douze ans par son oncle, Patrice Valadier.",
        "La lauréate empoche un chèque de 1,2 million d'euros, soit près du double de ses gains cumulés depuis le début de sa carrière professionnelle, qui s'élevaient à 640 000 euros avant le tournoi. La dotation totale de l'épreuve atteignait 7,5 millions d'euros, en hausse de 15 % sur un an.",
        "Le tournoi a attiré 186 000 spectateurs en huit jours, un record. La finale s'est jouée à guichets fermés devant 12 500 personnes, sous un toit rétractable fermé en raison de la pluie.",
        "Valadier est la première Française à s'imposer à Bellerive depuis 2011. Elle disputera en fin de saison les Finales des jeunes à Lisbonne, du 24 au 29 novembre.",
    ],
    findings=[],
    digest="""
イネス・バラディエ:予選から勝ち上がり最大のタイトル2026年11月09日 10:30

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 テニスのベルリーブ・オープン女子シングルス決勝が8日(日)に行われ、フランスの21歳、イネス・バラディエ(Inès Valadier)が第2シードのクララ・ノボトナ(Klára Novotná、チェコ)を6-4、3-6、7-5で破り、キャリア最大のタイトルを手にした。試合時間は2時間47分だった。

 主なハイライト

 予選からの快進撃:大会開始時点で世界38位のバラディエは予選から出場し、9日間で8試合に勝った。うち3試合はトップ20の選手が相手だった。

 土壇場の逆転:最終セット3-5からサービスゲームでマッチポイントをしのぎ、4ゲームを連取した。

 世界ランキング:9日(月)付の世界ランキングで17位に浮上し、初のトップ20入りを果たす。38位から21ランクの上昇となる。

 文脈

 賞金:優勝賞金は120万ユーロで、大会前までの通算獲得賞金64万ユーロの2倍近くにあたる。賞金総額は750万ユーロで、前年より15%増えた。

 フランス勢久々の優勝:フランス人選手の優勝は2011年以来である。

 バラディエは11月24〜29日にリスボンで開かれる若手選手の最終戦に出場する。

【詳細】

 予選から勝ち上がった若手が、第2シードを破って頂点に立った。以下、決勝の内容と大会の概要をまとめる。

 決勝の内容

 1.最終セット

 ・3-5とリードされた場面で、自らのサービスゲームでマッチポイントをしのいだ。
 ・最後はダウン・ザ・ラインへのフォアハンドで決めた。

 2.本人の声

 ・12歳から叔父のパトリス・バラディエ(Patrice Valadier)の指導を受けている。
 ・「マッチポイントのことは考えなかった。一つ一つのポイントを最初のポイントのように戦おうと思った」と語った。

 大会の概要

 1.観客

 ・8日間の観客は18万6000人で、大会記録となった。1日あたりでは平均約2万3000人である。
 ・決勝は雨のため開閉式の屋根を閉じて行われ、1万2500人の満員の観客が見守った。

 2.賞金

 ・賞金総額750万ユーロのうち、優勝者の取り分は120万ユーロで、16%にあたる。

【要点】

 決勝の内容

 1.最終セット

 ・3-5から4ゲーム連取で逆転勝ち。

 2.本人の声

 ・「一つ一つのポイントを最初のように」。

 大会の概要

 1.観客

 ・観客18万6000人は大会記録。

 2.賞金

 ・優勝賞金120万ユーロ、総額は15%増の750万ユーロ。

【引用・参照・底本】

Open de Bellerive : Inès Valadier s'offre son premier grand titre Le Journal des Courts 2026.11.08

https://www.journal-des-courts.example/tennis/2026/11/08/open-de-bellerive-valadier-titre
""")
