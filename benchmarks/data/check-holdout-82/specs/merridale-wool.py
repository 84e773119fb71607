META = dict(lang="en", outlet="Southern Pastoral Times", author="Kate Brindley", section="Wool",
    title="Wool market jumps 47 cents as Chinese mills return",
    url="https://www.southernpastoraltimes.example/wool/2025/09/25/wool-market-jumps-47-cents",
    pub="2025-09-25T00:20:00+10:00", pub_h="25 Sep 2025, 12:20am AEST", topic="wool auction prices, clearance, flock")
BODY = [
 "The wool market posted its biggest one-day gain in more than two years on Wednesday, with the Eastern Market Indicator (EMI) rising 47 cents to 1,312 cents a kilogram clean as buyers for Chinese mills returned in force.",
 "Brokers offered 41,860 bales across the three selling centres and sold 38,100, with the rest passed in because growers' reserve prices were not met. China bought about 78% of the wool sold, India 8% and Italy 5%.",
 "The best superfine fleece, a 17-micron line from the Tablelands, made 2,480 cents a kilogram at the Merridale Wool Exchange.",
 "\"This is the price rise growers have been waiting for since the season opened on July 1,\" said Ian McLaren, 72, who runs 6,500 merinos on 4,000 hectares near Coolabah Springs. \"It still doesn't cover what shearing and freight cost us now.\"",
 "Shearing contractors charge about $4.20 a head, up from $3.60 three years ago. The national flock has shrunk to 64.5 million sheep, and the industry forecasts a clip of 265 million kilograms greasy in 2025/26, the smallest in more than 100 years.",
 "So far this season 512,000 bales have been sold at auction, 6% fewer than at the same point last year.",
 "Separately, a ram from the Wattle Creek stud, founded in 1888, sold for a record $68,000 on Tuesday at the Merridale ram sale, beating the previous record of $52,000 set in 2021.",
 "Brokers said the rally was driven by restocking after mills in eastern China ran down their inventories over the northern summer, and warned that prices could ease again if the currency strengthened.",
 "The next sale series opens on Tuesday, September 30, at 10am AEST, with about 44,000 bales rostered.",
]
DIGEST = """羊毛市場:中国の買い戻りで47セント急伸2025年09月25日 08:00

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 羊毛市場で24日(水曜日)、東部市場指標(EMI)が洗上げ1キロあたり47セント上がって1312セントとなった。前日の1265セントから約4%上がり、1日の上げ幅は2年あまりで最大となった。中国の紡績会社向けの買い手が大挙して戻った。

 主なハイライト

 成約率:3カ所の競り市場で4万1860俵が上場され、約9割にあたる3万8100俵が成約した。残りは生産者の最低価格に届かず引き取られた。

 買い手:成約分の約78%を中国が買い、インドが8%、イタリアが5%だった。

 文脈

 羊の頭数の減少:国内の羊の頭数は6450万頭に減り、2025/26年度の羊毛生産量は脂付きで2億6500万キロと、100年以上で最も少なくなる見通しである。

 コストの上昇:毛刈りの請負料金は1頭あたり約4.20ドルと、3年前の3.60ドルから60セント上がった。

 値上がりは生産者が待ち望んでいたものだが、コストの上昇を賄うには足りないとの声も出ている。

【詳細】

 中国勢の買い戻りで、羊毛相場は今季最大の上げとなった。以下、競りの結果と業界の状況をまとめる。

 競りの結果

 1.相場

 ・メリデール羊毛取引所では、テーブルランズ産の17ミクロンの極細羊毛が1キロあたり2480セントをつけた。
 ・7月1日の今季開始以来の成約は51万2000俵で、前年同期を6%下回る。

 2.生産者の声

 ・クーラバ・スプリングス近郊の4000ヘクタール(約9900エーカー)でメリノ種6500頭を飼うイアン・マクラーレン(Ian McLaren)さん(72)は「毛刈りと運賃のコストはまだ賄えない」と話した。

 種羊の記録

 1.過去最高値

 ・1888年創業のワトル・クリーク牧場の種雄羊が23日(火曜日)のメリデール種羊市で6万8000ドルの最高値で落札された。
 ・2021年の従来記録5万2000ドルを1万6000ドル上回った。

 次回の競りは30日(火曜日)午前10時(オーストラリア東部標準時)、日本時間午前9時に始まり、約4万4000俵が上場される予定である。

【要点】

 競りの結果

 1.相場

 ・EMIは47セント高の1312セント、極細羊毛は2480セント。

 2.生産者の声

 ・値上がりでもコスト増を賄えないとの声。

 種羊の記録

 1.過去最高値

 ・種雄羊が過去最高の6万8000ドルで落札。

{CITATION}"""
TRAPS = ["24日(水曜日) = on Wednesday (published 00:20 AEST Thu 25)", "1265セント / 約4% = 1312-47", "約9割 = 38,100/41,860", "60セント = 4.20-3.60",
         "約9900エーカー = 4,000 ha", "23日(火曜日) = on Tuesday", "1万6000ドル = 68,000-52,000", "30日(火曜日)", "日本時間午前9時 = 10am AEST", "1頭あたり",
         "citation date 2025.09.25 (outlet's own time zone; in JST the page is dated the 24th, 23:20)"]
ERRS = [
 ("約9割にあたる3万8100俵が成約した", "約8割にあたる3万8100俵が成約した", "約8割", "mismatch", "error", "wrong share (38,100/41,860 = 91%)"),
 ("次回の競りは30日(火曜日)午前10時(オーストラリア東部標準時)、日本時間午前9時に始まり", "次回の競りは30日(火曜日)午前10時(オーストラリア東部標準時)、日本時間午前11時に始まり", "日本時間午前11時", "mismatch", "error", "wrong JST conversion (+1h instead of -1h)"),
 ("Wool market jumps 47 cents as Chinese mills return  Southern Pastoral Times  2025.09.25", "Wool market jumps 47 cents as Chinese mills return  Southern Pastoral Times  2025.09.24", "2025.09.24", "citation", "warning", "citation date in JST/UTC instead of the outlet's own date"),
]
