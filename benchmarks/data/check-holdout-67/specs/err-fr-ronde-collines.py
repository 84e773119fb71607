CASE = dict(
    lang="fr", outlet="La Gazette du Peloton", author="Thibault Rouvière", section="Cyclisme",
    title="Ronde des Collines : Baptiste Lanoë s'impose en solitaire",
    url="https://www.gazette-peloton.example/route/2026/10/11/ronde-des-collines-lanoe-victoire",
    published="2026-10-11T19:30:00+02:00", shown_time="Dimanche 11 octobre 2026, 19h30",
    body=[
        "Baptiste Lanoë a remporté dimanche la 87e édition de la Ronde des Collines, au terme d'une échappée solitaire de 31 kilomètres. Le coureur de 24 ans a bouclé les 248 kilomètres du parcours en 5 h 52 min 14 s, à la moyenne de 42,3 km/h.",
        "Le Belge Ruben Vermeulen a pris la deuxième place à 18 secondes, devant l'Italien Davide Scarpelli, troisième à 1 min 05 s. Le groupe des favoris, dans lequel figurait le tenant du titre Joris Van Acker, est arrivé avec plus de deux minutes de retard.",
        "Lanoë a attaqué dans la quatrième des sept montées du circuit final, la côte de Saint-Aurel, longue de 2,4 km à 8,1 % de moyenne. Il a compté jusqu'à 46 secondes d'avance à 15 kilomètres de l'arrivée avant de gérer son effort dans la dernière ascension.",
        "« J'ai rêvé de cette course quand j'avais douze ans, en la regardant au bord de la route avec mon père », a confié le vainqueur, qui signe à 24 ans le plus grand succès de sa carrière et la première victoire d'un Français dans l'épreuve depuis 2009.",
        "Au total, 168 coureurs avaient pris le départ et 97 ont rallié l'arrivée, soit moins de six sur dix. Le parcours cumulait près de 4 300 mètres de dénivelé positif. Les températures, de 11 °C au départ, n'ont pas dépassé 17 °C dans l'après-midi.",
        "Les organisateurs ont annoncé une dotation totale de 120 000 euros, dont 40 000 euros pour le vainqueur. Ils revendiquent 310 000 spectateurs le long du parcours, contre 280 000 l'an dernier.",
        "L'équipe de Lanoë, Horizon Atlantique, a par ailleurs confirmé que le coureur avait prolongé son contrat de trois saisons, jusqu'à fin 2029.",
    ],
    findings=[("mismatch", "error", "248マイル"), ("mismatch", "error", "57秒"), ("unsupported", "warning", "1931年")],
    digest="""
ラノエ:ロンド・デ・コリーヌを独走で制す2026年10月12日 08:30

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 自転車ロードレースの第87回ロンド・デ・コリーヌ(Ronde des Collines)が11日(日)に行われ、24歳のバティスト・ラノエ(Baptiste Lanoë)が残り31キロからの独走で優勝した。248マイルを5時間52分14秒、平均時速42.3キロで走り切った。

 主なハイライト

 上位の顔ぶれ:2位はベルギーのルーベン・フェルメーレン(Ruben Vermeulen)で18秒差、3位はイタリアのダビデ・スカルペッリ(Davide Scarpelli)で1分5秒差だった。2位と3位の差は57秒である。

 勝負どころ:ラノエは最終周回にある7つの上りの4つ目、サントレルの坂(2.4キロ、平均勾配8.1%)で仕掛けた。

 フランス勢の久々の勝利:フランス人の優勝は2009年以来となった。

 文脈

 過酷なコース:出走168人のうち完走は97人で、6割に届かなかった。獲得標高は約4300メートルに達した。

 1931年創設の伝統のレースは、沿道の観客も31万人と昨年の28万人から3万人増えた。

【詳細】

 若手のフランス人選手が、伝統のクラシックで大きな勝利をつかんだ。以下、レースの展開と大会の概要をまとめる。

 レースの展開

 1.独走までの流れ

 ・ラノエはサントレルの坂でアタックし、ゴールまで15キロの地点で最大46秒の差をつけた。
 ・最後の上りでは力を温存しながら逃げ切った。

 2.有力選手の動向

 ・前回覇者ヨリス・ファン・アッカー(Joris Van Acker)を含む優勝候補の集団は、2分以上遅れてゴールした。

 選手の声と契約

 1.ラノエのコメント

 ・「12歳のとき、父と沿道でこのレースを見て夢見ていた」と語った。

 2.契約延長

 ・所属チームのオリゾン・アトランティックは、ラノエとの契約を3シーズン延長し、2029年末までとしたと発表した。

 大会の概要

 1.賞金と観客

 ・賞金総額は12万ユーロで、優勝者には4万ユーロが贈られる。
 ・気温はスタート時11度、午後も17度を超えなかった。

【要点】

 レースの展開

 1.独走までの流れ

 ・残り31キロから独走し、5時間52分14秒で優勝。

 2.有力選手の動向

 ・前回覇者らは2分以上遅れる。

 選手の声と契約

 1.ラノエのコメント

 ・少年時代からの夢をかなえる。

 2.契約延長

 ・2029年末まで契約を延長。

 大会の概要

 1.賞金と観客

 ・優勝賞金4万ユーロ、観客31万人。

【引用・参照・底本】

Ronde des Collines : Baptiste Lanoë s'impose en solitaire La Gazette du Peloton 2026.10.11

https://www.gazette-peloton.example/route/2026/10/11/ronde-des-collines-lanoe-victoire
""")
