lang = "en"
outlet = "Metro Web Dispatch"
title = "Chirpline hits 200 million daily users, sets date for paid tier"
url = "https://metrowebdispatch.example/social-media/chirpline-200-million-daily-users-paid-tier"
published = "2026-01-14T10:05:00-05:00"
timestr = "Jan. 14, 2026 10:05 a.m. ET"
author = "Theo Markarian"
section = "Social media"
paras = [
 "Chirpline, the short-video and messaging app, now has 200 million daily active users, up from 150 million a year ago, its co-founder and chief executive Lena Voskuijlen said on Tuesday in an interview.",
 "The app will launch a paid tier called Chirpline Plus on Thursday, January 15, at 6 p.m. Eastern time. It will cost $4.99 a month in the United States, €4.99 in the euro zone and ¥700 in Japan, and will remove ads and add longer uploads of up to 60 minutes.",
 "Chirpline's advertising revenue in the fourth quarter of 2025 rose 38% to $1.12 billion, Voskuijlen said. The privately held company expects to break even on an operating basis for the first time in 2026.",
 "Chirpline was the most downloaded free app in 38 countries in December, according to the app analytics firm Beacon Metrics, and ranked third worldwide for the full year 2025 with 410 million downloads.",
 "The average user is 24 years old and spends 71 minutes a day on the app, up from 58 minutes a year earlier. About 55% of users are outside North America and Europe.",
 "Voskuijlen, 33, founded the company in 2020 with two former university classmates. It has raised $2.3 billion from investors and employs 4,100 people, including 1,200 content moderators.",
 "The company has faced criticism over its handling of misleading videos. Voskuijlen said Chirpline removed 96 million videos in the first nine months of 2025 for breaking its rules, most of them before any user reported them.",
 "Investors are watching whether Chirpline can persuade enough users to pay. Voskuijlen said the company's goal was 10 million Plus subscribers by the end of 2027, or about 5% of today's daily users.",
]
digest = dict(
 headline="チャープライン:1日の利用者2億人、有料版を15日に開始", posted="2026年01月15日 07:30",
 lead=["短編動画とメッセージのアプリ「チャープライン(Chirpline)」の1日あたりのアクティブ利用者が2億人に達した。1年前の1億5000万人から約3割増えた。共同創業者のレナ・フォスカイレン(Lena Voskuijlen)最高経営責任者が13日(火)のインタビューで明らかにした。"],
 highlights=[
  ("有料版", "有料版「チャープライン・プラス」を1月15日(木)午後6時(米東部時間)、日本時間16日(金)午前8時に始める。料金は米国で月4.99ドル、ユーロ圏で4.99ユーロ、日本で700円。"),
  ("広告収入", "2025年10〜12月期の広告収入は38%増の11億2000万ドルだった。"),
  ("ダウンロード", "アプリ分析会社ビーコン・メトリクス(Beacon Metrics)によると、12月には38カ国で無料アプリのダウンロード数首位となり、2025年通年では4億1000万回で世界3位だった。"),
 ],
 context=[
  ("若い利用者", "利用者の平均年齢は24歳で、1日の利用時間は1年前の58分から13分延びて71分となった。"),
  ("有料会員の目標", "2027年末までに有料会員1000万人を目指す。現在の1日の利用者の5%にあたる。"),
 ],
 closing=["非上場の同社は、2026年に初の営業黒字化を見込んでいる。"],
 intro=["チャープラインは広告に加え、有料版で新たな収入源を探る。以下、発表の内容をまとめる。"],
 details=[
  ("利用者と収益", [
   ("利用者数", ["・1日の利用者は2億人、1年前は1億5000万人。", "・利用者の約55%は北米と欧州以外に住む。"]),
   ("広告収入", ["・10〜12月期は11億2000万ドル(38%増)。"]),
  ]),
  ("有料版の概要", [
   ("開始日時と料金", ["・米東部時間15日(木)午後6時、日本時間16日(金)午前8時に開始。", "・日本では月700円。"]),
   ("内容", ["・広告を消し、最長60分の動画を投稿できる。"]),
  ]),
  ("会社と課題", [
   ("会社の概要", ["・33歳のフォスカイレン氏が2020年に大学の同級生2人と創業した。", "・調達額は23億ドル、従業員4100人のうち1200人がコンテンツの監視を担う。"]),
   ("誤情報への対応", ["・2025年1〜9月に規約違反で9600万本の動画を削除した。"]),
  ]),
 ],
 dclosing=["一方、どれだけの利用者がお金を払うかが、今後の成長を占うかぎとなる。"],
 points=[
  ("利用者と収益", [("利用者数", ["・1日の利用者2億人。"]), ("広告収入", ["・10〜12月期の広告収入11億2000万ドル。"])]),
  ("有料版の概要", [("開始日時と料金", ["・日本時間16日午前8時に有料版開始。"]), ("内容", ["・広告なし、60分の動画投稿。"])]),
  ("会社と課題", [("会社の概要", ["・従業員4100人。"]), ("誤情報への対応", ["・9600万本の動画を削除。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2026.01.14", cite_url=url,
)
