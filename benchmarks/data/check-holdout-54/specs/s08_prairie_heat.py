SPEC = {
 "clean_name": "clean-prairie-heatwave-power", "err_name": "err-prairie-heatwave-power",
 "lang": "en", "outlet": "Great Plains Business Journal", "section": "Energy",
 "author": "Dale Whitcombe",
 "title": "Heat wave sends power prices soaring as Prairie Current posts record demand",
 "url": "https://www.greatplainsbiz.example/energy/2025/07/24/heat-wave-power-prices-prairie-current",
 "published": "2025-07-24T06:00:00-05:00", "dateline": "July 24, 2025 6:00 AM CDT",
 "body": [
  "Wholesale electricity prices across the Tarrow Valley grid spiked to $2,450 per megawatt-hour at 5 p.m. Central time on Wednesday, July 23, as temperatures in Kessington reached 108°F and air-conditioning pushed demand to an all-time high.",
  "Demand peaked at 81,400 megawatts, beating the previous record of 80,150 megawatts set in August 2023, the grid operator said. It asked households to raise thermostats by two degrees between 4 p.m. and 8 p.m. for the rest of the week.",
  "The surge came a day before Prairie Current Energy, the region's largest utility, reported second-quarter results. Revenue rose 9% to $3.1 billion, and earnings per share climbed to $1.42 from $1.18 a year earlier, beating analysts' average estimate of $1.35.",
  "Chief executive Gloria Baptiste-Hale, 49, said the company would accelerate two projects: a 4,800-acre solar farm in Dunmore County and a 320-mile high-voltage transmission line linking the western wind corridor to Kessington. Together they will cost about $2.6 billion.",
  "Prairie Current serves 2.3 million customers. It raised its full-year profit forecast to between $5.40 and $5.60 per share, from $5.20 to $5.45 previously, and said it expected capital spending of $4.8 billion this year.",
  "Consumer groups warned that bills would rise. The average residential customer paid $163 in June, up 11% from a year earlier, according to the state utility commission, which is reviewing a request by the company for a further 6.5% increase in base rates.",
  "Shares in Prairie Current rose 3.4% in premarket trading on Thursday. Forecasters expect the heat to ease only next week, with highs still above 100°F through Sunday.",
 ],
 "digest": """
タロー・バレー:猛暑で電力価格が急騰、需要は過去最高2025年07月24日 21:30

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 タロー・バレーの送電網で7月23日(水)、中部時間午後5時(日本時間24日午前7時)に卸電力価格が1メガワット時あたり2450ドルまで急騰した。ケシントンの気温は華氏108度(摂氏約42度)に達し、冷房需要で電力需要は過去最高を記録した。

 主なハイライト

 需要の新記録:ピーク需要は8万1400メガワットで、2023年8月の記録8万150メガワットを1250メガワット上回った。

 電力会社の好決算:域内最大の電力会社プレーリー・カレント・エナジー(Prairie Current Energy)の4〜6月期の売上高は9%増の31億ドル、1株利益は1.18ドルから1.42ドルに増えた。

 事業の加速:グロリア・バプティスト=ヘイル(Gloria Baptiste-Hale)CEO(49)は、約1900ヘクタールの太陽光発電所と、全長約515キロの高圧送電線の計画を前倒しすると表明した。総事業費は約26億ドル。

 文脈

 料金への影響:6月の家庭向け平均電気料金は163ドルで、前年同月比11%上昇した。州の公益事業委員会は、基本料金をさらに6.5%引き上げる同社の申請を審査している。

 送電網の運営者は、今週いっぱい午後4時から8時まで冷房の設定温度を2度上げるよう家庭に呼びかけている。暑さが和らぐのは来週になる見通しである。

【詳細】

 記録的な猛暑が電力市場を揺さぶり、地域の電力会社の業績を押し上げた。以下、市場の動きと電力会社の計画をまとめる。

 電力市場

 1.価格の急騰

 ・卸電力価格は1メガワット時あたり2450ドルに達した。
 ・ケシントンの気温は華氏108度まで上がった。

 2.過去最高の需要

 ・需要は8万1400メガワットで、2023年8月の記録を更新した。

 プレーリー・カレントの決算と計画

 1.4〜6月期決算

 ・売上高は31億ドル(9%増)、1株利益は1.42ドルでアナリスト予想の1.35ドルを上回った。
 ・通期の1株利益予想を5.40〜5.60ドルに引き上げた。

 2.設備投資

 ・ダンモア郡の4800エーカーの太陽光発電所と、320マイルの送電線を建設する。
 ・今年の設備投資は48億ドルを見込む。
 ・同社の顧客数は230万件。

 3.株価

 ・24日(木)の取引開始前の時間外取引で、株価は3.4%上昇した。

【要点】

 電力市場

 1.価格の急騰

 ・卸電力価格が2450ドルに急騰。

 2.過去最高の需要

 ・ピーク需要8万1400メガワット。

 プレーリー・カレントの決算と計画

 1.4〜6月期決算

 ・売上高9%増、1株利益1.42ドル。

 2.設備投資

 ・太陽光発電所と送電線に約26億ドル。

 3.株価

 ・株価は3.4%上昇。

【引用・参照・底本】

Heat wave sends power prices soaring as Prairie Current posts record demand  Great Plains Business Journal  2025.07.24

https://www.greatplainsbiz.example/energy/2025/07/24/heat-wave-power-prices-prairie-current
""",
 "edits": [
  ("全長約515キロの高圧送電線", "全長約320キロの高圧送電線", "mismatch", "error", "約320キロ"),
  ("2023年8月の記録8万150メガワット", "2022年8月の記録8万150メガワット", "mismatch", "error", "2022年8月"),
  ("8万150メガワットを1250メガワット上回った", "8万150メガワットを1350メガワット上回った", "mismatch", "error", "1350メガワット"),
 ],
}
