SPEC = {
 "clean_name": "clean-belvaux-rate-cut", "err_name": "err-belvaux-rate-cut",
 "lang": "fr", "outlet": "La Gazette des Marchés", "section": "Banques centrales",
 "author": "Sylvain Roux-Péclet",
 "title": "La Banque nationale de Belvaux abaisse son taux à 0,75 % face à un franc trop fort",
 "url": "https://www.gazette-marches.example/banques-centrales/2025/12/11/bnb-abaisse-taux-franc-fort",
 "published": "2025-12-11T10:05:00+01:00", "dateline": "11 décembre 2025, 10 h 05",
 "body": [
  "La Banque nationale de Belvaux a abaissé jeudi son taux directeur de 0,25 point, à 0,75 %, invoquant la faiblesse de l'inflation et la vigueur persistante du franc belvalois. La décision a été annoncée à 9 h 30 à Lorvanne, siège de l'institution.",
  "L'inflation est tombée à 0,6 % sur un an en novembre, contre 0,9 % en octobre, dans le bas de la fourchette de 0 à 2 % visée par la banque. Celle-ci prévoit désormais une hausse des prix de 0,8 % en 2026, au lieu de 1,1 % lors de sa précédente évaluation en septembre.",
  "« Le franc reste surévalué et pèse sur nos exportateurs », a déclaré le président de la banque, Laurent Schaerer-Doumic, 59 ans, lors de la conférence de presse. Il n'a pas exclu de nouvelles interventions sur le marché des changes : la banque a acheté pour 11 milliards de francs de devises au troisième trimestre.",
  "L'économie belvaloise a nettement ralenti. Le produit intérieur brut n'a progressé que de 0,2 % au troisième trimestre par rapport au deuxième. Les exportations horlogères, fleuron de l'industrie locale, ont reculé de 3,5 % sur les dix premiers mois de l'année, à 2,4 milliards de francs.",
  "Après l'annonce, le franc a cédé 0,6 % face à l'euro, à 0,9412 franc pour un euro. Le rendement de l'obligation d'État à dix ans a reculé de 5 points de base, à 0,48 %.",
  "La plupart des économistes s'attendaient à cette baisse : 17 des 22 analystes interrogés par La Gazette des Marchés l'avaient anticipée. Plusieurs estiment toutefois que la banque, fondée en 1907, approche de la fin de son cycle d'assouplissement, et qu'un retour aux taux négatifs, en vigueur entre 2015 et 2022, reste peu probable.",
  "La prochaine évaluation de la politique monétaire aura lieu le 19 mars 2026.",
 ],
 "digest": """
ベルヴォー国立銀行:フラン高を受けて政策金利を0.75%に引き下げ2025年12月11日 22:40

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 ベルヴォー国立銀行は12月11日(木)、政策金利を0.25ポイント引き下げて0.75%とした。インフレの弱さと、根強いベルヴォー・フラン高を理由に挙げた。決定は本拠地ロルヴァンヌで現地時間午前9時30分(日本時間同日午後5時30分)に発表された。

 主なハイライト

 物価の低迷:11月のインフレ率は前年同月比0.6%で、10月の0.9%から0.3ポイント低下し、目標範囲(0〜2%)の下限近くにとどまった。2026年の物価見通しは1.1%から0.8%に引き下げられた。

 為替介入の可能性:ローラン・シェーラー=ドゥミック(Laurent Schaerer-Doumic)総裁(59)は「フランは依然として過大評価されている」と述べ、追加の為替介入を排除しなかった。中銀は7〜9月期に110億フラン相当の外貨を購入している。

 景気の減速:7〜9月期の国内総生産(GDP)は前期比0.2%増にとどまった。主力の時計輸出は1〜10月に3.5%減の24億フランとなった。

 文脈

 市場の反応:フランは対ユーロで0.6%下落し、1ユーロ=0.9412フランとなった。10年物国債利回りは0.05ポイント低下して0.48%となった。

 想定どおりの利下げ:アナリスト22人のうち17人、約8割が利下げを予想していた。

 1907年の創設から118年を数える中銀は緩和局面の終盤にあるとの見方が多く、2015〜2022年に実施していたマイナス金利への回帰は考えにくいとされる。

【詳細】

 ベルヴォー国立銀行は、低インフレとフラン高に対応するため利下げに踏み切った。以下、決定の内容と経済の状況を整理する。

 金融政策の決定

 1.利下げ

 ・政策金利を0.25ポイント引き下げ、0.75%とした。
 ・次回の政策評価は2026年3月19日に行われる。

 2.物価見通し

 ・11月のインフレ率は0.6%。
 ・2026年の見通しは0.8%に下方修正された。

 フランと景気

 1.為替

 ・シェーラー=ドゥミック総裁は、フラン高が輸出企業の重荷になっていると指摘した。
 ・7〜9月期の外貨購入額は110億フランだった。

 2.経済の減速

 ・GDPは前期比0.2%増。
 ・時計輸出は24億フランに減少した。

【要点】

 金融政策の決定

 1.利下げ

 ・政策金利を0.25ポイント下げて0.75%に。

 2.物価見通し

 ・インフレ率は0.6%に低下。

 フランと景気

 1.為替

 ・追加の為替介入も排除せず。

 2.経済の減速

 ・7〜9月期のGDPは0.2%増にとどまる。

【引用・参照・底本】

La Banque nationale de Belvaux abaisse son taux à 0,75 % face à un franc trop fort  La Gazette des Marchés  2025.12.11

https://www.gazette-marches.example/banques-centrales/2025/12/11/bnb-abaisse-taux-franc-fort
""",
 "edits": [
  ("・シェーラー=ドゥミック総裁は、", "・シェラー=ドゥミック総裁は、", "spelling", "warning", "シェラー=ドゥミック"),
  ("1907年の創設から118年を数える", "1907年の創設から128年を数える", "mismatch", "error", "128年"),
  ("La Gazette des Marchés  2025.12.11", "La Gazette des Marchés  2025.12.12", "citation", "warning", "2025.12.12"),
 ],
}
