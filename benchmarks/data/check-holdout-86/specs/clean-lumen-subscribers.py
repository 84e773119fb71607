lang = "en"
outlet = "Harbor Line Tech"
title = "Lumenflix passes 48 million subscribers as ad tier drives growth"
url = "https://www.harborlinetech.example/media/2025/04/17/lumenflix-q1-subscribers"
published = "2025-04-17T16:05:00-04:00"
timestr = "Thursday, April 17, 2025, 4:05 p.m. EDT"
author = "Dana Whitcombe"
section = "Media"
paras = [
 "Lumenflix, the streaming service owned by Corvane Media, said on Thursday that it ended the first quarter with 48.2 million paying subscribers, up from 41.5 million a year earlier, as its cheaper advertising-supported plan drew new customers in North America and Europe.",
 "Revenue for the three months to March 31 rose 14% to $3.06 billion, the company said. Operating profit more than doubled to $412 million, helped by lower spending on licensed films and a price rise that took effect in January.",
 "The ad-supported tier, launched in October 2023 at $6.99 a month, now accounts for 19.3 million subscribers, or roughly two in five of the total. The standard plan without ads costs $15.49 in the United States after the January increase of $1.50.",
 "Chief executive Marisol Quenneville told analysts on a call that churn, the share of subscribers who cancel in a given month, fell to 2.1% from 2.6% a year ago. \"People are staying longer because the catalogue is deeper,\" she said.",
 "Lumenflix added 2.4 million subscribers in the quarter, its best January-to-March period since 2021. Analysts surveyed by the research firm Calder Point had expected about 1.9 million additions.",
 "The company raised its full-year revenue forecast to between $12.6 billion and $12.9 billion. It also said it would spend $7.5 billion on content this year, about the same as in 2024.",
 "Shares of Corvane Media rose 6% in after-hours trading in New York. The stock had lost about a fifth of its value since the start of the year amid worries about competition from free video platforms.",
 "Quenneville said the service would start offering live sports in Canada in the second half of the year, beginning with a package of 40 regular-season hockey games.",
]
digest = dict(
 headline="ルーメンフリックス:有料会員4820万人に", posted="2025年04月18日 09:30", image="浪華百景",
 lead=["コルヴェイン・メディア(Corvane Media)傘下の動画配信サービス、ルーメンフリックス(Lumenflix)は17日、1〜3月期末の有料会員数が4820万人に達したと発表した。前年同期の4150万人から670万人増えた。低価格の広告付きプランが北米と欧州で新規会員を集めた。"],
 highlights=[
  ("業績", "1〜3月期の売上高は前年同期比14%増の30億6000万ドル、営業利益は2倍超の4億1200万ドルとなった。"),
  ("広告付きプラン", "2023年10月に月額6.99ドルで始めた広告付きプランの会員は1930万人で、全体の約4割を占める。"),
  ("解約率", "月間の解約率は2.1%と、前年同期の2.6%から0.5ポイント低下した。"),
 ],
 context=[
  ("値上げ", "1月に広告なしの標準プランを1.50ドル値上げし、米国での月額は15.49ドルとなった。"),
  ("株価", "親会社の株価は年初から約2割下落していたが、発表後の時間外取引で6%上昇した。"),
 ],
 closing=["同社は通期の売上高見通しを引き上げており、年後半にはカナダでスポーツのライブ配信にも乗り出す。"],
 intro=["ルーメンフリックスの1〜3月期決算は、会員数、利益ともに市場の予想を上回った。以下、主な数字と今後の計画をまとめる。"],
 details=[
  ("1〜3月期の決算", [
   ("会員数", ["・期末の有料会員数は4820万人で、前年同期の4150万人を上回った。", "・四半期中の純増は240万人で、1〜3月期としては2021年以来の高水準。", "・調査会社カルダー・ポイント(Calder Point)がまとめたアナリスト予想は約190万人だった。"]),
   ("売上高と利益", ["・売上高は14%増の30億6000万ドル。", "・営業利益は4億1200万ドルと2倍超に増えた。", "・作品の調達費の抑制と1月の値上げが寄与した。"]),
  ]),
  ("プランと会員の動向", [
   ("広告付きプラン", ["・広告付きプランの会員は1930万人で、全体の約4割。", "・標準プランは1月に1.50ドル値上げされ、月額15.49ドルに。"]),
   ("解約率", ["・マリソル・クネヴィル(Marisol Quenneville)最高経営責任者は、解約率が2.6%から2.1%に下がったと説明した。", "・クネヴィル氏は「作品群が充実したので、長くとどまってもらえている」と述べた。"]),
  ]),
  ("今後の見通し", [
   ("通期予想とコンテンツ投資", ["・通期の売上高見通しを126億〜129億ドルに引き上げた。", "・今年のコンテンツ投資は75億ドルで、2024年とほぼ同額。"]),
   ("スポーツ配信", ["・年後半にカナダでスポーツのライブ配信を始め、まずアイスホッケーのレギュラーシーズン40試合を配信する。"]),
  ]),
 ],
 dclosing=["一方、無料の動画サービスとの競争への懸念は根強く、値上げ後も会員の伸びが続くかが注目される。"],
 points=[
  ("1〜3月期の決算", [("会員数", ["・有料会員4820万人、四半期で240万人の純増。"]), ("売上高と利益", ["・売上高30億6000万ドル(14%増)、営業利益4億1200万ドル。"])]),
  ("プランと会員の動向", [("広告付きプラン", ["・広告付きプランの会員1930万人で全体の約4割。"]), ("解約率", ["・解約率は2.1%に低下。"])]),
  ("今後の見通し", [("通期予想とコンテンツ投資", ["・売上高見通しは126億〜129億ドル、コンテンツ投資75億ドル。"]), ("スポーツ配信", ["・カナダでアイスホッケー40試合を配信へ。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2025.04.17", cite_url=url,
)
