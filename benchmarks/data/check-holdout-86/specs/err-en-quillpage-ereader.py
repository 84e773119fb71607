lang = "en"
outlet = "Paper and Pixel Post"
title = "Quillpage unveils Glow 3 e-reader with colour screen, priced at £149"
url = "https://paperandpixelpost.example/devices/2025/09/18/quillpage-glow-3-ereader-colour"
published = "2025-09-18T08:00:00+01:00"
timestr = "Thursday 18 September 2025, 08:00 BST"
author = "Imran Haverford"
section = "Devices"
paras = [
 "Quillpage, the e-book company, unveiled its Glow 3 e-reader on Wednesday, its first model with a colour screen. It will go on sale on Tuesday, 30 September, priced at £149 in Britain, €169 in the euro zone and $159 in the United States.",
 "The device has a 7-inch screen, 32GB of storage, enough for thousands of books, and a battery that the company says lasts up to 10 weeks with half an hour of reading a day. It weighs 205 grams, 12 grams more than the Glow 2.",
 "Quillpage said it had sold 7.5 million e-readers since launching its first device in 2019, and that its subscription service, which gives access to about 1.2 million titles for £8.99 a month, now had 2.6 million members.",
 "The company ranks second in the European e-reader market with a share of about 27%, according to the research firm Kestwick Insights. Its sales rose 14% in the first half of the year.",
 "Chief executive Mireille Okonjo-Hartley said colour screens had become cheap enough for a mass-market device. \"Comics, cookbooks and children's books were the most requested,\" she said. She added that about 40% of subscribers read on more than one device.",
 "Reviewers who tested early units said colours appeared muted compared with a tablet and that page turns were slightly slower than on the black-and-white model. The company said a software update in November would speed them up.",
 "Quillpage also cut the price of its black-and-white Glow 2 by £20 to £99.",
 "The company, based in Edinburgh, employs about 1,300 people and has offices in Dublin and Lisbon.",
]
digest = dict(
 headline="クイルページ:初のカラー電子書籍リーダー「グロウ3」", posted="2025年09月18日 18:30",
 lead=["電子書籍会社のクイルページ(Quillpage)は17日(水)、同社初のカラー画面を備えた電子書籍リーダー「グロウ3(Glow 3)」を発表した。9月30日(火)に発売し、価格は英国で149ポンド、ユーロ圏で169ユーロ、米国で159ドル。"],
 highlights=[
  ("仕様", "画面は7インチ、容量は32GB。1日30分の読書なら電池は最長10週間もつという。重さは205グラムで、グロウ2より12グラム重い。"),
  ("販売実績", "2019年に最初の端末を出して以来の累計販売台数は750万台。約120万冊が読める月額8.99ポンドの定額サービスの会員は260万人に達した。"),
  ("値下げ", "白黒モデルのグロウ2は20ポンド下げて99ポンドとする。"),
 ],
 context=[
  ("市場での位置", "調査会社ケストウィック・インサイツ(Kestwick Insights)によると、欧州の電子書籍リーダー市場でのシェアは約27%で2位。上半期の売上高は14%増えた。"),
  ("要望に応える", "ミレイユ・オコンジョ=ハートリー(Mireille Okonjo-Hartley)最高経営責任者は、カラー画面が大衆向け端末に使えるほど安くなったと説明した。"),
 ],
 closing=["一方、試用したレビュー担当者からは、タブレットに比べて色が淡く、ページめくりも白黒モデルよりやや遅いとの声が出ている。"],
 intro=["クイルページはカラー化で漫画や料理本などの需要を取り込む。以下、新製品と会社の現状をまとめる。"],
 details=[
  ("新製品", [
   ("価格と発売日", ["・9月30日(火)発売、149ポンド、169ユーロ、159ドル。"]),
   ("仕様", ["・7インチ画面、32GB、205グラム。", "・電池は1日30分で最長10週間。"]),
  ]),
  ("会社の現状", [
   ("販売と会員", ["・累計750万台、定額サービスの会員260万人。", "・会員の約4割が複数の端末で読んでいる。"]),
   ("経営陣の説明", ["・オコンジョ=ハートリー氏は「漫画、料理本、児童書の要望が最も多かった」と語った。"]),
  ]),
  ("課題", [
   ("表示の速さ", ["・ページめくりの遅さは11月のソフト更新で改善するという。"]),
  ]),
 ],
 dclosing=["エディンバラに本社を置くクイルペイジは約1300人を雇用し、ダブリンとリスボンにも拠点を持つ。"],
 points=[
  ("新製品", [("価格と発売日", ["・9月30日発売、149ポンド。"]), ("仕様", ["・7インチ、32GB。"])]),
  ("会社の現状", [("販売と会員", ["・累計750万台、会員260万人。"]), ("経営陣の説明", ["・漫画や料理本の要望が多い。"])]),
  ("課題", [("表示の速さ", ["・11月の更新で速度を改善。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2025.09.18", cite_url=url,
)
plants = [
 ("・9月30日(火)発売、149ポンド、169ユーロ、159ドル。", "・10月1日(火)発売、149ポンド、169ユーロ、159ドル。"),
 ("白黒モデルのグロウ2は20ポンド下げて99ポンドとする。", "1990年代から続く白黒モデルの系譜を継ぐグロウ2は、20ポンド下げて99ポンドとする。"),
]
findings = [
 {"kind": "mismatch", "severity": "error", "span": "10月1日(火)"},
 {"kind": "unsupported", "severity": "warning", "span": "1990年代"},
 {"kind": "spelling", "severity": "warning", "span": "クイルペイジ"},
]
