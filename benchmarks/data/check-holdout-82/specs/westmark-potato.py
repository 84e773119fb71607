META = dict(lang="de", outlet="Nordland Agrar Kurier", author="Jens Hollmann", section="Ackerbau",
    title="Kartoffelernte in Westmarken: Rekordmenge drückt die Erzeugerpreise",
    url="https://www.nordland-agrar-kurier.example/ackerbau/2025-09-23/kartoffelernte-westmarken-preise",
    pub="2025-09-23T06:30:00+02:00", pub_h="23.09.2025, 06:30 Uhr", topic="potato harvest and producer prices")
BODY = [
 "Die Kartoffelbauern in Westmarken rechnen in diesem Jahr mit einer Rekordernte von 11,3 Millionen Tonnen. Das sind 1,4 Millionen Tonnen mehr als im Vorjahr, teilte der Landesbauernverband am Montag in Grevenau mit.",
 "Angebaut wurden Kartoffeln auf 265.000 Hektar, ein Plus von 4 Prozent. Der durchschnittliche Ertrag lag bei 427 Dezitonnen je Hektar. Verbandspräsident Hinrich Brammer, 61, sprach von einem „Jahr der Extreme“.",
 "Denn die Saison begann schwierig: In der Nacht zum 3. Mai, einem Samstag, sanken die Temperaturen im Osten des Landes auf minus 4 Grad Celsius. Auf rund 18.000 Hektar mussten die Bauern nachpflanzen. Danach sorgten ein feuchter Juni und ein milder August für kräftiges Wachstum.",
 "Für die Erzeuger ist die große Menge allerdings eine zweischneidige Sache. Der Preis für freie Ware ist auf 14 Euro je 100 Kilogramm gefallen, nach 21 Euro vor einem Jahr. „Bei diesen Preisen decken viele Betriebe nicht einmal ihre Kosten“, sagte Brammer.",
 "Die Verarbeiter dagegen profitieren. Die Pommes-frites-Hersteller des Landes, die rund 38 Prozent der Ernte abnehmen, wollen ihre Produktion im Wirtschaftsjahr 2025/26, das am 1. Juli begonnen hat, um 9 Prozent steigern. Die Exporte von Kartoffelprodukten erreichten im vergangenen Jahr einen Wert von 2,1 Milliarden Euro.",
 "Der Anteil der Vertragsware an der Ernte stieg nach Verbandsangaben von 55 auf 61 Prozent. Wer keinen Vertrag habe, müsse nun lagern und auf bessere Preise im Frühjahr hoffen, sagte Brammer.",
 "Die Genossenschaft Grevenauer Knolle, 1952 gegründet, investiert 35 Millionen Euro in ein neues Kühllager für 80.000 Tonnen. Es soll im Herbst 2026 in Betrieb gehen.",
]
DIGEST = """ヴェストマルケン:ジャガイモ豊作で生産者価格が下落2025年09月23日 16:00

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 ヴェストマルケン州の農業者連盟は22日、今年のジャガイモの収穫量が過去最高の1130万トンに達する見通しだと発表した。前年を140万トン上回るが、豊作で生産者価格は大きく下がっている。

 主なハイライト

 価格の下落:契約外の自由取引の価格は100キロあたり14ユーロと、1年前の21ユーロから約3分の1下がった。

 作付けと収量:作付面積は4%増の26万5000ヘクタールで、平均収量は1ヘクタールあたり427デシトン(42.7トン)だった。

 文脈

 遅霜:5月3日(土曜日)にかけての夜、州東部で気温がマイナス4度まで下がり、約1万8000ヘクタールで植え直しを余儀なくされた。

 契約栽培の拡大:収穫のうち契約分の割合は55%から61%へ6ポイント上昇した。

 加工業者は豊作の恩恵を受ける一方、契約を持たない農家は貯蔵して春の値上がりを待つしかない状況である。

【詳細】

 記録的な収穫は、遅霜に見舞われた不安定な春の後に訪れた。以下、連盟の発表を整理する。

 収穫と天候

 1.収穫量

 ・収穫見通しは1130万トンで、前年より140万トン多い。
 ・連盟会長のヒンリッヒ・ブラマー(Hinrich Brammer)氏(61)は「極端な一年」と振り返った。

 2.天候

 ・5月の遅霜の後、湿った6月と温暖な8月が生育を後押しした。

 価格と加工

 1.生産者価格

 ・ブラマー氏は「この価格では多くの農家が費用さえ賄えない」と述べた。

 2.加工と輸出

 ・収穫の約38%を買い取るフライドポテトメーカーは、7月1日に始まった2025/26年度に生産を9%増やす計画である。
 ・ジャガイモ製品の輸出額は昨年21億ユーロに達した。

 3.貯蔵施設

 ・1952年設立の協同組合グレーフェナウアー・クノレは、3500万ユーロを投じて8万トン規模の冷蔵倉庫を建設し、2026年秋の稼働を目指す。

 豊作が価格を押し下げるなか、生産者と加工業者の明暗が分かれている。

【要点】

 収穫と天候

 1.収穫量

 ・収穫見通しは過去最高の1130万トン。

 2.天候

 ・5月の遅霜で約1万8000ヘクタールを植え直し。

 価格と加工

 1.生産者価格

 ・自由取引の価格は100キロあたり14ユーロに下落。

 2.加工と輸出

 ・加工業者は生産を9%拡大、輸出額は21億ユーロ。

 3.貯蔵施設

 ・協同組合が3500万ユーロで8万トンの冷蔵倉庫を建設。

{CITATION}"""
TRAPS = ["22日 = am Montag (published Tue 23)", "約3分の1 = 21→14", "42.7トン = 427 dt/ha", "5月3日(土曜日)", "6ポイント = 55→61",
         "21億ユーロ = 2,1 Mrd", "3500万ユーロ = 35 Mio", "2025/26年度 from 1 July", "氏(61)"]
ERRS = [
 ("輸出額は昨年21億ユーロに達した", "輸出額は昨年2億1000万ユーロに達した", "2億1000万ユーロ", "mismatch", "error", "wrong scale (Mrd read as 100 Mio)"),
 ("約1万8000ヘクタールで植え直し", "約1万8000エーカーで植え直し", "1万8000エーカー", "mismatch", "error", "unit slip (ha → acres)"),
 ("・収穫見通しは1130万トンで、前年より140万トン多い。", "・収穫見通しは1130万トンで、前年より140万トン多い。2年連続の増産となる。", "2年連続", "unsupported", "warning", "invented specific (streak the source never mentions)"),
]
