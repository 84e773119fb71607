CASES = []

CASES.append(dict(
slug="ezb-zinssenkung-september", lang="de", outlet="Der Finanzbote Rhein-Main", author="Miriam Albrecht", section="Geldpolitik",
url="https://www.finanzbote-rheinmain.example/geldpolitik/zentralbank-senkt-einlagensatz-auf-3-50-prozent",
title="Europäische Zentralbank senkt Leitzins erneut – Einlagensatz nun bei 3,50 Prozent",
published="2024-09-12T16:45:00+02:00", time_display="Donnerstag, 12.09.2024, 16:45 Uhr",
paras=[
"FRANKFURT — Die Europäische Zentralbank hat am Donnerstag zum zweiten Mal in diesem Jahr die Zinsen gesenkt. Der Einlagensatz, zu dem Banken überschüssiges Geld bei der Notenbank parken, sinkt um 0,25 Prozentpunkte auf 3,50 Prozent. Die Entscheidung wurde um 14.15 Uhr veröffentlicht.",
"Zugleich verringerte der Rat den Abstand zwischen Einlagensatz und Hauptrefinanzierungssatz. Der Hauptrefinanzierungssatz fällt deshalb um 0,60 Prozentpunkte auf 3,65 Prozent. Die neuen Sätze gelten ab Mittwoch, dem 18. September.",
"Die erste Senkung hatte die Notenbank im Juni vorgenommen, drei Monate zuvor. Im August lag die Inflationsrate im Euroraum bei 2,2 Prozent, nach 2,6 Prozent im Juli – der niedrigste Wert seit drei Jahren.",
"Die Volkswirte der Zentralbank erwarten für dieses Jahr eine durchschnittliche Teuerung von 2,5 Prozent, für 2025 von 2,2 Prozent und für 2026 von 1,9 Prozent. Das Wachstum im Euroraum dürfte 2024 nur 0,8 Prozent erreichen, im Juni war man noch von 0,9 Prozent ausgegangen.",
"Auf der Pressekonferenz um 14.45 Uhr sagte die Präsidentin der Notenbank, der Rat lege sich „nicht im Voraus auf einen bestimmten Zinspfad fest“. Die Entscheidung sei einstimmig gefallen.",
"Für Sparer und Kreditnehmer hat der Schritt unterschiedliche Folgen. Nach Berechnungen des Vergleichsportals Zinsblick sinkt die Monatsrate für einen variablen Immobilienkredit über 300.000 Euro um rund 60 Euro. In Deutschland haben nach Angaben des Portals rund 3,2 Millionen Haushalte einen Kredit mit variablem Zins.",
"„Die Richtung ist klar, das Tempo nicht“, sagte Dr. Miriam Kessler, Chefvolkswirtin der Hanseatischen Landesbank. Sie rechnet mit einer weiteren Senkung im Dezember, hält einen Schritt schon im Oktober aber für unwahrscheinlich.",
"Die Bilanzsumme des Eurosystems ist seit ihrem Höchststand im Jahr 2022 deutlich geschrumpft und lag zuletzt bei 6,4 Billionen Euro. Der Euro legte nach der Entscheidung leicht auf 1,1040 Dollar zu.",
"Die nächste geldpolitische Sitzung findet am 17. Oktober in Slowenien statt, wo der Rat traditionell einmal im Jahr außerhalb Frankfurts tagt.",
],
digest="""欧州中銀:3カ月ぶり2度目の利下げ、預金金利3.50%に2024年09月13日 08:05

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 欧州中央銀行(ECB)は12日(木)、今年2度目となる利下げを決めた。銀行が余剰資金を預ける際の預金金利を0.25ポイント引き下げて3.50%とした。決定は現地時間午後2時15分、日本時間同日午後9時15分に公表された。

 主なハイライト

 主要金利の幅を縮小:理事会は預金金利と主要リファイナンス金利の差を縮め、主要リファイナンス金利は0.6ポイント下がって3.65%となった。新しい金利は18日(水)から適用される。

 インフレの鈍化:ユーロ圏の8月のインフレ率は2.2%で、7月の2.6%から0.4ポイント下がり、3年ぶりの低水準となった。

 文脈

 見通しの修正:ECBのエコノミストは今年のインフレ率を平均2.5%、2025年を2.2%、2026年を1.9%と予想した。2024年の成長率は0.8%とし、6月時点の0.9%から引き下げた。

 家計への影響:比較サイト「ツィンスブリック」(Zinsblick)の試算では、30万ユーロの変動金利型住宅ローンの月々の返済額は約60ユーロ減る。ドイツでは約320万世帯が変動金利で借りている。

 次回の金融政策会合は10月17日に、年1回のフランクフルト以外での開催としてスロベニアで開かれる。

【詳細】

 ECBは6月に続いて利下げに踏み切ったが、今後の道筋については明言を避けた。以下、決定の内容と市場の受け止めを整理する。

 金融政策の決定

 1.金利の引き下げ

 ・預金金利は0.25ポイント下げて3.50%。
 ・主要リファイナンス金利は0.6ポイント下げて3.65%。
 ・新金利は9月18日から適用。

 2.総裁の発言

 ・現地時間午後2時45分(日本時間午後9時45分)からの記者会見で、総裁は理事会が「特定の金利の道筋をあらかじめ約束することはない」と述べた。
 ・決定は全会一致だった。

 経済見通しと市場

 1.物価と成長

 ・インフレ率は8月に2.2%まで下がった。
 ・成長率見通しは2024年0.8%に下方修正された。

 2.専門家の見方

 ・ハンザ州立銀行(Hanseatische Landesbank)のミリアム・ケスラー(Miriam Kessler)チーフエコノミストは「方向ははっきりしているが、ペースはわからない」と語り、12月の追加利下げを予想する一方、10月の利下げは考えにくいとした。

 3.市場の反応

 ・ユーロは決定後、1ユーロ=1.1040ドルへわずかに上昇した。
 ・ユーロシステムのバランスシートは2022年のピークから大きく縮小し、直近で6兆4000億ユーロとなっている。

 ECBは利下げを続ける姿勢を示しつつも、データ次第で判断する慎重さを崩していない。

【要点】

 金融政策の決定

 1.金利の引き下げ

 ・預金金利を0.25ポイント下げ3.50%、6月に続き今年2度目。
 ・主要リファイナンス金利は3.65%に。

 2.総裁の発言

 ・「特定の金利の道筋を約束しない」、決定は全会一致。

 経済見通しと市場

 1.物価と成長

 ・8月のインフレ率2.2%、2025年の予想は2.2%。

 2.専門家の見方

 ・12月の追加利下げを予想。

 3.市場の反応

 ・ユーロは1.1040ドルに小幅上昇。

【引用・参照・底本】

Europäische Zentralbank senkt Leitzins erneut – Einlagensatz nun bei 3,50 Prozent Der Finanzbote Rhein-Main 2024.09.12

https://www.finanzbote-rheinmain.example/geldpolitik/zentralbank-senkt-einlagensatz-auf-3-50-prozent
""",
errs=[
("日本時間同日午後9時15分", "日本時間同日午後10時15分", "mismatch", "error", "午後10時15分"),
("0.6ポイント下がって3.65%となった", "0.6ポイント下がって3.56%となった", "mismatch", "error", "3.56%"),
("・8月のインフレ率2.2%、2025年の予想は2.2%。", "・8月のインフレ率2.2%、2025年の予想は2.5%。", "mismatch", "error", "2025年の予想は2.5%"),
]))

CASES.append(dict(
slug="inzell-eisschnelllauf", lang="de", outlet="Sportkurier Oberbayern", author="Florian Hechenberger", section="Wintersport",
url="https://www.sportkurier-oberbayern.example/wintersport/eisschnelllauf-weltcup-inzell-brandauer-siegt",
title="Weltcup in Inzell: Brandauer siegt über 3000 Meter, Aalto mit Bahnrekord",
published="2025-01-26T19:30:00+01:00", time_display="26.01.2025, 19:30 Uhr",
paras=[
"INZELL — Lena Brandauer hat beim Eisschnelllauf-Weltcup in der Max Aicher Arena den ersten Heimsieg ihrer Karriere gefeiert. Die 24-Jährige gewann am Sonntag die 3000 Meter in 3:58,41 Minuten und war damit 0,66 Sekunden schneller als die Niederländerin Ilse Verhoeven (3:59,07).",
"Dritte wurde die Norwegerin Marte Solberg in 4:00,12 Minuten. Für Brandauer war es der erste Weltcupsieg seit März 2023, als sie in Tomaszów Mazowiecki über 5000 Meter gewonnen hatte.",
"„Ich wusste nach der zweiten Runde, dass heute etwas geht. Vor diesem Publikum zu gewinnen, ist unbeschreiblich“, sagte Brandauer. Nach Angaben der Veranstalter verfolgten am Wochenende insgesamt 8.600 Zuschauer die Rennen, davon 4.300 am Sonntag.",
"Die Ergebnisse im Überblick:",
"<ul><li>Damen, 3000 m: 1. Lena Brandauer (GER) 3:58,41; 2. Ilse Verhoeven (NED) 3:59,07; 3. Marte Solberg (NOR) 4:00,12</li><li>Herren, 500 m (Samstag): 1. Jonas Aalto (FIN) 34,52; 2. Kim Do-hyun (KOR) 34,58; 3. Tobias Gruber (GER) 34,71</li><li>Herren, 10.000 m (Samstag): 1. Pieter de Wolde (NED) 12:48,07; 2. Sander Eitrem (NOR) 12:51,30</li></ul>",
"Bereits am Samstag hatte der Finne Jonas Aalto über 500 Meter für die schnellste Zeit des Wochenendes gesorgt. Mit 34,52 Sekunden unterbot er den Bahnrekord von 34,61 Sekunden, den der Kanadier Ethan Boyd seit 2019 hielt. Aalto ist erst 20 Jahre alt.",
"Über 10.000 Meter setzte sich Pieter de Wolde in 12:48,07 Minuten durch. Der Niederländer lag am Ende 3,23 Sekunden vor dem Norweger Sander Eitrem.",
"Bundestrainer Markus Lindner zog eine positive Bilanz: Zwei Podestplätze in zwei Tagen habe es für das deutsche Team in Inzell zuletzt vor fünf Jahren gegeben. Die Eisbedingungen seien bei einer Hallentemperatur von 14 Grad „nahezu perfekt“ gewesen.",
"Der nächste Weltcup folgt in zwei Wochen in Calgary. Die Einzelstrecken-Weltmeisterschaften finden vom 13. bis 16. März im norwegischen Hamar statt, wo Brandauer über 3000 und 5000 Meter starten will.",
],
digest="""スピードスケート:ブランダウアーが地元インツェルで初優勝2025年01月27日 06:50

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 ドイツ・インツェルで開かれたスピードスケートのワールドカップ(W杯)で、地元ドイツのレナ・ブランダウアー(Lena Brandauer)が26日(日)の女子3000メートルを3分58秒41で制し、キャリア初の地元での優勝を飾った。2位のオランダのイルセ・フェルホーフェン(Ilse Verhoeven、3分59秒07)に0秒66差をつけた。

 主なハイライト

 約2年ぶりの勝利:24歳のブランダウアーにとって、2023年3月にトマシュフ・マゾビエツキの5000メートルで勝って以来のW杯優勝となった。3位はノルウェーのマルテ・ソルベルグ(Marte Solberg)で4分0秒12。

 20歳がリンク記録:前日25日(土)の男子500メートルでは、フィンランドのヨナス・アールト(Jonas Aalto)が34秒52で優勝し、2019年からカナダのイーサン・ボイド(Ethan Boyd)が持っていた34秒61のリンク記録を0秒09更新した。

 文脈

 ドイツ勢の好成績:男子500メートルではトビアス・グルーバー(Tobias Gruber)が34秒71で3位に入り、ドイツは2日間で2つの表彰台を得た。リンドナー監督によると、インツェルでは5年ぶりのことだ。

 観客:主催者によると、2日間の観客は計8600人で、うち4300人、ちょうど半数が日曜日に訪れた。

 次戦は2週間後のカナダ・カルガリー大会。3月13〜16日にはノルウェーのハーマルで種目別世界選手権が開かれる。

【詳細】

 地元の大声援を受けたブランダウアーの初優勝に加え、若手のリンク記録など見どころの多い大会となった。以下、主な結果と選手・監督の声をまとめる。

 主な結果

 1.女子3000メートル

 ・1位 ブランダウアー(ドイツ)3分58秒41
 ・2位 フェルホーフェン(オランダ)3分59秒07
 ・3位 ソルベルグ(ノルウェー)4分0秒12、優勝タイムとの差は1秒71。

 2.男子500メートル(25日)

 ・1位 アールト(フィンランド)34秒52、2位 キム・ドヒョン(Kim Do-hyun、韓国)34秒58、3位 グルーバー(ドイツ)34秒71。

 3.男子1万メートル(25日)

 ・オランダのピーテル・デ・ウォルデ(Pieter de Wolde)が12分48秒07で優勝し、ノルウェーのサンデル・エイトレム(Sander Eitrem、12分51秒30)に3秒23差をつけた。

 選手と監督の声

 1.ブランダウアー

 ・「2周目を終えた時点で、今日はいけると思った。この観客の前で勝てたことは言葉にできない」と喜んだ。
 ・ハーマルの世界選手権では3000メートルと5000メートルに出場する予定。

 2.リンドナー監督

 ・マルクス・リンドナー(Markus Lindner)ドイツ代表監督は、室温14度の氷の状態は「ほぼ完璧だった」と評価した。

 一方、20歳のアールトの記録更新は、3月の世界選手権に向けて短距離勢の勢力図が変わりつつあることを示している。

【要点】

 主な結果

 1.女子3000メートル

 ・ブランダウアーが3分58秒41で優勝、2位と0秒66差。

 2.男子500メートル(25日)

 ・アールトが34秒52のリンク記録で優勝。

 3.男子1万メートル(25日)

 ・デ・ウォルデが12分48秒07で優勝。

 選手と監督の声

 1.ブランダウアー

 ・地元での初優勝に「言葉にできない」。

 2.リンドナー監督

 ・2日間で表彰台2つ、インツェルでは5年ぶり。

【引用・参照・底本】

Weltcup in Inzell: Brandauer siegt über 3000 Meter, Aalto mit Bahnrekord Sportkurier Oberbayern 2025.01.26

https://www.sportkurier-oberbayern.example/wintersport/eisschnelllauf-weltcup-inzell-brandauer-siegt
""",
errs=[
("女子3000メートルを3分58秒41で制し", "女子3000メートルを3分58秒14で制し", "mismatch", "error", "3分58秒14"),
("12分51秒30)に3秒23差", "12分51秒30)に3秒32差", "mismatch", "error", "3秒32差"),
("・地元での初優勝に「言葉にできない」。", "・ブランダウワーは地元での初優勝に「言葉にできない」。", "spelling", "warning", "ブランダウワー"),
]))
