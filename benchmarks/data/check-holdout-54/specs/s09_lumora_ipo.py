SPEC = {
 "clean_name": "clean-lumora-ipo", "err_name": "err-lumora-ipo",
 "lang": "en", "outlet": "Straits Harbour Herald", "section": "Markets",
 "author": "Wei Ling Santoso",
 "title": "Lumora Pay jumps 30% in New York debut after $777m IPO",
 "url": "https://www.straitsharbourherald.example/markets/lumora-pay-new-york-debut",
 "published": "2025-10-11T07:45:00+08:00", "dateline": "Oct 11, 2025, 7:45 am SGT",
 "body": [
  "Shares in Lumora Pay, the Port Serene-based digital payments company, jumped 30% on their first day of trading in New York on Friday, October 10, giving the company a market value of about $8 billion and rewarding investors who piled into the region's largest fintech listing since 2021.",
  "The company sold 42 million shares at $18.50 each, the top of its marketed range of $16 to $18.50, raising $777 million. At the offer price it was valued at $6.2 billion.",
  "The stock opened at $23.10 when trading began at 9:30 a.m. New York time and closed at $24.05. Bankers said the order book had been more than 12 times covered, with strong demand from long-term funds in the United States and the Middle East.",
  "Founded in 2016 by Arjun Teo-Mehta, now 38, Lumora Pay runs a mobile wallet and a payment service for small merchants. It has 14.6 million active users in 11 countries, about two-thirds of them in Southeast Asia.",
  "Revenue in the first half of 2025 rose 46% to $312 million, according to the prospectus. The net loss narrowed to $28 million from $61 million a year earlier, and the company said it expects to reach a full-year profit in 2026.",
  "\"This is a vote of confidence in the whole region,\" Teo-Mehta said in an interview on the exchange floor. He said about 40% of the proceeds would go towards expanding in India and Japan, and the rest to technology and possible acquisitions.",
  "The listing is the third-largest technology IPO in New York this year. Analysts cautioned that the valuation, about 13 times expected 2025 sales, leaves little room for error, and noted that early backers are barred from selling for 180 days.",
  "Lumora's debut follows a long drought for Southeast Asian listings in the United States. Only four companies from the region went public there in 2024, raising a combined $1.1 billion.",
 ],
 "digest": """
ルモラ・ペイ:ニューヨーク上場初日に30%高2025年10月11日 11:00

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 ポート・セリーンに本社を置くデジタル決済会社ルモラ・ペイ(Lumora Pay)が10月10日(金)にニューヨークで上場し、初日の株価は公開価格を30%上回った。時価総額は約80億ドルとなり、同地域のフィンテック企業としては2021年以来最大の上場となった。

 主なハイライト

 調達額:4200万株を仮条件(16〜18.50ドル)の上限の18.50ドルで売り出し、7億7700万ドルを調達した。公開価格での企業価値は62億ドルだった。

 初日の値動き:ニューヨーク時間午前9時30分(日本時間同日午後10時30分)の取引開始時の初値は23.10ドルで、公開価格を約25%上回った。終値は24.05ドルだった。需要は売り出し株数の12倍を超えた。

 急成長:2025年1〜6月期の売上高は46%増の3億1200万ドル。純損失は前年同期の6100万ドルから2800万ドルに縮小した。

 文脈

 創業者:2016年にアルジュン・テオ=メータ(Arjun Teo-Mehta)氏(38)が創業し、9年で上場にこぎつけた。11カ国に1460万人の利用者を抱え、その約3分の2が東南アジアに集中する。

 資金の使途:調達資金の約4割をインドと日本での事業拡大に充てる。

 アナリストは、予想売上高の約13倍という評価には誤差の余地がほとんどないと警告している。既存株主は180日間、株式を売却できない。

【詳細】

 東南アジア発のフィンテック企業が、ニューヨーク市場で好調なデビューを飾った。以下、上場の概要と同社の事業をまとめる。

 上場の概要

 1.売り出し条件

 ・4200万株を1株18.50ドルで売り出した。
 ・調達額は7億7700万ドル、企業価値は62億ドル。

 2.初日の取引

 ・初値は23.10ドル、終値は24.05ドルだった。
 ・今年のニューヨークでのテクノロジー企業の上場として3番目の規模となった。

 事業と見通し

 1.業績

 ・1〜6月期の純損失は前年同期から3300万ドル縮小した。
 ・2026年の通期黒字化を見込む。

 2.背景

 ・2024年に米国で上場した東南アジア企業は4社にとどまり、調達額は合計11億ドルだった。
 ・テオ=メータ氏は「地域全体への信任投票だ」と述べた。

【要点】

 上場の概要

 1.売り出し条件

 ・18.50ドルで4200万株を売り出し、7億7700万ドルを調達。

 2.初日の取引

 ・終値24.05ドルで公開価格比30%高。

 事業と見通し

 1.業績

 ・売上高46%増、損失は縮小。

 2.背景

 ・東南アジア企業の米国上場は2024年に4社のみ。

【引用・参照・底本】

Lumora Pay jumps 30% in New York debut after $777m IPO  Straits Harbour Herald  2025.10.11

https://www.straitsharbourherald.example/markets/lumora-pay-new-york-debut
""",
 "edits": [
  ("公開価格を約25%上回った", "公開価格を約20%上回った", "mismatch", "error", "約20%"),
  ("・4200万株を1株18.50ドルで売り出した。", "・1460万株を1株18.50ドルで売り出した。", "mismatch", "error", "1460万株"),
  ("10月10日(金)にニューヨークで上場し", "10月10日(金)にニューヨーク証券取引所(NYSE)に上場し", "name", "warning", "ニューヨーク証券取引所(NYSE)"),
 ],
}
