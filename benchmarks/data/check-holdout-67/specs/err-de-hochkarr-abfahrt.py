CASE = dict(
    lang="de", outlet="Alpenländische Rundschau", author="Verena Pichlmayr", section="Wintersport",
    title="Brandstätter gewinnt Weltcup-Abfahrt am Hochkarr mit 27 Hundertstel Vorsprung",
    url="https://www.alpen-rundschau.example/sport/wintersport/abfahrt-hochkarr-brandstaetter-sieg-2026",
    published="2026-11-28T15:10:00+01:00", shown_time="28.11.2026, 15:10 Uhr",
    body=[
        "Lukas Brandstätter hat am Samstag die erste Weltcup-Abfahrt des Winters am Hochkarr gewonnen. Der 26-Jährige raste in 1:52,34 Minuten über die 3,2 Kilometer lange Strecke und lag damit 0,27 Sekunden vor dem Titelverteidiger Jonas Aigner. Dritter wurde der Norweger Espen Lunde mit 0,61 Sekunden Rückstand.",
        "Das Rennen war um 11.30 Uhr gestartet worden, eine halbe Stunde später als geplant, weil Neuschnee im oberen Abschnitt geräumt werden musste. Bei minus sieben Grad und klarem Himmel herrschten danach ideale Bedingungen.",
        "Für Brandstätter ist es der dritte Weltcupsieg seiner Karriere und der erste in einer Abfahrt. Im vergangenen Januar hatte er sich bei einem Sturz in Kitzmoos das Kreuzband gerissen und fast zehn Monate pausieren müssen.",
        "„Ich habe im Ziel zuerst gar nicht geglaubt, dass die Zeit reicht\", sagte Brandstätter. „Nach der Verletzung ist das eine riesige Erleichterung.\"",
        "Die Strecke überwindet 870 Höhenmeter, im Steilhang erreichten die Fahrer Geschwindigkeiten von bis zu 128 km/h. 21.500 Zuschauer verfolgten das Rennen im Zielstadion, so viele wie noch nie bei einem Rennen am Hochkarr.",
        "Der Sieger erhält ein Preisgeld von 55.000 Schweizer Franken. Die Organisatoren beziffern das Budget der zweitägigen Veranstaltung auf 4,8 Millionen Euro, davon tragen Land und Gemeinde 1,2 Millionen Euro.",
        "Im Gesamtweltcup übernimmt Brandstätter mit 180 Punkten die Führung vor Aigner (160). Am Sonntag steht am Hochkarr ein Super-G auf dem Programm, Start ist um 10.45 Uhr.",
        'Aigner zeigte sich trotz der knappen Niederlage zufrieden. „Lukas ist heute einfach perfekt gefahren, da kann man nur gratulieren", sagte der Titelverteidiger im Zielraum.',
    ],
    findings=[("mismatch", "error", "0秒72"), ("mismatch", "error", "29日(土)"), ("spelling", "warning", "ブランシュテッター")],
    digest="""
ブラントシュテッター:けが明けの滑降で今季初戦を制す2026年11月29日 08:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 アルペンスキーのワールドカップ(W杯)は29日(土)、ホッホカールで今季最初の男子滑降を行い、26歳のルーカス・ブラントシュテッター(Lukas Brandstätter)が1分52秒34で優勝した。2位の前回覇者ヨナス・アイグナー(Jonas Aigner)に0秒72差をつけた。

 主なハイライト

 けがからの復活:ブラントシュテッターは今年1月に前十字じん帯を断裂し、10カ月近く戦列を離れていた。

 滑降で初優勝:W杯通算3勝目で、滑降では初めての勝利となった。

 文脈

 遅れたスタート:上部の新雪を除去するため、スタートは予定より30分遅い午前11時30分(日本時間午後7時30分)となった。

 過去最多の観客:ゴールエリアには2万1500人が詰めかけ、ホッホカールのレースとして過去最多を記録した。

 総合首位に:ブラントシュテッターは180点で総合ランキングの首位に立ち、アイグナーに20点差をつけた。

【詳細】

 ホッホカールの滑降は、けがから復帰したブランシュテッターの復活劇となった。以下、レースの内容と大会の概要をまとめる。

 レースの結果

 1.上位3人

 ・優勝ブラントシュテッター(1分52秒34)、2位アイグナー、3位はノルウェーのエスペン・ルンデ(Espen Lunde)で、0秒61差だった。

 2.勝者の声

 ・「ゴールしたとき、このタイムで足りるとは思わなかった。けがの後だけに本当にほっとした」と語った。

 コースと大会

 1.コースの特徴

 ・全長3.2キロ、標高差870メートルで、急斜面では最高時速128キロに達した。
 ・当日は気温マイナス7度の快晴で、理想的な条件となった。

 2.賞金と予算

 ・優勝賞金は5万5000スイスフラン。
 ・2日間の大会予算は480万ユーロで、うち120万ユーロを州と自治体が負担する。

 29日(日)には同じホッホカールでスーパー大回転が行われ、スタートは午前10時45分の予定だ。

【要点】

 レースの結果

 1.上位3人

 ・ブラントシュテッターが1分52秒34で優勝、ルンデが3位。

 2.勝者の声

 ・復帰戦での勝利に「本当にほっとした」。

 コースと大会

 1.コースの特徴

 ・全長3.2キロ、標高差870メートル、最高時速128キロ。

 2.賞金と予算

 ・大会予算480万ユーロ、観客は過去最多の2万1500人。

【引用・参照・底本】

Brandstätter gewinnt Weltcup-Abfahrt am Hochkarr mit 27 Hundertstel Vorsprung Alpenländische Rundschau 2026.11.28

https://www.alpen-rundschau.example/sport/wintersport/abfahrt-hochkarr-brandstaetter-sieg-2026
""")
