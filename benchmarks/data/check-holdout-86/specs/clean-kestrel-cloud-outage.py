lang = "en"
outlet = "The Wire Bulletin"
title = "Kestrel Cloud outage knocks 2.3 million business users offline for over four hours"
url = "https://www.wirebulletin.example/tech/2025/jun/17/kestrel-cloud-outage-europe"
published = "2025-06-17T09:10:00+01:00"
timestr = "Tue 17 Jun 2025 09.10 BST"
author = "Fenella Ashworth"
paras = [
 "A fault at Kestrel Cloud, one of Europe's biggest providers of online storage and office software for businesses, left about 2.3 million business customers unable to reach their files and email for more than four hours on Monday.",
 "The outage began at 15:42 BST and services were fully restored at 20:05 BST, a total of 4 hours and 23 minutes, the company said in a statement late on Monday night. It said a faulty configuration change to its network had been pushed to 11 of its 14 European regions at the same time.",
 "Kestrel, which is based in Leeds, said the regions affected carried about 38% of its data centre capacity in Europe. Customers in Ireland, the Netherlands and the Nordic countries reported the most problems, while its three regions in Spain and Portugal were not hit.",
 "\"We let our customers down and we are sorry,\" said Imogen Thackeray, Kestrel's chief operating officer. She said the firm would give every affected customer a credit equal to 10% of its monthly fee and would publish a full review within 30 days.",
 "Reports of problems on the monitoring site Downwatch peaked at about 61,000 at 16:30 BST. Several airlines and a regional bus company said their booking systems were slowed because they relied on Kestrel for email and shared documents.",
 "It is the second major outage at the company in three years. In October 2022 a power failure at a data centre in Manchester took its services offline for 90 minutes.",
 "Kestrel has about 9,400 employees and reported revenue of £2.7bn in its last financial year, which ended in March. Its shares fell 3.8% in early trading in London on Tuesday.",
 "Analysts said the incident would add to pressure on cloud providers to stagger software changes rather than roll them out across many regions at once.",
]
digest = dict(
 headline="ケストレル・クラウド:欧州で4時間超の大規模障害", posted="2025年06月17日 19:40",
 lead=["欧州の企業向けクラウド大手ケストレル・クラウド(Kestrel Cloud)で16日(月)、大規模な障害が発生し、約230万の企業顧客がファイルやメールを4時間以上利用できなくなった。"],
 highlights=[
  ("障害の時間", "障害は英国夏時間15時42分(日本時間16日23時42分)に始まり、20時05分(同17日午前4時5分)に全面復旧した。停止時間は計4時間23分に及んだ。"),
  ("原因", "ネットワークの設定変更の誤りが、欧州14地域のうち11地域(約8割)に同時に反映された。"),
  ("補償", "影響を受けた全顧客に月額料金の10%分を返金し、30日以内に詳しい調査結果を公表する。"),
 ],
 context=[
  ("影響の範囲", "影響を受けた地域は欧州のデータセンター容量の約38%を担う。スペインとポルトガルの3地域は無事だった。"),
  ("過去の障害", "同社の大規模障害は3年間で2度目。2022年10月にはマンチェスターのデータセンターの停電でサービスが90分間止まった。"),
 ],
 closing=["一方、専門家は、ソフトウェアの変更を多くの地域に一度に展開せず、段階的に行うよう求める圧力が強まるとみている。"],
 intro=["リーズに本社を置くケストレルの障害は、航空会社やバス会社の予約システムにも波及した。以下、経緯と影響をまとめる。"],
 details=[
  ("障害の経緯", [
   ("発生から復旧まで", ["・16日15時42分(英国夏時間)に発生、20時05分に全面復旧。", "・日本時間では16日23時42分から17日午前4時5分まで。", "・停止時間は4時間23分。"]),
   ("原因", ["・誤った設定変更が14地域中11地域に同時に適用された。", "・対象地域は欧州のデータセンター容量の約38%にあたる。"]),
  ]),
  ("利用者への影響", [
   ("被害の広がり", ["・約230万の企業顧客がファイルとメールにアクセスできなくなった。", "・監視サイト「ダウンウォッチ」への障害報告は16時30分ごろに約6万1000件でピークに達した。", "・アイルランド、オランダ、北欧で特に影響が大きかった。"]),
   ("会社の対応", ["・イモジェン・サッカレー(Imogen Thackeray)最高執行責任者は「顧客の期待を裏切った。申し訳ない」と謝罪した。", "・月額料金の10%を返金し、30日以内に調査結果を公表する。"]),
  ]),
  ("会社の概要と市場の反応", [
   ("規模と株価", ["・従業員は約9400人、3月に終わった前年度の売上高は27億ポンド。", "・17日(火)朝のロンドン市場で株価は3.8%下落した。"]),
  ]),
 ],
 dclosing=["同社にとっては2022年以来の大規模障害で、停止時間は前回の90分を大きく上回った。"],
 points=[
  ("障害の経緯", [("発生から復旧まで", ["・日本時間16日23時42分から17日午前4時5分まで、4時間23分停止。"]), ("原因", ["・設定変更の誤りが11地域に同時に反映。"])]),
  ("利用者への影響", [("被害の広がり", ["・約230万の企業顧客に影響、報告は約6万1000件でピーク。"]), ("会社の対応", ["・月額料金の10%を返金し、30日以内に報告。"])]),
  ("会社の概要と市場の反応", [("規模と株価", ["・売上高27億ポンド、株価は3.8%安。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2025.06.17", cite_url=url,
)
