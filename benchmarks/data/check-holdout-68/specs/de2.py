CASES = [
dict(name="err-brandtner-supplier-cuts", lang="de", outlet="Süddeutsche Industrie Rundschau", domain="www.industrie-rundschau.example",
 path="/zulieferer/2025/06/05/brandtner-stellenabbau-kesselbach", pub="2025-06-05T16:20:00+02:00",
 display="05.06.2025 – 16:20 Uhr", author="Miriam Feldhaus", section="Zulieferer",
 title="Autozulieferer Brandtner baut 3400 Stellen ab – Werk Kesselbach betroffen",
 paras=[
  "Der Autozulieferer Brandtner will bis 2028 weltweit 3400 Stellen abbauen, davon 2100 in Deutschland. Das teilte das Unternehmen am Donnerstag nach einer Sitzung des Aufsichtsrats mit.",
  "Am stärksten betroffen ist das Werk in Kesselbach, wo 1150 der 2600 Arbeitsplätze wegfallen sollen. Die Fertigung von Getriebeteilen wird dort bis Ende 2027 eingestellt und nach Ungarn verlagert.",
  "Brandtner leidet unter der schwachen Nachfrage nach Verbrennungsmotoren. Der Umsatz sank im ersten Quartal um 8 Prozent auf 1,37 Milliarden Euro. Die bereinigte Ebit-Marge fiel um 2,3 Prozentpunkte auf 3,1 Prozent.",
  "Mit dem Programm will das Unternehmen die Kosten bis 2028 um 400 Millionen Euro im Jahr senken. Die Restrukturierung soll einmalig rund 260 Millionen Euro kosten.",
  "Vorstandschef Klaus-Dieter Amsel, 63, sagte, der Schritt sei „schmerzhaft, aber unvermeidlich“. Brandtner beschäftigt derzeit rund 31.000 Menschen in 19 Ländern.",
  "Der Betriebsrat kündigte Widerstand an. Die Gewerkschaft rief für Dienstag, den 10. Juni, zu einer Kundgebung vor dem Werk in Kesselbach auf.",
  "Das Unternehmen, das seit 1949 Teile für die Autoindustrie fertigt, setzt künftig auf Komponenten für Elektroautos. Deren Anteil am Umsatz soll von 14 Prozent auf 40 Prozent im Jahr 2030 steigen.",
  "Die Aktie fiel im Handel am Nachmittag um 2,6 Prozent auf 17,85 Euro.",
 ],
 dtitle="ブラントナー:3400人を削減", stamp="2025年06月06日 00:30",
 digest="""
【概要】
自動車部品メーカーのブラントナー(Brandtner)は5日(木曜日)、2027年までに世界で3400人を削減すると発表した。うち2100人はドイツ国内の雇用である。監査役会の会合を受けて明らかにした。
主なハイライト
ケッセルバッハ工場:最も影響が大きいのはケッセルバッハ工場で、2600人のうち1150人、4割超の職が失われる。変速機部品の生産は2027年末までに終了し、ハンガリーに移す。
業績の悪化:1〜3月期の売上高は8%減の13億7000万ユーロ。調整後の営業利益率は2.3%低下して3.1%となった。
コスト削減:2028年までに年4億ユーロのコストを削減する。再編の一時費用は約2億6000万ユーロを見込む。
文脈
事業の転換:1949年から自動車部品を手がけてきた同社は、電気自動車向け部品に軸足を移す。売上高に占める比率を14%から2030年に40%へ高める。
労働者側の反発:事業所委員会のラルフ・ツィンマー委員長は抵抗を表明した。労組は10日(火曜日)にケッセルバッハ工場前で集会を開く。
クラウス=ディーター・アムゼル(Klaus-Dieter Amsel)社長(63)は「痛みを伴うが避けられない」と述べた。
【詳細】
ブラントナーはエンジン車向け需要の落ち込みを受け、大規模な人員削減に踏み切る。以下、計画の中身と反応を整理する。
削減計画
1.規模
・世界で3400人、うちドイツで2100人を削減する。
・従業員は現在、19カ国で約3万1000人。
2.ケッセルバッハ工場
・1150人分の職がなくなる。
・変速機部品の生産はハンガリーに移る。
業績と市場の反応
1.1〜3月期
・売上高は13億7000万ユーロに減少した。
・営業利益率は3.1%に低下した。
2.株価
・株価は午後の取引で2.6%安の17.85ユーロとなった。
一方、電気自動車向け部品の比率を高める戦略が軌道に乗るかどうかが、雇用の先行きを左右する。
【要点】
削減計画
1.規模
・3400人を削減、うちドイツで2100人。
2.ケッセルバッハ工場
・2600人中1150人の職が失われる。
業績と市場の反応
1.1〜3月期
・売上高8%減、営業利益率は3.1%。
2.株価
・株価は17.85ユーロに下落。
""",
 findings=[("mismatch", "error", "2027年までに", "year changed: cuts run until 2028 (2027 is the Kesselbach production end)"),
           ("mismatch", "error", "2.3%低下", "percentage points written as percent"),
           ("name", "warning", "ラルフ・ツィンマー", "invented person: the source names no works-council chair")]),
]
