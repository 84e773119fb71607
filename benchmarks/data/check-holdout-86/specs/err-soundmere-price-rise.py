lang = "en"
outlet = "Pacific Byte Journal"
title = "Soundmere lifts Australian prices as paying subscribers reach 141 million"
url = "https://pacificbyte.example/streaming/soundmere-price-rise-australia-2025"
published = "2025-07-16T06:30:00+10:00"
timestr = "Wednesday 16 July 2025, 6:30am AEST"
author = "Callum Ridgeway"
paras = [
 "Music streaming service Soundmere will raise the price of its individual plan in Australia from A$13.99 to A$15.99 a month from Friday, August 1, the company told subscribers in an email on Tuesday.",
 "The family plan, which allows up to six accounts, will rise from A$25.99 to A$28.99, and the student plan from A$7.99 to A$8.49. In the United States the individual plan goes up by a dollar to US$12.99 on the same date.",
 "The increases come as Soundmere reported 312 million monthly users worldwide at the end of June, of whom 141 million pay for a subscription. Europe remains its largest region with 123 million users, followed by North America with 86 million.",
 "Revenue for the April-to-June quarter rose 11% to €4.1bn, and the company posted an operating profit of €402m, its fifth profitable quarter in a row. Its gross margin improved by 2.3 percentage points to 31.6%.",
 "Soundmere is the world's largest music streaming service with an estimated 31% share of subscriptions, according to the analysis firm Hollowell & Pike. The second-ranked service holds about 18%.",
 "Chief financial officer Birgitta Lindqvist-Amara said the company had added more than 100,000 podcasts and 250,000 audiobooks to its catalogue over the past year, which justified the higher prices. \"Subscribers are getting much more than music,\" she said.",
 "It is the second price rise in Australia in two years. Consumer groups criticised the move, noting that the individual plan has now risen by A$4 since 2023, when it cost A$11.99.",
 "Soundmere, founded in 2008, has about 7,300 employees after cutting roughly 1,500 jobs in 2023.",
]
digest = dict(
 headline="サウンドミア:豪州で値上げ、有料会員1億4100万人", posted="2025年07月16日 11:00",
 lead=["音楽配信サービスのサウンドミア(Soundmere)は、オーストラリアの個人プランの月額料金を8月1日(金)から13.99豪ドルから15.99豪ドルに引き上げる。15日(火)に会員にメールで通知した。"],
 highlights=[
  ("各プランの値上げ", "個人プランは2豪ドルの値上げ。最大6アカウントのファミリープランは25.99豪ドルから28.99豪ドルに、学生プランは7.99豪ドルから8.49豪ドルになる。"),
  ("米国", "米国でも同日、個人プランが1ドル上がって12.99ドルとなる。"),
  ("会員数", "6月末の世界の月間利用者は3億1200万人で、うち有料会員は1億4100万人と、全体の約45%を占める。"),
 ],
 context=[
  ("業績", "4〜6月期の売上高は11%増の41億ユーロ、営業利益は4億200万ユーロで、5四半期連続の黒字となった。粗利益率は2.3ポイント改善して31.6%だった。"),
  ("首位の座", "調査会社ホロウェル&パイク(Hollowell & Pike)によると、サウンドミアの世界シェアは約31%で首位。2位は約18%にとどまる。"),
 ],
 closing=["一方、消費者団体は、2023年に11.99豪ドルだった個人プランが4豪ドル値上がりしたと批判している。"],
 intro=["サウンドミアのオーストラリアでの値上げは、2年間で2回目となる。以下、料金改定の内容と業績を整理する。"],
 details=[
  ("料金改定", [
   ("オーストラリア", ["・個人プランは13.99豪ドルから15.99豪ドルへ。", "・ファミリープランは28.99豪ドル、学生プランは8.49豪ドルに。", "・8月1日(金)から適用される。"]),
   ("米国", ["・個人プランは1ドル値上げして12.99ドル。"]),
  ]),
  ("会員と業績", [
   ("会員数", ["・月間利用者は3億1200万人、有料会員は1億4100万人。", "・地域別では欧州が1億2300万人で最大、北米が8600万人で続く。"]),
   ("4〜6月期決算", ["・売上高は41億ユーロ(11%増)、営業利益は4億200万ユーロ。", "・粗利益率は31.6%。"]),
  ]),
  ("値上げの理由と反発", [
   ("会社の説明", ["・ビルギッタ・リンドクヴィスト=アマラ(Birgitta Lindqvist-Amara)最高財務責任者は、1年間でポッドキャスト10万本以上、オーディオブック25万冊を追加したと説明した。", "・「会員は音楽以上のものを手にしている」と述べた。"]),
   ("消費者団体の批判", ["・個人プランは2023年の11.99豪ドルから4豪ドル上がった。"]),
  ]),
 ],
 dclosing=["2008年創業のサウンドミアは2023年に約1500人を削減し、現在の従業員は約7300人。"],
 points=[
  ("料金改定", [("オーストラリア", ["・個人プランは8月1日から15.99豪ドルに。"]), ("米国", ["・米国の個人プランは12.99ドルに。"])]),
  ("会員と業績", [("会員数", ["・有料会員1億4100万人、月間利用者3億1200万人。"]), ("4〜6月期決算", ["・売上高41億ユーロ、5四半期連続の黒字。"])]),
  ("値上げの理由と反発", [("会社の説明", ["・コンテンツ拡充を値上げの理由に挙げる。"]), ("消費者団体の批判", ["・2023年から4豪ドルの値上がりと批判。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2025.07.16",
 cite_url=url + "?utm_source=newsletter&utm_medium=email&utm_campaign=tech_daily&sub_id=88213",
)
plants = [
 ("個人プランは2豪ドルの値上げ。", "個人プランは3豪ドルの値上げ。"),
 ("・月間利用者は3億1200万人、有料会員は1億4100万人。", "・月間利用者は3億1200万人、有料会員は1億2300万人。"),
]
findings = [
 {"kind": "mismatch", "severity": "error", "span": "3豪ドルの値上げ"},
 {"kind": "mismatch", "severity": "error", "span": "有料会員は1億2300万人"},
 {"kind": "citation", "severity": "warning", "span": url + "?utm_source=newsletter&utm_medium=email&utm_campaign=tech_daily&sub_id=88213"},
]
