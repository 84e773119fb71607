SPEC = {
 "clean_name": "clean-brennwald-q2", "err_name": "err-brennwald-q2",
 "lang": "de", "outlet": "Die Börsenwarte", "section": "Unternehmen",
 "author": "Jens Halvorsen",
 "title": "Brennwald senkt Prognose und streicht 1.850 Stellen",
 "url": "https://www.boersenwarte.example/unternehmen/brennwald-antriebstechnik-quartalszahlen-stellenabbau",
 "published": "2025-08-06T07:15:00+02:00", "dateline": "06.08.2025, 07:15 Uhr",
 "body": [
  "Der Autozulieferer Brennwald Antriebstechnik hat im zweiten Quartal deutlich weniger verdient und seine Jahresprognose gesenkt. Wie das Unternehmen am Mittwochmorgen in Kaltenbrunn mitteilte, sank der Umsatz zwischen April und Juni um 4,1 Prozent auf 2,84 Milliarden Euro.",
  "Das operative Ergebnis (Ebit) fiel auf 186 Millionen Euro, nach 231 Millionen Euro im Vorjahreszeitraum. Die Ebit-Marge verringerte sich damit von 7,8 auf 6,5 Prozent, ein Rückgang um 1,3 Prozentpunkte. Unter dem Strich blieb ein Überschuss von 94 Millionen Euro.",
  "Für das Gesamtjahr erwartet Brennwald nur noch einen Umsatz von 11,2 bis 11,6 Milliarden Euro. Bisher hatte der Vorstand 12,0 bis 12,4 Milliarden Euro in Aussicht gestellt. Als Gründe nannte das Unternehmen die schwache Nachfrage nach Elektroautos in Europa und höhere Zölle in Nordamerika.",
  "Zugleich kündigte Brennwald den Abbau von 1.850 Stellen bis Ende 2027 an. Weltweit beschäftigt der Konzern rund 31.000 Menschen. Betroffen seien vor allem die Verwaltung und zwei Werke in Sachsen, sagte Vorstandschefin Katharina Vollrath, 52. \"Wir müssen unsere Kosten an die neue Realität anpassen\", sagte sie in einer Telefonkonferenz.",
  "An der Börse kamen die Zahlen schlecht an. Die Aktie fiel im frühen Handel um 7,3 Prozent auf 42,18 Euro und war damit schwächster Wert im Nebenwerteindex. Seit Jahresbeginn hat das Papier mehr als ein Viertel seines Werts verloren.",
  "Das 1921 gegründete Familienunternehmen investiert trotz der Sparrunde weiter in neue Antriebe. Auf einem 42 Hektar großen Gelände neben dem Stammwerk soll bis 2026 eine Fertigung für Elektromotoren entstehen, die 380 Millionen Euro kostet.",
  "Die IG Metall kritisierte den Stellenabbau scharf. Ein Sprecher kündigte Widerstand an und forderte eine Standortgarantie für alle deutschen Werke bis 2030.",
 ],
 "digest": """
ブレンヴァルト:業績予想を下方修正、1850人を削減2025年08月06日 18:30

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 ドイツの自動車部品メーカー、ブレンヴァルト・アントリープステヒニク(Brennwald Antriebstechnik)は8月6日(水)、4〜6月期の決算を発表した。売上高は前年同期比4.1%減の28億4000万ユーロ、営業利益(EBIT)は1億8600万ユーロで、前年同期の2億3100万ユーロから約2割減った。同社は通期予想を引き下げるとともに、2027年末までに1850人を削減する。

 主なハイライト

 利益率の低下:EBITマージンは7.8%から6.5%へ1.3ポイント低下した。純利益は9400万ユーロだった。

 予想の下方修正:通期の売上高予想を従来の120億〜124億ユーロから112億〜116億ユーロに引き下げた。欧州での電気自動車需要の弱さと北米の関税引き上げが理由である。

 株価の急落:株価は取引開始直後に7.3%下落して42.18ユーロとなり、年初からの下落率は4分の1を超えた。

 文脈

 人員削減:削減数は全世界の従業員約3万1000人の約6%に相当する。主に管理部門とザクセン州の2工場が対象になる。

 電動化への投資:1921年創業の同族企業は、本社工場の隣の42ヘクタールの敷地に、3億8000万ユーロを投じて電動モーターの生産拠点を2026年までに設ける。

 労働組合IGメタルは人員削減を厳しく批判し、2030年までの国内全工場の存続保証を求めている。

【詳細】

 ブレンヴァルトは4〜6月期に大幅な減益となり、コスト削減に踏み切る。以下、決算の内容と今後の計画を整理する。

 決算の内容

 1.売上高と利益

 ・売上高は28億4000万ユーロで、4.1%減少した。
 ・EBITは1億8600万ユーロで、前年同期から4500万ユーロ減った。
 ・EBITマージンは6.5%で、1.3ポイント低下した。

 2.通期予想

 ・売上高予想を112億〜116億ユーロに引き下げた。

 人員削減と投資

 1.1850人の削減

 ・カタリーナ・フォルラート(Katharina Vollrath)CEO(52)は「コストを新たな現実に合わせなければならない」と述べた。
 ・削減は2027年末までに実施する。

 2.新工場

 ・42ヘクタールの敷地に電動モーター工場を建設し、2026年までの稼働を目指す。
 ・投資額は3億8000万ユーロ。

 3.市場と労組の反応

 ・株価は7.3%安の42.18ユーロ。
 ・IGメタルは2030年までの工場存続保証を要求した。

【要点】

 決算の内容

 1.売上高と利益

 ・売上高4.1%減、EBITは約2割減の1億8600万ユーロ。

 2.通期予想

 ・売上高予想を112億〜116億ユーロに下方修正。

 人員削減と投資

 1.1850人の削減

 ・従業員の約6%を2027年末までに削減。

 2.新工場

 ・3億8000万ユーロで電動モーター工場を建設。

 3.市場と労組の反応

 ・株価7.3%安、IGメタルは反発。

【引用・参照・底本】

Brennwald senkt Prognose und streicht 1.850 Stellen  Die Börsenwarte  2025.08.06

https://www.boersenwarte.example/unternehmen/brennwald-antriebstechnik-quartalszahlen-stellenabbau
""",
 "edits": [
  ("8月6日(水)", "8月6日(木)", "mismatch", "error", "8月6日(木)"),
  ("本社工場の隣の42ヘクタール", "本社工場の隣の42エーカー", "mismatch", "error", "42エーカー"),
  ("主に管理部門とザクセン州の2工場が対象", "主に管理部門とザクセン州の2工場(従業員計2400人)が対象", "unsupported", "warning", "2400人"),
 ],
}
