SLUG = "cycling-stage"
LANG = "fr"
META = dict(
    site="Le Petit Montagnard",
    title="Tour des Monts d'Orvande : Lemarchand s'impose au Col de Sérane, Echeverri prend la tête",
    url="https://sports.lepetitmontagnard.example/cyclisme/tour-monts-orvande-4e-etape-lemarchand-echeverri",
    published="2025-06-12T19:45:00+02:00",
    time_display="Jeudi 12 juin 2025 à 19 h 45",
    author="Julien Baradat",
    section="Cyclisme",
)
BODY = [
    "Baptiste Lemarchand (Équipe Solvane) a remporté en solitaire, jeudi, la 4e étape du Tour des Monts d'Orvande, longue de 187,5 kilomètres entre Saint-Aubrac-les-Bains et la station du Col de Sérane, en 4 h 38 min 12 s, à la moyenne de 40,4 km/h.",
    "Le Français de 26 ans a lâché ses derniers compagnons d'échappée à six kilomètres de l'arrivée, dans la montée finale, longue de 11,3 km à 7,8 % de pente moyenne. Il devance de 14 secondes le Colombien Tomás Echeverri (Aurora Pro Cycling) et de 37 secondes le Belge Wout Declercq (Team Hestia).",
    "Grâce à sa deuxième place et aux six secondes de bonification, Echeverri s'empare du maillot blanc et or de leader. Il compte désormais 32 secondes d'avance sur Lemarchand et 51 secondes sur Declercq au classement général. Le leader du matin, le Néerlandais Joris van Aken, a concédé 2 min 05 s et recule à la septième place.",
    "« J'ai attendu ce jour pendant trois saisons. Quand j'ai vu le panneau des deux kilomètres, j'ai su que personne ne me reprendrait », a raconté Lemarchand, dont c'est la première victoire chez les professionnels.",
    "L'étape s'est courue sous une chaleur écrasante, avec 31 °C relevés au départ, donné à 12 h 20. Les organisateurs ont autorisé des ravitaillements supplémentaires à partir du kilomètre 60. Deux coureurs ont abandonné, ce qui porte à onze le nombre d'abandons depuis le départ de la course : il reste 131 coureurs en course sur les 142 partants.",
    "Créée en 1962, l'épreuve compte cette année six étapes pour un total de 918 kilomètres. Elle sert traditionnellement de répétition avant les grands tours de l'été, et plusieurs équipes y alignent leurs leaders.",
    "Vendredi, la 5e étape sera un contre-la-montre individuel de 24,6 km autour de Brévanne, un exercice dans lequel Echeverri, grimpeur pur, a souvent perdu du temps. Premier départ à 13 h 05, dernier départ prévu à 16 h 41. L'arrivée finale sera jugée dimanche à Orvande.",
    "« Trente-deux secondes, ce n'est pas beaucoup sur un chrono de 25 kilomètres. Je vais devoir faire la course de ma vie », a reconnu le Colombien, 24 ans, en conférence de presse.",
]
HEADLINE = "オルヴァンド山岳ツアー:ルマルシャンが初勝利、エチェベリが首位へ"
POSTED = "2025年06月13日 07:15"
CREDIT = "国立国会図書館デジタルコレクション「浪華百景」を加工して作成"
DIGEST = """
【概要】

 自転車ロードレースのステージレース「ツール・デ・モン・ドルヴァンド(Tour des Monts d'Orvande)」は12日、第4ステージ(サントーブラック・レ・バンからコル・ド・セラーヌまでの187.5キロ)が行われ、バティスト・ルマルシャン(Baptiste Lemarchand、エキップ・ソルヴァーヌ)が4時間38分12秒、平均時速40.4キロで独走勝利を収めた。

 主なハイライト

 勝負どころ:26歳のフランス人ルマルシャンは、平均勾配7.8%、長さ11.3キロの最後の上りで、ゴールまで6キロの地点で逃げ集団の最後の仲間を振り切った。

 上位の差:2位のコロンビア人トマス・エチェベリ(Tomás Echeverri、アウロラ・プロ・サイクリング)に14秒、3位のベルギー人ワウト・デクレルク(Wout Declercq、チーム・ヘスティア)に37秒の差をつけた。

 総合首位の交代:エチェベリは2位とボーナスタイム6秒で総合首位に立ち、2位ルマルシャンに32秒、3位デクレルクに51秒差をつけた。朝の時点で首位だったオランダ人ヨリス・ファンアーケン(Joris van Aken)は2分5秒を失い、総合7位に後退した。

 文脈

 伝統のレース:1962年創設で60年以上の歴史を持つ大会で、今年は全6ステージ、総距離918キロ。夏のグランツールに向けた前哨戦と位置づけられている。

 猛暑の中のレース:スタート時(現地時間午後0時20分、日本時間午後7時20分)の気温は31度に達し、主催者は60キロ地点から追加の補給を認めた。

 残り2ステージで、13日には登坂を得意とするエチェベリが苦手としてきた個人タイムトライアルが控える。

【詳細】

 プロ初勝利の新星と、総合首位に立ったクライマーが明暗の分かれるステージとなった。以下、レースの展開と今後の見どころを整理する。

 第4ステージ

 1.レース展開

 ・ルマルシャンは逃げ集団から抜け出し、残り6キロで単独となった。
 ・最後の上りは11.3キロ、平均勾配7.8%だった。
 ・タイムは4時間38分12秒で、2位に14秒差、3位に37秒差をつけた。

 2.勝者の声

 ・プロとして初の勝利で、「この日を3シーズン待っていた。残り2キロの看板を見たとき、もう誰にも追いつかれないと分かった」と語った。

 3.暑さと棄権者

 ・スタート時の気温は31度で、この日は2人が棄権した。
 ・出走142人のうち、これまでに11人が棄権し、131人が残っている。

 総合争いの行方

 1.新たな首位

 ・24歳のエチェベリはリーダージャージー(白と金)を獲得した。
 ・総合2位ルマルシャンとの差は32秒、3位デクレルクとの差は51秒。

 2.タイムトライアル

 ・13日(金)の第5ステージは、ブレヴァンヌ周辺の24.6キロの個人タイムトライアル。
 ・第1走者のスタートは現地時間午後1時5分(日本時間午後8時5分)、最終走者は午後4時41分(日本時間午後11時41分)の予定。
 ・エチェベリは「25キロのタイムトライアルで32秒は大きな差ではない。生涯最高の走りをしなければならない」と認めた。

 最終ステージは15日(日)にオルヴァンドでゴールを迎える。

【要点】

 第4ステージ

 1.レース展開

 ・ルマルシャンが187.5キロを4時間38分12秒で制す。

 2.勝者の声

 ・プロ初勝利。

 3.暑さと棄権者

 ・気温31度、残るのは142人中131人。

 総合争いの行方

 1.新たな首位

 ・エチェベリが総合首位、2位と32秒差。

 2.タイムトライアル

 ・13日に24.6キロの個人タイムトライアル。
"""
ERRORS = [
    dict(old="・タイムは4時間38分12秒で", new="・タイムは4時間28分12秒で", kind="mismatch", severity="error", span="4時間28分12秒"),
    dict(old="・24歳のエチェベリは", new="・24歳のエチェヴェリは", kind="spelling", severity="warning", span="エチェヴェリ"),
    dict(old="日本時間午後7時20分", new="日本時間午後8時20分", kind="mismatch", severity="error", span="日本時間午後8時20分"),
]
