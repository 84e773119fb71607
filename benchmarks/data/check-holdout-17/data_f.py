CASES = []

CASES.append(dict(
slug="port-wellington-marathon-live", lang="en", outlet="Lakeshore Daily Courier", author="Courier Sports Staff", section="Running",
url="https://www.lakeshorecourier.example/sports/running/port-wellington-marathon-2024-live-updates",
title="Port Wellington Marathon 2024 live: Kiprono breaks course record, Mekonnen wins women's race",
published="2024-10-13T14:05:00-05:00", time_display="Updated Oct. 13, 2024, 2:05 p.m. CDT",
paras=[
"Follow along for live updates from the 2024 Port Wellington Marathon. All times are Central Daylight Time.",
"<h3>2:00 p.m.</h3>",
"Race officials say 39,652 runners have crossed the finish line so far out of 41,870 who started this morning. Medical tents treated 312 runners, most for cramps and blisters; eight were taken to hospital as a precaution.",
"<h3>10:05 a.m.</h3>",
"Hana Mekonnen of Ethiopia wins the women's race in 2:19:03. American Sarah Whitfield finishes second in 2:19:49, the best marathon of her career, and Kenya's Ruth Chepngetich Ndiema is third in 2:20:31. &quot;I waited at 35K and then I went,&quot; Mekonnen said through an interpreter.",
"<h3>9:51 a.m.</h3>",
"COURSE RECORD. Elias Kiprono of Kenya wins the men's race in 2:05:47, breaking the course record of 2:06:12 set by Ethiopia's Tadesse Bekele in 2019. Kiprono, 27, ran the second half in 1:03:06 after the lead pack went through halfway together. He collects $100,000 for the win and a $50,000 bonus for the record.",
"<h3>8:56 a.m.</h3>",
"Daniel Okoro wins the men's wheelchair race in 1:24:58.36 after a sprint down the final straight, edging Switzerland's Marc Hofer (1:24:58.77). It is Okoro's third win here in four years. The women's wheelchair race went to Emma Lindqvist in 1:39:12.",
"<h3>8:48 a.m.</h3>",
"A lead pack of nine men passes halfway, 13.1 miles, in 1:02:41. Kiprono and Bekele are both in the group.",
"<h3>7:45 a.m.</h3>",
"And they're off. The elite fields and the first wave of the mass start are on their way across the Harbor Bridge. Organisers say 41,870 runners started, a record for the race, which was first run in 1977.",
"<h3>7:30 a.m.</h3>",
"The wheelchair races are under way.",
"<h3>6:55 a.m.</h3>",
"Conditions look good: it is 48 degrees Fahrenheit at the start with a light wind from the north-west. The forecast high is 61 degrees, which should keep the heat off the slower runners in the early afternoon.",
],
digest="""ポートウェリントン・マラソン:キプロノが大会新記録で優勝2024年10月14日 09:30

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 米国のポートウェリントン・マラソンが13日に行われ、男子はケニアのエリアス・キプロノ(Elias Kiprono)が2時間5分47秒の大会新記録で優勝した。2019年にエチオピアのタデッセ・ベケレ(Tadesse Bekele)が出した2時間6分12秒を25秒縮めた。女子はエチオピアのハナ・メコネン(Hana Mekonnen)が2時間19分3秒で制した。

 主なハイライト

 スタート:エリートと一般の第1ウエーブは米中部夏時間午前7時45分(日本時間13日午後9時45分)にスタートした。出走者は4万1870人で大会史上最多となった。

 女子の決着:メコネンは35キロ付近まで待ってから仕掛けた。2位の米国のサラ・ウィットフィールド(Sarah Whitfield)は2時間19分49秒の自己ベストで、メコネンとの差は46秒だった。

 文脈

 車いすの接戦:男子車いすはダニエル・オコロ(Daniel Okoro)が1時間24分58秒36で、スイスのマルク・ホーファー(Marc Hofer、1時間24分58秒77)を0秒41差で振り切った。オコロはこの大会で4年間に3度目の優勝となる。

 賞金:キプロノは優勝賞金10万ドルと大会記録のボーナス5万ドル、計15万ドルを手にする。

 1977年に始まった大会は、好天にも恵まれて記録ずくめの一日となった。

【詳細】

 ライブ速報をもとに、レースの流れと結果をまとめる(日本時間は米中部夏時間に14時間を足した時刻)。

 男子のレース

 1.中間点まで

 ・9人の先頭集団が中間点(13.1マイル、約21.1キロ)を1時間2分41秒で通過した。キプロノとベケレもこの中にいた。

 2.大会新記録

 ・27歳のキプロノは後半を1時間3分6秒でまとめ、2時間5分47秒でゴールした。ゴールは現地時間午前9時50分すぎ、日本時間13日午後11時50分すぎだった。

 女子と車いすのレース

 1.女子

 ・メコネンが2時間19分3秒で優勝し、ゴールは日本時間14日午前0時4分ごろだった。
 ・3位はケニアのルース・チェプンゲティチ・ンディエマ(Ruth Chepngetich Ndiema)で2時間20分31秒。
 ・メコネンは通訳を介して「35キロまで待って、そこから仕掛けた」と語った。

 2.車いす

 ・男子はオコロが1時間24分58秒36、女子はエマ・リンドクヴィスト(Emma Lindqvist)が1時間39分12秒で優勝した。

 大会の運営

 1.気象条件

 ・スタート時の気温は華氏48度(摂氏約9度)で、北西の弱い風が吹いていた。予想最高気温は華氏61度(摂氏約16度)。

 2.完走と救護

 ・現地時間午後2時の時点で、出走者4万1870人のうち3万9652人、約95%がゴールした。
 ・救護テントでは312人が手当てを受け、うち8人が念のため病院に運ばれた。

 一方、大会新記録の誕生で、来年以降の大会にもさらに有力選手が集まりそうだ。

【要点】

 男子のレース

 1.中間点まで

 ・先頭集団9人が中間点を1時間2分41秒で通過。

 2.大会新記録

 ・キプロノが2時間5分47秒、従来の記録を25秒更新。

 女子と車いすのレース

 1.女子

 ・メコネンが2時間19分3秒で優勝、2位と46秒差。

 2.車いす

 ・オコロが0秒41差で競り勝つ。

 大会の運営

 1.気象条件

 ・スタート時は摂氏約9度。

 2.完走と救護

 ・午後2時までに約95%が完走、312人が手当てを受ける。

【引用・参照・底本】

Port Wellington Marathon 2024 live: Kiprono breaks course record, Mekonnen wins women's race Lakeshore Daily Courier 2024.10.13

https://www.lakeshorecourier.example/sports/running/port-wellington-marathon-2024-live-updates
""",
errs=[
("・キプロノが2時間5分47秒、従来の記録を25秒更新。", "・キプロノが2時間5分47秒、従来の記録を35秒更新。", "mismatch", "error", "35秒更新"),
("ゴールは日本時間14日午前0時4分ごろだった", "ゴールは日本時間13日午前0時4分ごろだった", "mismatch", "error", "13日午前0時4分"),
("ダニエル・オコロ(Daniel Okoro)が1時間24分58秒36で", "ダニエル・オコロ(Daniel Okoro)が1時間24分58秒63で", "mismatch", "error", "1時間24分58秒63"),
]))

CASES.append(dict(
slug="penang-house-prices", lang="en", outlet="Straits Property Observer", author="Lim Wei Jie", section="Residential",
url="https://www.straitspropertyobserver.example/residential/penang-house-prices-q2-2024",
title="Penang house prices rise 3.8% as affordable launches lag demand",
published="2024-08-28T15:00:00+08:00", time_display="Wed, 28 Aug 2024, 3:00 pm MYT",
paras=[
"GEORGE TOWN — Penang house prices rose 3.8% in the second quarter from a year earlier, with the median transaction price reaching RM485,000, according to data released by the National Property Information Centre on Wednesday.",
"Developers launched 3,420 new units in the state in the April-June period, but only 1,190 of them were priced below RM300,000, the level the state government considers affordable for first-time buyers.",
"A typical new condominium unit on the island now measures about 1,150 square feet, compared with 1,400 square feet a decade ago, as developers shrink layouts to keep prices within reach.",
"The median household income in Penang is RM7,250 a month, official figures show, meaning the median home costs well over five years of household income. Housing economists generally regard a ratio above five as severely unaffordable.",
"The state also has an overhang of 2,860 completed but unsold units worth RM2.1 billion, most of them high-end condominiums priced above RM1 million, the minimum price foreigners must pay for property on the island.",
"&quot;We are building the wrong homes in the wrong places,&quot; said Tan Mei Ling, who chairs the Penang chapter of the Real Estate and Housing Developers' Association. &quot;The demand is for compact, affordable units near public transport.&quot;",
"Bank Negara Malaysia kept its overnight policy rate at 3.00% at its July meeting, where it has been since May 2023. Most economists expect the rate to stay on hold for the rest of the year.",
"The state government has pledged to deliver 20,000 affordable homes by 2030. Part of that is expected to come from a 4,500-acre land reclamation project south of the island, where the first plots are due to be handed to developers in 2027.",
"Transactions picked up in the quarter, with 4,117 residential deals worth RM1.64 billion recorded, up from 3,870 a year earlier.",
],
digest="""ペナン住宅価格:4〜6月期3.8%上昇、手頃な物件の供給追いつかず2024年08月29日 08:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 マレーシア・ペナン州の2024年4〜6月期の住宅価格は前年同期比3.8%上昇し、取引価格の中央値は48万5000リンギットに達した。国立不動産情報センターが28日(水)に公表したデータで明らかになった。

 主なハイライト

 手頃な物件の不足:4〜6月期に発売された新築3420戸のうち、州政府が初めて住宅を買う人にとって手頃とみなす30万リンギット未満の物件は1190戸と、3分の1強にとどまった。

 狭くなる住戸:島部の新築マンションの標準的な広さは約1150平方フィート(約107平方メートル)で、10年前の1400平方フィートから250平方フィート縮んだ。

 文脈

 所得との乖離:州の世帯所得の中央値は月7250リンギットで、住宅価格の中央値は年収の約5.6年分にあたる。専門家は一般に5倍を超えると「極めて手が届きにくい」とみなす。

 売れ残り:完成済みで売れ残っている住宅は2860戸、総額21億リンギットにのぼる。大半は100万リンギットを超える高級マンションで、この金額は外国人が島内で購入できる物件の最低価格でもある。

 取引件数は持ち直しているものの、需要と供給のミスマッチが続いている。

【詳細】

 ペナンでは住宅価格の上昇が続く一方、買い手の求める物件と開発業者の供給が食い違っている。以下、市場の動向と政策をまとめる。

 市場の動向

 1.価格と取引

 ・価格は前年同期比3.8%上昇し、中央値は48万5000リンギット。
 ・4〜6月期の住宅取引は4117件、16億4000万リンギットで、前年同期の3870件から247件増えた。

 2.供給の偏り

 ・新築3420戸のうち30万リンギット未満は1190戸。
 ・不動産住宅開発業者協会ペナン支部のタン・メイリン(Tan Mei Ling)支部長は「間違った場所に間違った住宅を建てている。需要は公共交通の近くの、コンパクトで手頃な住宅にある」と語った。

 金利と州の政策

 1.金融政策

 ・マレーシア中央銀行(Bank Negara Malaysia)は7月の会合で翌日物政策金利を3.00%に据え置いた。2023年5月から同じ水準で、年内も据え置きが続くとの見方が多い。

 2.州の住宅計画

 ・州政府は2030年までに手頃な住宅2万戸を供給すると約束している。
 ・島の南の約4500エーカー(約1820ヘクタール)の埋め立て事業もその一部で、最初の区画は2027年に開発業者へ引き渡される予定。

 住宅の小型化で価格を抑える動きもあるが、所得の伸びが追いつかなければ、若い世帯の住宅取得は一段と難しくなる。

【要点】

 市場の動向

 1.価格と取引

 ・中央値48万5000リンギット、前年同期比3.8%上昇。

 2.供給の偏り

 ・手頃な30万リンギット未満の新築は3分の1強。

 金利と州の政策

 1.金融政策

 ・政策金利は3.00%で据え置き。

 2.州の住宅計画

 ・2030年までに手頃な住宅2万戸、埋め立て地は2027年に引き渡し開始。

【引用・参照・底本】

Penang house prices rise 3.8% as affordable launches lag demand Straits Property Observer 2024.08.28

https://www.straitspropertyobserver.example/residential/penang-house-prices-q2-2024
""",
errs=[
("住宅価格は前年同期比3.8%上昇し、取引価格の中央値は", "住宅価格は前年同期比8.3%上昇し、取引価格の中央値は", "mismatch", "error", "8.3%"),
("・マレーシア中央銀行(Bank Negara Malaysia)は", "・マレーシア中央銀行(BNM)は", "name", "warning", "BNM"),
("・州政府は2030年までに手頃な住宅2万戸を供給すると約束している。", "・州政府は2030年までに手頃な住宅2万戸を供給すると約束している。総事業費は約50億リンギットを見込む。", "unsupported", "warning", "約50億リンギット"),
]))
