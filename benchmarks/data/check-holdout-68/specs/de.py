CASES = [
dict(name="clean-keltermann-results", lang="de", outlet="Rheinische Wirtschaftspost", domain="www.rheinische-wirtschaftspost.example",
 path="/unternehmen/2025/03/20/keltermann-umsatz-stellenabbau", pub="2025-03-20T07:30:00+01:00",
 display="20.03.2025, 07:30 Uhr", author="Annika Vosskuhl", section="Unternehmen",
 title="Keltermann streicht 1300 Stellen – Umsatz sinkt um sechs Prozent",
 paras=[
  "Der Maschinenbauer Keltermann hat im vergangenen Jahr deutlich weniger verkauft und will nun 1300 seiner 17.800 Stellen streichen. Der Umsatz sank 2024 um sechs Prozent auf 4,18 Milliarden Euro, wie das Unternehmen am Donnerstag in Lindenfurt mitteilte.",
  "Der Auftragseingang ging auf 3,9 Milliarden Euro zurück, nach 4,4 Milliarden Euro im Vorjahr. Vor allem Kunden aus der Autoindustrie und aus China hielten sich mit Bestellungen zurück.",
  "Die operative Marge (Ebit-Marge) fiel auf 7,4 Prozent, nach 9,1 Prozent im Jahr zuvor. Unter dem Strich blieb ein Gewinn von 182 Millionen Euro, nach 261 Millionen Euro.",
  "Die Aktionäre sollen eine Dividende von 1,10 Euro je Aktie erhalten, nach 1,45 Euro. Die Aktie verlor am Vormittag 4,3 Prozent auf 38,72 Euro.",
  "Vorstandschef Jörg Ebersbach, 60, sprach von einem „Jahr der Bewährung“. Der Abbau solle bis Ende 2026 abgeschlossen sein und möglichst ohne betriebsbedingte Kündigungen erfolgen. Ein Drittel der Stellen entfällt auf die Verwaltung.",
  "Für 2025 rechnet Keltermann mit einem Umsatz zwischen 4,0 und 4,3 Milliarden Euro. Durch das Sparprogramm sollen die jährlichen Kosten ab 2027 um 150 Millionen Euro sinken.",
  "Das 1897 gegründete Familienunternehmen ist weltweit die Nummer drei bei Verpackungsmaschinen. Es betreibt 23 Werke, davon neun in Deutschland.",
  "Die Zahlen für das erste Quartal will Keltermann am 8. Mai vorlegen.",
 ],
 dtitle="ケルターマン:1300人削減、売上高6%減", stamp="2025年03月20日 19:45",
 digest="""
【概要】
機械メーカーのケルターマン(Keltermann)は20日(木曜日)、2024年の売上高が前年比6%減の41億8000万ユーロになったと発表した。全1万7800人のうち1300人、約7%の人員を削減する。
主なハイライト
受注の減少:受注額は前年の44億ユーロから39億ユーロに減った。自動車業界と中国の顧客が発注を控えた。
利益率の低下:営業利益率(EBITマージン)は9.1%から7.4%へ1.7ポイント低下した。純利益は2億6100万ユーロから1億8200万ユーロへ7900万ユーロ減った。
減配:配当は1株1.45ユーロから1.10ユーロに引き下げる。株価は午前の取引で4.3%下落し38.72ユーロとなった。
文脈
経営トップの発言:ヨルク・エーバースバッハ(Jörg Ebersbach)社長(60)は「試練の年」だったと述べた。削減は2026年末までに終え、可能な限り解雇は避ける。
老舗企業:1897年創業、120年を超える歴史を持つ同族企業で、包装機械で世界3位。23工場のうち9工場がドイツにある。
2025年の売上高は40億〜43億ユーロを見込む。
【詳細】
ケルターマンは受注の落ち込みを受け、人員削減とコスト削減に踏み切る。以下、決算と計画の中身を整理する。
2024年の業績
1.売上高と受注
・売上高は41億8000万ユーロ、受注額は39億ユーロ。
・受注額は前年から5億ユーロ減った。
2.利益と配当
・純利益は1億8200万ユーロ。
・配当は1.10ユーロに減額する。
人員削減と見通し
1.削減の中身
・1300人の削減のうち3分の1は管理部門が対象となる。
・2027年以降、年1億5000万ユーロのコスト削減を見込む。
2.今後の日程
・1〜3月期の決算は5月8日に発表する。
・2025年の売上高は最大で43億ユーロを見込む。
一方、主要顧客である自動車業界の回復が遅れれば、さらなる対策が必要になる可能性もある。
【要点】
2024年の業績
1.売上高と受注
・売上高は6%減の41億8000万ユーロ、受注額は39億ユーロ。
2.利益と配当
・営業利益率は7.4%、配当は1.10ユーロ。
人員削減と見通し
1.削減の中身
・2026年末までに1300人を削減。
2.今後の日程
・1〜3月期の決算は5月8日。
"""),

dict(name="err-lindenau-power-prices", lang="de", outlet="Mitteldeutsche Energie Nachrichten", domain="www.md-energienachrichten.example",
 path="/versorger/2025/11/14/stadtwerke-lindenau-strompreis-2026", pub="2025-11-14T10:00:00+01:00",
 display="Freitag, 14.11.2025, 10:00 Uhr", author="Tobias Reinhold", section="Versorger",
 title="Stadtwerke Lindenau erhöhen Strompreis zum Jahreswechsel",
 paras=[
  "Die Stadtwerke Lindenau erhöhen zum 1. Januar 2026 ihre Strompreise. Der Arbeitspreis in der Grundversorgung steigt von 32,4 auf 35,9 Cent je Kilowattstunde, der monatliche Grundpreis bleibt bei 13,50 Euro, wie der Versorger am Freitag mitteilte.",
  "Für einen Haushalt mit einem Verbrauch von 3000 Kilowattstunden im Jahr bedeutet das Mehrkosten von rund 105 Euro. Betroffen sind etwa 240.000 Kundinnen und Kunden.",
  "Als Grund nennt das Unternehmen höhere Netzentgelte, die ab Januar um 18 Prozent steigen. Die Beschaffungskosten seien dagegen leicht gesunken.",
  "„Wir haben lange gezögert, aber die Netzkosten können wir nicht allein schultern“, sagte Geschäftsführerin Sabine Wöhrle. Die Stadtwerke investieren bis 2030 rund 1,2 Milliarden Euro in Netze, Wärmepumpen und Solaranlagen.",
  "Der Gaspreis bleibt dagegen unverändert bei 11,2 Cent je Kilowattstunde. Fernwärmekunden müssen mit einem Aufschlag von 4 Prozent rechnen.",
  "Die Verbraucherzentrale riet Kundinnen und Kunden, Tarife zu vergleichen. Ein Wechsel sei bis zum 31. Dezember möglich, das Sonderkündigungsrecht gelte sechs Wochen nach Zugang des Schreibens.",
  "Die Stadtwerke Lindenau gehören zu 74,9 Prozent der Stadt. Sie beschäftigen rund 2100 Menschen und erzielten im vergangenen Jahr einen Umsatz von 1,46 Milliarden Euro.",
  "Im bundesweiten Vergleich liegen die neuen Preise leicht über dem Durchschnitt der Grundversorger von 34,8 Cent.",
 ],
 dtitle="リンデナウ市営公社:電気料金を値上げ", stamp="2025年11月14日 21:00",
 digest="""
【概要】
リンデナウ市営公社(Stadtwerke Lindenau)は14日(金曜日)、2026年1月1日から電気料金を引き上げると発表した。基本供給の従量料金は1キロワット時あたり32.4セントから35.9セントへ3.5セント上がる。月額13.50ユーロの基本料金は据え置く。
主なハイライト
家計への影響:年間3000キロワット時を使う世帯では、年約150ユーロの負担増となる。対象は約24万件の顧客である。
値上げの理由:1月から送電網の使用料が18%上がる。調達コストはわずかに下がった。
ガスと地域熱:ガス料金は1キロワット時あたり11.2セントで据え置き、地域熱供給は4%上乗せされる。
文脈
投資計画:ザビーネ・ヴェーアレ(Sabine Wöhrle)社長は「送電網のコストを単独で負担することはできない」と説明した。2030年までに送電網、ヒートポンプ、太陽光設備に約1億2000万ユーロを投じる。
会社の概要:市が74.9%を出資し、約2100人が働く。昨年の売上高は14億6000万ユーロだった。
新料金は全国の基本供給事業者の平均34.8セントをやや上回る。
【詳細】
リンデナウ市営公社は、送電網コストの上昇を理由に電気料金を引き上げる。以下、値上げの中身と消費者への助言をまとめる。
値上げの内容
1.電気料金
・従量料金は35.9セントに上がる。
・基本料金は月13.50ユーロのまま。
2.その他の料金
・ガスは据え置き、地域熱供給は4%上がる。
消費者の対応
1.契約の切り替え
・消費者センターは料金の比較を勧めた。
・12月31日まで切り替えが可能で、通知の受け取りから6週間は特別解約権がある。
2.会社側の説明
・ヴォーレ社長は、長くためらった末の決定だと述べた。
一方、全国平均を上回る料金水準は、顧客の他社への流出を招く可能性がある。
【要点】
値上げの内容
1.電気料金
・1キロワット時35.9セントへ3.5セント値上げ。
2.その他の料金
・ガスは据え置き、地域熱は4%上乗せ。
消費者の対応
1.契約の切り替え
・12月31日まで切り替え可能。
2.会社側の説明
・送電網の使用料が18%上昇。
""",
 findings=[("mismatch", "error", "年約150ユーロ", "wrong figure: source gives about 105 euros a year (3,000 kWh × 3.5 cents)"),
           ("mismatch", "error", "約1億2000万ユーロ", "wrong scale: 1.2 Milliarden = 12億ユーロ"),
           ("spelling", "warning", "ヴォーレ", "second katakana spelling of Wöhrle (first ヴェーアレ)")]),
]
