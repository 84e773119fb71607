SLUG = "heatwave-power"
LANG = "de"
META = dict(
    site="Westfälischer Kurier am Abend",
    title="Hitzewelle treibt Stromverbrauch auf Sommerrekord",
    url="https://www.westfaelischer-kurier.example/wirtschaft/energie/hitzewelle-stromverbrauch-sommerrekord-id48812907.html",
    published="2025-07-02T21:30:00+02:00",
    time_display="Mittwoch, 02.07.2025, 21:30 Uhr",
    author="Henrike Brandes",
    section="Wirtschaft",
)
BODY = [
    "Die Hitzewelle hat den Stromverbrauch in Deutschland am Mittwoch auf einen Höchstwert für die Sommermonate getrieben. Nach Angaben des Übertragungsnetzbetreibers Netzbetrieb Mitte AG lag die Last um 13.15 Uhr bei 71,4 Gigawatt – rund 9 Prozent mehr als an einem durchschnittlichen Julitag. Der bisherige Sommerrekord von 69,8 Gigawatt stammte aus dem August 2019.",
    "Die höchste Temperatur des Tages meldete der Wetterdienst aus Lindenau an der Elde: 38,6 Grad. Für Donnerstag werden bis zu 39 Grad erwartet, erst ab Samstag soll es mit Gewittern deutlich abkühlen.",
    "Die Solaranlagen lieferten zur Mittagszeit mit 48,2 Gigawatt so viel Strom wie nie zuvor und deckten damit gut zwei Drittel des Bedarfs. Am Abend, wenn die Sonne schwächer wird und die Klimaanlagen weiterlaufen, stiegen die Preise jedoch stark: Im Großhandel kostete eine Megawattstunde für die Stunde ab 20 Uhr 412 Euro, nach 38 Euro am Mittag.",
    "Zwei Steinkohlekraftwerke bei Hallstedt mussten ihre Leistung drosseln, weil das Flusswasser für die Kühlung zu warm war. Der Pegel bei Hallstedt fiel auf 78 Zentimeter, was auch die Versorgung der Kraftwerke mit Kohle per Schiff erschwert.",
    "Der Netzbetreiber betonte, die Versorgung sei zu keinem Zeitpunkt gefährdet gewesen. Allerdings steigen die Kosten für Eingriffe ins Netz: Für sogenannte Redispatch-Maßnahmen, bei denen Kraftwerke auf Anweisung hoch- oder heruntergefahren werden, gab das Unternehmen im ersten Halbjahr 1,3 Milliarden Euro aus, 23 Prozent mehr als im Vorjahreszeitraum.",
    "„Die Hitze zeigt, wie wichtig Speicher und flexible Verbraucher werden“, sagte Vorstandschefin Katrin Wollenberg. Bis 2030 will das Unternehmen 6,5 Milliarden Euro in neue Leitungen und Batteriespeicher investieren; die ersten beiden Großspeicher mit zusammen 500 Megawatt sollen im kommenden Frühjahr in Betrieb gehen.",
    "Auch die Verbraucher spüren die Hitze. Der Anteil der Haushalte mit Klimaanlage ist nach Zahlen des Branchenverbands Kälte-Klima-Technik auf 19 Prozent gestiegen, nach 11 Prozent vor fünf Jahren. Die Landesregierung rief ältere Menschen dazu auf, in den Mittagsstunden zu Hause zu bleiben, und öffnete in 14 Städten öffentliche Kühlräume.",
    "Die Wasserversorger in mehreren Landkreisen baten darum, auf das Bewässern von Gärten und das Befüllen privater Pools zu verzichten. In zwei Gemeinden im Kreis Lindenau wurde die Entnahme von Wasser aus Bächen bis auf Weiteres verboten.",
]
HEADLINE = "ドイツ:猛暑で電力需要が夏の過去最高に"
POSTED = "2025年07月03日 08:50"
CREDIT = "国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成"
DIGEST = """
【概要】

 熱波に見舞われたドイツで2日(水)、電力需要が夏季としての過去最高を記録した。送電事業者ネッツベトリープ・ミッテ(Netzbetrieb Mitte AG)によると、需要は午後1時15分(日本時間午後8時15分)に71.4ギガワットに達し、7月の平均的な1日を約9%上回った。

 主なハイライト

 記録更新:これまでの夏の最高は2019年8月の69.8ギガワットで、今回はこれを1.6ギガワット上回った。

 太陽光も最高:正午ごろの太陽光発電の出力は過去最高の48.2ギガワットとなり、需要の約3分の2をまかなった。

 夕方の価格高騰:日が傾いても冷房が使われ続ける夕方には価格が急騰し、卸売市場では午後8時からの1時間の価格が1メガワット時あたり412ユーロ(1キロワット時あたり約41セント)と、正午の38ユーロの10倍を超えた。

 文脈

 冷却水の問題:ハルシュテット(Hallstedt)近郊の石炭火力発電所2基が、冷却に使う川の水温が高すぎるため出力を絞った。ハルシュテットの水位は78センチまで下がり、船による石炭の輸送も難しくなっている。

 かさむ系統対策費:同社が発電所に出力の増減を指示する「再給電(リディスパッチ)」に充てた費用は、1〜6月で13億ユーロと前年同期比23%増えた。

 3日(木)は最高39度が予想され、5日(土)以降は雷雨とともに気温が大きく下がる見通し。

【詳細】

 猛暑で冷房需要が膨らむなか、太陽光発電が昼間の需要を支える一方、夕方の電力価格は跳ね上がった。以下、電力需給と暑さへの対応をまとめる。

 電力需給の状況

 1.需要のピーク

 ・2日の需要は午後1時15分に71.4ギガワットとなり、2019年8月の69.8ギガワットを上回った。
 ・同社は、供給が危ぶまれる場面は一度もなかったと強調した。

 2.太陽光と価格

 ・太陽光の出力は昼に48.2ギガワットと過去最高を記録した。
 ・卸売価格は夜8時からの1時間で1メガワット時412ユーロに上昇した。

 3.系統の費用と投資

 ・再給電の費用は1〜6月に13億ユーロにのぼった。
 ・カトリン・ヴォレンベルク(Katrin Wollenberg)社長は「猛暑は、蓄電と需要の柔軟性がいかに重要になるかを示している」と述べた。
 ・同社は2030年までに送電線と蓄電池に65億ユーロを投じる計画で、合わせて500メガワットの大型蓄電設備2基が来春稼働する。

 暑さへの対応

 1.気温

 ・最高気温はリンデナウ・アン・デア・エルデの38.6度だった。

 2.家庭と自治体

 ・業界団体によると、エアコンのある世帯の割合は5年前の11%から19%へ8ポイント上昇した。
 ・州政府は高齢者に日中の外出を控えるよう呼びかけ、14都市で公共のクーリングルームを開設した。
 ・複数の郡の水道事業者は、庭への散水や個人用プールへの給水を控えるよう求めている。

 再生可能エネルギーが昼の需要を支えた一方、夕方の需給のひっ迫と系統対策費の膨張が課題として浮かび上がった。

【要点】

 電力需給の状況

 1.需要のピーク

 ・日本時間2日午後8時15分に71.4ギガワット、夏の過去最高。

 2.太陽光と価格

 ・太陽光は48.2ギガワットで需要の約3分の2、夕方の価格は412ユーロに。

 3.系統の費用と投資

 ・再給電費用は1〜6月で13億ユーロ、2030年までに65億ユーロを投資。

 暑さへの対応

 1.気温

 ・最高38.6度、5日から気温低下の見通し。

 2.家庭と自治体

 ・エアコン保有世帯は19%に上昇。
"""
ERRORS = [
    dict(old="1〜6月で13億ユーロ", new="1〜6月で1億3000万ユーロ", kind="mismatch", severity="error", span="1億3000万ユーロ"),
    dict(old="5日(土)以降", new="6日(土)以降", kind="mismatch", severity="error", span="6日(土)"),
    dict(old="最高気温はリンデナウ・アン・デア・エルデの38.6度だった。", new="ドイツ気象局(DWD)によると、最高気温はリンデナウ・アン・デア・エルデの38.6度だった。", kind="name", severity="warning", span="DWD"),
]
