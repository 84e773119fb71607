SPEC = {
 "clean_name": "clean-donaubank-results", "err_name": "err-donaubank-results",
 "lang": "de", "outlet": "Wiener Handels Kurier", "section": "Finanzen",
 "author": "Theresa Brandstetter",
 "title": "Donaubank verdient 1,38 Milliarden Euro und schließt 32 Filialen",
 "url": "https://www.handelskurier.example/finanzen/donaubank-jahresergebnis-2025-filialen",
 "published": "2026-02-25T08:40:00+01:00", "dateline": "25.02.2026 um 08:40",
 "body": [
  "Die Donaubank Holding hat im Geschäftsjahr 2025 so viel verdient wie nie zuvor. Der Nettogewinn stieg um 9 Prozent auf 1,38 Milliarden Euro, wie das Institut am Mittwoch in Linzhaus mitteilte. Getragen wurde das Ergebnis vor allem vom Zinsüberschuss, der um 4 Prozent auf 3,9 Milliarden Euro zulegte.",
  "Im vierten Quartal allein verdiente die Bank 312 Millionen Euro, nach 286 Millionen Euro ein Jahr zuvor. Das Provisionsergebnis aus dem Wertpapiergeschäft wuchs im Gesamtjahr um 11 Prozent auf 1,02 Milliarden Euro.",
  "Die Aktionäre sollen eine Dividende von 2,85 Euro je Aktie erhalten, nach 2,40 Euro im Vorjahr. Zusätzlich plant der Vorstand einen Aktienrückkauf im Volumen von 500 Millionen Euro, der im zweiten Quartal beginnen soll.",
  "Die harte Kernkapitalquote verbesserte sich um 0,4 Prozentpunkte auf 15,2 Prozent. Die Risikovorsorge für faule Kredite sank auf 190 Millionen Euro, vor allem weil sich gewerbliche Immobilienkredite stabilisiert hätten.",
  "Gleichzeitig treibt die Bank den Umbau voran. Von derzeit 212 Filialen sollen bis Ende 2028 insgesamt 32 geschlossen werden. Die Zahl der Beschäftigten, aktuell rund 14.600, soll über natürliche Fluktuation um etwa 700 sinken. Kündigungen schließt der Vorstand aus.",
  "\"Wir investieren das, was wir in den Filialen sparen, in unsere digitale Plattform\", sagte Vorstandschef Benedikt Strasser-Lind, 56, bei der Bilanzpressekonferenz um 10 Uhr. Bereits heute erledigten 78 Prozent der Privatkunden ihre Bankgeschäfte überwiegend online.",
  "Für 2028 peilt die Donaubank eine Eigenkapitalrendite von mindestens 13 Prozent an, nach 11,6 Prozent im vergangenen Jahr. Analysten lobten die Zahlen, warnten aber vor sinkenden Zinsen. Die Aktie legte im vorbörslichen Handel um 2,1 Prozent auf 48,70 Euro zu.",
 ],
 "digest": """
ドナウバンク:2025年は過去最高益、32支店を閉鎖へ2026年02月25日 21:15

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 ドナウバンク・ホールディング(Donaubank Holding)は2月25日(水)、2025年度の純利益が前年比9%増の13億8000万ユーロと過去最高になったと発表した。純金利収入が4%増の39億ユーロと業績を支えた。一方で、2028年末までに212支店のうち32支店を閉鎖する。

 主なハイライト

 10〜12月期:10〜12月期の純利益は3億1200万ユーロで、前年同期の2億8600万ユーロから2600万ユーロ増えた。

 株主還元:配当は前年の2.40ユーロから0.45ユーロ増の1株2.85ユーロとし、5億ユーロの自社株買いを4〜6月期に始める。

 財務の健全性:中核的自己資本比率は0.4ポイント改善して15.2%となった。不良債権に備える引当金は1億9000万ユーロに減った。

 文脈

 支店網の縮小:閉鎖により支店数は180に減る。従業員約1万4600人のうち約700人を自然減で削減するが、解雇は行わない。

 デジタル化:ベネディクト・シュトラッサー=リント(Benedikt Strasser-Lind)CEO(56)は「支店で節約した分をデジタル基盤に投資する」と述べた。個人顧客の78%はすでに主にオンラインで取引している。

 同行は2028年に自己資本利益率(ROE)13%以上を目指す。昨年の実績は11.6%で、目標まで1.4ポイント以上の改善が必要になる。

【詳細】

 ドナウバンクは金利収入に支えられて最高益を更新する一方、支店網の再編を進める。以下、決算と今後の計画を整理する。

 決算の内容

 1.利益

 ・純利益は13億8000万ユーロで、9%増えた。
 ・証券関連の手数料収入は11%増の10億2000万ユーロ。

 2.配当と自社株買い

 ・1株配当は2.85ユーロに増やす。
 ・5億ユーロの自社株買いを予定している。

 リストラと目標

 1.支店と人員

 ・2028年末までに32支店を閉鎖する。
 ・従業員は約700人減る見込み。

 2.市場の反応

 ・アナリストは決算を評価したが、金利低下への警戒も示した。
 ・株価は取引開始前の時間外取引で2.1%上昇し、48.70ユーロとなった。

【要点】

 決算の内容

 1.利益

 ・純利益9%増の13億8000万ユーロで過去最高。

 2.配当と自社株買い

 ・配当2.85ユーロ、自社株買い5億ユーロ。

 リストラと目標

 1.支店と人員

 ・32支店を閉鎖、約700人を自然減。

 2.市場の反応

 ・株価は2.1%上昇。

【引用・参照・底本】

Donaubank verdient 1,38 Milliarden Euro und schließt 32 Filialen  Wiener Handels Kurier  2026.02.25

https://www.handelskurier.example/finanzen/donaubank-jahresergebnis-2025-filialen
""",
 "edits": [
  ("閉鎖により支店数は180に減る。", "閉鎖により支店数は170に減る。", "mismatch", "error", "170"),
  ("アナリストは決算を評価したが、金利低下への警戒も示した。", "アナリストは決算を評価したが、欧州中央銀行(ECB)の利下げによる金利低下への警戒も示した。", "name", "warning", "欧州中央銀行(ECB)"),
  ("不良債権に備える引当金は1億9000万ユーロに減った。", "不良債権に備える引当金は前年の2億6000万ユーロから1億9000万ユーロに減った。", "unsupported", "warning", "前年の2億6000万ユーロ"),
 ],
}
