"""Planted findings: (old, new, nth occurrence of old, span, kind, severity, slip, correct value)."""
M, E, W = "mismatch", "error", "warning"
PLANTS = {
 "err-halvard-crude": [
  ("7月22日(水)", "7月22日(木)", 0, "7月22日(木)", M, E, "weekday (概要)", "7月22日(水): 'on Wednesday', 22 July 2026 is a Wednesday"),
  ("1億1500万ドルの増収", "1億5100万ドルの増収", 0, "1億5100万ドル", M, E, "difference (詳細)", "1億1500万ドル = $1.06 billion - $945 million"),
  ("ほぼフル稼働した。", "ほぼフル稼働し、従業員約2400人が作業にあたった。", 0, "約2400人", "unsupported", W, "invented figure (概要 highlight)", "source gives no head count"),
 ],
 "err-quillon-gas": [
  ("2026年4〜6月期のパイプラインガス", "2026年7〜9月期のパイプラインガス", 0, "2026年7〜9月期", M, E, "quarter (概要)", "2026年4〜6月期: 'second quarter'"),
  ("2.7ポイント低下した。", "2.7%低下した。", 1, "2.7%低下", M, E, "points as percent (詳細)", "2.7ポイント: margin 24.8% -> 22.1%"),
  ("クイロン・ガス・トランスミッションが", "QGTが", 0, "QGT", "name", W, "unexplained abbreviation (詳細 intro)", "source never abbreviates the company"),
 ],
 "err-fenwick-jet": [
  ("日本時間10月27日22時30分", "日本時間10月28日7時30分", 0, "日本時間10月28日7時30分", M, E, "Japan-time conversion (詳細)", "1:30 p.m. GMT on 27 Oct = 10月27日22時30分 JST"),
  ("2027年3月期の平均販売価格を95〜103ドル", "2026年3月期の平均販売価格を95〜103ドル", 0, "2026年3月期", M, E, "fiscal year (要点)", "2027年3月期: 'fiscal year ending in March 2027'"),
  ("https://thamesbankpost.example/energy/2026/10/28/fenwick-aviation-fuels-jet-fuel",
   "https://thamesbankpost.example/energy/2026/10/28/fenwick-aviation-fuels-jet-fuel?utm_source=newsletter&utm_medium=email&utm_campaign=energy_am&sub=55812",
   0, "https://thamesbankpost.example/energy/2026/10/28/fenwick-aviation-fuels-jet-fuel?utm_source=newsletter&utm_medium=email&utm_campaign=energy_am&sub=55812",
   "citation", W, "tracking parameters (引用)", "canonical URL without the query"),
 ],
 "err-marlow-lpg": [
  ("1トンあたり598ドル", "1バレルあたり598ドル", 0, "1バレルあたり598ドル", M, E, "unit (概要)", "1トンあたり598ドル: '$598 a tonne'"),
  ("半数にあたる25カ所", "4分の1にあたる25カ所", 0, "4分の1", M, E, "share (概要 highlight)", "半数: 25 of 50 tank farms"),
  ("・バルギーズ=コール氏", "・ヴァルギーズ=コール氏", 0, "ヴァルギーズ=コール", "spelling", W, "second spelling (要点)", "バルギーズ=コール (first mention)"),
 ],
 "err-granby-utility": [
  ("最高経営責任者(62)", "最高経営責任者(65)", 0, "最高経営責任者(65)", M, E, "age (詳細)", "62: 'Owen Castellane, 62'"),
  ("約135キロ", "約84キロ", 0, "約84キロ", M, E, "unit: miles given as km (詳細)", "約135キロ = 84 miles x 1.609344"),
  (" アナリストは結果を", " ノースゲート証券のジェーン・ホロウェイ氏ら、アナリストは結果を", 0, "ジェーン・ホロウェイ", "name", W, "invented person (詳細 closing)", "source names no analyst"),
 ],
 "err-ashcombe-shale": [
  ("前年同期比6.1%下落", "前年同期比6.4%下落", 0, "6.4%下落", M, E, "percentage (要点)", "6.1%: 'fell 6.1%'"),
  ("約2万2300キロリットル", "約22万3000キロリットル", 0, "約22万3000キロリットル", M, E, "scale of a conversion (詳細)", "約2万2300キロリットル = 140,000 bbl x 0.158987"),
  ("Gulf Ledger 2026.11.04", "Gulf Ledger 2026.11.05", 0, "2026.11.05", "citation", W, "citation date in JST, not the outlet's zone (引用)", "2026.11.04 (published 16:50 CST)"),
 ],
 "err-dunmore-heating": [
  ("1バレルあたり97〜106ドル", "1バレルあたり97〜116ドル", 0, "97〜116ドル", M, E, "range (詳細)", "97〜106ドル: 'between $97 and $106'"),
  ("0.9ポイント上昇の8.6%", "0.9ポイント上昇の8.9%", 0, "上昇の8.9%", M, E, "figure (要点)", "8.6%: margin widened to 8.6%"),
  ("ダンモア・ホーム・エナジーが", "ダンムーア・ホーム・エナジーが", 0, "ダンムーア・ホーム・エナジー", "spelling", W, "second spelling of the company (詳細 intro)", "ダンモア・ホーム・エナジー (first mention)"),
 ],
 "err-provence-electricite": [
  ("売上高は3億9200万ユーロで", "売上高は39億2000万ユーロで", 0, "39億2000万ユーロ", M, E, "scale (概要 highlight)", "3億9200万ユーロ: '392 millions d'euros'"),
  ("日本時間6月10日0時45分", "日本時間6月9日0時45分", 0, "日本時間6月9日0時45分", M, E, "Japan-time day not shifted (詳細)", "17h45 heure de Paris (UTC+2) on 9 June = 6月10日0時45分 JST"),
  ("沿岸までの全長65キロ", "1970年代に敷設された沿岸までの全長65キロ", 0, "1970年代", "unsupported", W, "invented decade (詳細)", "source names no decade"),
 ],
 "err-elbe-gas": [
  ("前年同期の34.8ユーロ", "前年同期の38.4ユーロ", 0, "38.4ユーロ", M, E, "transposed figure (概要)", "34.8ユーロ: '34,8 Euro'"),
  ("日量5万2000バレル", "日量2万5000バレル", 0, "日量2万5000バレル", M, E, "figure (詳細)", "日量5万2000バレル: '52.000 Barrel pro Tag'"),
  ("在庫は季節平均に近づいている。", "トレーダーのミヒャエル・ブラント氏によると、在庫は季節平均に近づいている。", 0, "ミヒャエル・ブラント", "name", W, "invented person (文脈)", "source: 'Händlern zufolge', unnamed"),
 ],
 "err-bavaria-diesel": [
  ("10月13日(火)", "10月14日(火)", 0, "10月14日(火)", M, E, "date: publication day for 'am Dienstag' (概要)", "10月13日(火)"),
  ("現地時間10月13日11時", "現地時間10月13日10時", 0, "現地時間10月13日10時", M, E, "time (詳細)", "11.00 Uhr (MESZ)"),
  ("ほぼフル稼働した。", "ほぼフル稼働した。年間の販売量は約30億リットルに上る。", 0, "約30億リットル", "unsupported", W, "invented figure (概要 highlight)", "source gives no annual volume"),
 ],
 "err-andes-crudo": [
  ("2025年に供給の途絶", "2024年に供給の途絶", 0, "2024年", M, E, "relative year (文脈)", "2025年: 'el año pasado' in a 2026 article"),
  ("全長430キロ", "全長340キロ", 0, "全長340キロ", M, E, "figure (詳細)", "430キロ: 'un ducto de 430 kilómetros'"),
  ("El Observador Petrolero 2026.11.18", "El Observador Energético 2026.11.18", 0, "El Observador Energético", "citation", W, "wrong outlet (引用)", "El Observador Petrolero"),
 ],
 "err-hokuriku-gas": [
  ("同日15時から", "同日16時から", 0, "同日16時", M, E, "time (詳細)", "同日15時"),
  ("1日平均150万立方メートルを販売", "1日平均15万立方メートルを販売", 0, "1日平均15万立方メートル", M, E, "scale (要点)", "150万立方メートル"),
  ("・浅野社長は", "・朝野社長は", 0, "朝野社長", "spelling", W, "second spelling (要点)", "浅野 (first mention)"),
 ],
}
