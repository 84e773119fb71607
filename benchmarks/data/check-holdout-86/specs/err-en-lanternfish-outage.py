lang = "en"
outlet = "The City Ledger"
title = "Lanternfish card outage leaves shoppers stranded on busy Friday"
url = "https://www.thecityledger.example/technology/2025/nov/21/lanternfish-card-payments-outage"
published = "2025-11-21T19:20:00+00:00"
timestr = "Fri 21 Nov 2025 19.20 GMT"
author = "Rhiannon Castell"
section = "Technology"
paras = [
 "Millions of shoppers in the UK were unable to pay by card for more than three and a half hours on Friday after a fault at Lanternfish Payments, which processes transactions for about 310,000 shops, restaurants and petrol stations.",
 "The problems began at 11:00 GMT and were fixed at 14:40, a total of 3 hours and 40 minutes, the company said. About 4.2 million card payments failed during that time, out of roughly 6.8 million attempted through its terminals.",
 "Lanternfish said a database upgrade carried out overnight had caused the fault, not a cyber-attack. Chief executive Owain Prendergast said the company would cover fees for the affected merchants for the whole of December.",
 "The outage hit at the start of one of the busiest shopping weekends of the year, a week before Black Friday. The British Retail Forum estimated that lost sales could reach £85m.",
 "Lanternfish handles about 18% of card transactions in UK shops, making it the third-largest processor. It had a similar, shorter outage in May last year, when payments were disrupted for 50 minutes.",
 "The financial regulator said it was in contact with the company. Under its rules, firms must report major incidents within four hours and give a full account within 30 days.",
 "Small businesses said they had been forced to turn customers away. \"We lost about half of our lunchtime trade,\" said one café owner in Cardiff, who asked that his name not be used.",
 "Lanternfish, which employs 2,700 people, was founded in 2009 and was bought by a private equity firm for £1.9bn in 2022.",
]
digest = dict(
 headline="ランターンフィッシュ:カード決済が3時間40分停止", posted="2025年11月22日 08:30",
 lead=["英国で21日(金)、決済代行会社ランターンフィッシュ・ペイメンツ(Lanternfish Payments)に障害が起き、約31万の店舗や飲食店、ガソリンスタンドで3時間半以上にわたりカード払いができなくなった。"],
 highlights=[
  ("停止時間", "障害は英国時間午前11時(日本時間午後8時)に始まり、午後2時40分に復旧した。停止時間は計3時間40分だった。"),
  ("決済の失敗", "この間に試みられた約680万件のカード決済のうち、約420万件、約6割が失敗した。"),
  ("原因", "夜間に行ったデータベースの更新が原因で、サイバー攻撃ではないという。"),
 ],
 context=[
  ("売上への打撃", "ブラックフライデーの1週間前という繁忙期に起きた。英小売フォーラムは、失われた売上が8500万ポンドに達する可能性があるとみる。"),
  ("市場での位置", "同社は英国の店舗でのカード決済の約18%を扱う3位の事業者。昨年5月にも50分間の障害を起こしている。"),
 ],
 closing=["オウェイン・プレンダーガスト(Owain Prendergast)最高経営責任者は、影響を受けた加盟店の12月の手数料を全額負担すると表明した。"],
 intro=["年末商戦を前にした障害は、中小の店舗に大きな打撃を与えた。以下、経緯と影響を整理する。"],
 details=[
  ("障害の経緯", [
   ("発生と復旧", ["・21日午前11時(英国時間)に発生し、午後2時40分に復旧。", "・停止時間は3時間40分。"]),
   ("原因", ["・夜間のデータベース更新の不具合。"]),
  ]),
  ("影響", [
   ("決済と売上", ["・失敗した決済は約420万件。", "・失われた売上は最大8500万ポンドとの試算。"]),
   ("中小の店舗", ["・カーディフのカフェの経営者は「昼の売上の半分ほどを失った」と話した。"]),
  ]),
  ("規制と会社", [
   ("当局の対応", ["・金融規制当局は同社と連絡を取っている。", "・重大な障害は4時間以内に報告し、30日以内に詳しく説明する決まり。"]),
   ("会社の概要", ["・2009年創業で従業員は2700人。", "・2022年に投資ファンドが19億ポンドで買収した。"]),
  ]),
 ],
 dclosing=["前回の障害は50分で収まっており、今回の停止の長さが際立つ。"],
 points=[
  ("障害の経緯", [("発生と復旧", ["・3時間40分にわたりカード決済が停止。"]), ("原因", ["・データベース更新の不具合。"])]),
  ("影響", [("決済と売上", ["・約420万件が失敗、損失は最大8500万ポンド。"]), ("中小の店舗", ["・昼の売上の半分を失った店も。"])]),
  ("規制と会社", [("当局の対応", ["・4時間以内の報告が義務。"]), ("会社の概要", ["・2022年に19億ポンドで買収。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2025.11.21", cite_url=url,
)
plants = [
 ("・停止時間は3時間40分。", "・停止時間は2時間40分。"),
 ("・2009年創業で従業員は2700人。", "・2009年創業で従業員は2700人、加盟店は約42万店にのぼる。"),
 ("・失われた売上は最大8500万ポンドとの試算。", "・失われた売上は最大1億8500万ポンドとの試算。"),
]
findings = [
 {"kind": "mismatch", "severity": "error", "span": "2時間40分"},
 {"kind": "mismatch", "severity": "error", "span": "約42万店"},
 {"kind": "mismatch", "severity": "error", "span": "1億8500万ポンド"},
]
