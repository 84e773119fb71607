META = dict(lang="de", outlet="Weser Elbe Logistik Zeitung", author="Tobias Renner", section="Binnenschifffahrt",
    title="Niedrigwasser: Frachtraten ab Brakmund mehr als verdoppelt",
    url="https://www.wel-zeitung.example/binnenschifffahrt/2025-08-13/niedrigwasser-brakmund-frachtraten",
    pub="2025-08-13T20:45:00+02:00", pub_h="13. August 2025, 20:45 Uhr", topic="river low water, barge freight, port throughput")
BODY = [
 "Die anhaltende Trockenheit lässt den Pegel der Lahnwerra immer weiter sinken. Am Mittwoch um 6 Uhr morgens fiel der Wasserstand am Pegel Altenstedt auf 78 Zentimeter, den tiefsten Stand seit August 2022. Binnenschiffe können nach Angaben des Schifferverbands derzeit nur noch rund 40 Prozent ihrer Ladekapazität nutzen.",
 "Für die Verlader wird das teuer. Die Fracht für Getreide und Futtermittel vom Hafen Brakmund nach Talheim kostet inzwischen 32 Euro je Tonne, vor vier Wochen waren es noch 14 Euro. Ein Schiff mit 3.000 Tonnen Tragfähigkeit nimmt statt voller Ladung nur noch etwa 1.200 Tonnen auf.",
 "Der Hafen Brakmund, nach eigenen Angaben der drittgrößte Binnenhafen Europas, hatte schon im ersten Halbjahr weniger umgeschlagen. Der Gesamtumschlag sank um 3,2 Prozent auf 21,4 Millionen Tonnen, der Containerumschlag lag bei 1,12 Millionen TEU. Über die Kais gingen 2,6 Millionen Tonnen Getreide.",
 "„Wir verlagern, was wir können, auf die Schiene und den Lkw“, sagte Hafenchefin Sabine Kroll, 57. Der Agrarhändler Weserland Agrarhandel schickt nach eigenen Angaben täglich 60 zusätzliche Lastwagen mit Dünger zu seinen Lagern im Süden.",
 "Besserung ist vorerst nicht in Sicht. Am Dienstag kletterte das Thermometer in Brakmund auf 35 Grad. Der Wetterdienst erwartet nennenswerten Regen frühestens ab Sonntag, 17. August, und selbst dann werde der Pegel nur langsam steigen.",
 "Der Hafen will sich langfristig unabhängiger vom Wasserstand machen. Für 240 Millionen Euro soll die Fahrrinne bis 2030 auf 2,8 Meter vertieft werden. Umweltverbände haben bereits Klage angekündigt.",
 "Ökonomen warnen vor Folgen für die Industrie. Schon 2022 hatte das Niedrigwasser die Wirtschaftsleistung der Region nach Schätzungen des Instituts für Regionalwirtschaft um 0,4 Prozent gedrückt.",
]
DIGEST = """ブラクムント港:渇水で河川輸送の運賃が2倍超に2025年08月14日 07:00

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 ラーンヴェラ川で渇水が続き、13日(水曜日)午前6時(日本時間同日午後1時)にアルテンシュテット水位観測所の水位が78センチまで下がった。2022年8月以来の低さで、内陸船は積載能力の約4割しか使えなくなっている。

 主なハイライト

 運賃の高騰:ブラクムント港からタールハイムへの穀物・飼料の運賃は1トンあたり32ユーロと、4週間前の14ユーロから18ユーロ上がり、2倍を超えた。

 積載の制限:積載量3000トンの船でも、現在は約1200トンしか積めない。

 文脈

 港の取扱量:欧州で3番目に大きい内陸港を自称するブラクムント港は、1〜6月期の総取扱量が3.2%減の2140万トンだった。

 輸送手段の転換:港湾局長のザビーネ・クロル(Sabine Kroll)氏(57)は「できる限り鉄道やトラックに振り替えている」と述べた。

 気象当局はまとまった雨は早くても17日(日曜日)以降とみており、水位の回復には時間がかかる見通しである。

【詳細】

 記録的な渇水は、河川輸送に頼る農業・物流に重い負担を与えている。以下、状況を整理する。

 渇水と輸送

 1.水位

 ・12日(火曜日)にはブラクムントの気温が35度まで上がった。
 ・内陸船は積載能力の約4割しか利用できない。

 2.代替輸送

 ・農業資材商社ヴェーザーラント・アグラーハンデルは、肥料を南部の倉庫に運ぶトラックを1日60台増やしている。

 港の実績と対策

 1.上半期の実績

 ・総取扱量は2140万トン、コンテナは112万TEU、穀物は260万トンだった。

 2.航路の深掘り

 ・港は2億4000万ユーロを投じ、2030年までに航路を2.8メートルに深くする計画で、環境団体は提訴する構えを見せている。

 2022年には渇水が地域の経済生産を0.4%押し下げたとの試算もあり、経済への影響が懸念されている。

【要点】

 渇水と輸送

 1.水位

 ・水位78センチ、船は積載能力の約4割のみ。

 2.代替輸送

 ・鉄道やトラックへの振り替えが進む。

 港の実績と対策

 1.上半期の実績

 ・1〜6月期の取扱量は3.2%減の2140万トン。

 2.航路の深掘り

 ・2億4000万ユーロで2030年までに航路を深掘り。

{CITATION}"""
TRAPS = ["日本時間同日午後1時 = 6 Uhr CEST Wed 13", "13日(水曜日)", "12日(火曜日) = am Dienstag", "17日(日曜日)", "18ユーロ = 32-14", "2倍を超えた",
         "約4割 = 40 %", "1〜6月期 / 上半期 = erstes Halbjahr", "欧州で3番目", "2億4000万ユーロ = 240 Mio", "氏(57)", "1日60台"]
ERRS = [
 ("・総取扱量は2140万トン、コンテナは112万TEU、穀物は260万トンだった。", "・総取扱量は2140万トン、コンテナは1120万TEU、穀物は260万トンだった。", "1120万TEU", "mismatch", "error", "wrong scale (1.12 Mio. TEU → 1120万)"),
 ("2022年8月以来の低さで", "2021年8月以来の低さで", "2021年8月", "mismatch", "error", "year changed"),
]
